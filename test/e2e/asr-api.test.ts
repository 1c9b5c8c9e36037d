/**
 * Audio without a transcript, end to end: espeak-ng speech uploaded to the API alone, a worker
 * process transcribing it through a local whisper-style server that answers with the words and
 * times the speech was made from, and the spoken name and phone number bleeped at exactly those
 * times. Also: an engine error fails the call cleanly with the engine's text and nothing
 * published; without an engine, audio alone is refused with how to configure one. And the
 * chunking path of a long call (real ffmpeg cuts, exact stitching).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAiEngine } from '../../src/asr/engines/openai.js';
import { createTranscriber } from '../../src/asr/transcriber.js';
import { probeAudio, resolveFfmpeg } from '../../src/audio/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Word } from '../../src/types.js';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import {
  multipart,
  openAiVerbose,
  startEngineServer,
  wavShape,
  type EngineServer,
} from '../helpers/asr-server.js';
import { channel, decode, differingRanges, toneShare } from '../helpers/audio.js';
import { renderSpeech, type Speech } from '../helpers/speech.js';

const run = promisify(execFile);

/** The call's final status; generous, as the worker process starts (tsx, detector lists) on a busy machine. */
const finished = (h: Harness, id: string) =>
  waitFor(
    `call ${id}`,
    async () => {
      const { body } = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`);
      return body.state === 'completed' || body.state === 'failed' ? body : undefined;
    },
    170_000,
  );

// fictional: a made-up name and a 555-01xx number, said digit by digit
const LINE: [string, string][] = [
  ['agent', 'thank'],
  ['agent', 'you'],
  ['agent', 'for'],
  ['agent', 'calling'],
  ['customer', 'hi'],
  ['customer', 'my'],
  ['customer', 'name'],
  ['customer', 'is'],
  ['customer', 'Marisol'],
  ['customer', 'Quenby'],
  ['customer', 'my'],
  ['customer', 'number'],
  ['customer', 'is'],
  ...'four one five five five five zero one four seven'
    .split(' ')
    .map((w): [string, string] => ['customer', w]),
  ['agent', 'thanks'],
];
const NAME = [8, 10];
const PHONE = [13, 23];

describe('POST /v1/calls with audio only, transcribed by a whisper-style engine', () => {
  let speech: Speech;
  let engine: EngineServer;
  let failing = false;
  let h: Harness;

  beforeAll(async () => {
    speech = await renderSpeech(
      LINE.map(([speaker, text]) => ({ speaker, text })),
      { voices: { agent: { name: 'en-us' }, customer: { name: 'en-us+f3' } } },
    );
    engine = await startEngineServer(() =>
      failing
        ? { status: 400, json: { error: 'failed to read WAV file' } }
        : { json: openAiVerbose(speech.words, speech.duration) },
    );
    h = await startHarness({ ASR_ENGINE: 'whisper', ASR_URL: `${engine.url}/inference`, ASR_RETRIES: '0' });
    h.spawnWorker();
  });
  afterAll(async () => {
    await h?.close();
    await engine?.close();
  });

  it('bleeps the spoken name and phone number at the times they were said', async () => {
    const sent = await upload(h.base, h.keys.uploader, { audio: speech.wav });
    expect(sent.status).toBe(202);
    const id = sent.body.id as string;
    const status = await finished(h, id);
    expect(status.state).toBe('completed');
    expect(Object.keys(status.timings_ms as object)).toContain('transcribe');

    // the engine got the upload as it is (16 kHz mono PCM) in one request
    expect(engine.requests).toHaveLength(1);
    const { file } = await multipart(engine.requests[0]!);
    expect(file.equals(speech.wav)).toBe(true);

    const report = (await getJson(h.base, h.keys.uploader, `/v1/calls/${id}/report`)).body as {
      entities: { type: string; start: number; end: number }[];
      transcription: { engine: string; chunks: number };
    };
    expect(report.transcription).toMatchObject({ engine: 'whisper', chunks: 1 });
    const w = speech.words;
    const at = (type: string) => report.entities.filter((e) => e.type === type).map((e) => [e.start, e.end]);
    expect(at('PERSON')).toEqual([[w[NAME[0]!]!.start, w[NAME[1]! - 1]!.end]]);
    expect(at('PHONE_NUMBER')).toEqual([[w[PHONE[0]!]!.start, w[PHONE[1]! - 1]!.end]]);

    // the audio differs from the upload exactly around those words (0.15 s padding), nowhere else
    const res = await fetch(`${h.base}/v1/calls/${id}/audio`, {
      headers: { authorization: `Bearer ${h.keys.uploader}` },
    });
    expect(res.status).toBe(200);
    const bleepedFile = path.join(h.dir, 'bleeped.wav');
    const originalFile = path.join(h.dir, 'original.wav');
    await fs.writeFile(bleepedFile, Buffer.from(await res.arrayBuffer()));
    await fs.writeFile(originalFile, speech.wav);
    const rate = speech.sampleRate;
    const bleeped = await decode(bleepedFile);
    const changed = differingRanges(await decode(originalFile), bleeped).map(([a, b]) => [
      a / rate,
      b / rate,
    ]);
    const spans = [NAME, PHONE].map(([from, to]) => [w[from!]!.start! - 0.15, w[to! - 1]!.end! + 0.15]);
    expect(changed.length).toBeGreaterThan(0);
    for (const [a, b] of changed)
      expect(spans.some(([s, e]) => a! >= s! - 1 / rate && b! <= e! + 1 / rate)).toBe(true);
    // and every word of the name and the number sounds as the 1 kHz tone, not as speech
    for (const [from, to] of [NAME, PHONE]) {
      for (const word of w.slice(from, to)) {
        const samples = channel(bleeped, 0, Math.floor(word.start! * rate), Math.ceil(word.end! * rate));
        expect(toneShare(samples, rate, 1000), word.text).toBeGreaterThan(0.9);
      }
    }

    // the transcription is an output, redacted like an uploaded transcript
    const transcript = await (
      await fetch(`${h.base}/v1/calls/${id}/transcript`, {
        headers: { authorization: `Bearer ${h.keys.uploader}` },
      })
    ).text();
    expect(transcript).toContain('[PERSON]');
    expect(transcript).toContain('[PHONE_NUMBER]');
    expect(transcript.toLowerCase()).not.toContain('marisol');
    expect(transcript).not.toMatch(/"(zero|seven)"/);
  });

  it('an engine error fails the call with the engine text; nothing is published', async () => {
    failing = true;
    const fixture = await makeFixture(path.join(h.dir, 'fixture'), 7);
    const sent = await upload(h.base, h.keys.uploader, { audio: fixture.audio });
    expect(sent.status).toBe(202);
    const id = sent.body.id as string;
    const status = await finished(h, id);
    expect(status.state).toBe('failed');
    expect(status.failure).toEqual({
      code: 'TRANSCRIPTION_FAILED',
      message: 'whisper answered 400: failed to read WAV file',
    });
    expect((await getJson(h.base, h.keys.uploader, `/v1/calls/${id}/report`)).status).toBe(404);
    await expect(fs.stat(path.join(h.config.STORAGE_DIR, 'outputs', id))).rejects.toThrow();
  });
});

describe('without an engine', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses audio alone with how to configure one', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixture'));
    const sent = await upload(h.base, h.keys.uploader, { audio: fixture.audio });
    expect(sent.status).toBe(400);
    const error = sent.body.error as { code: string; message: string };
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/missing file field "transcript": .*set ASR_ENGINE/);
  });
});

describe('a long call through an engine with a length limit', () => {
  it('is cut into overlapping 16 kHz chunks and stitched back at exact call times', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-asr-chunks-'));
    const tools = await resolveFfmpeg(parseConfig({}));
    const file = path.join(dir, 'long.wav');
    await run('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
      ...['-i', 'sine=frequency=300:sample_rate=8000:duration=25', '-ac', '2', '-c:a', 'pcm_s16le', file],
    ]);
    const info = await probeAudio(file, tools);
    // 25 s, chunks of 10 s with 2 s overlap: windows start at 0, 8 and 16 s
    const words: Word[] = Array.from({ length: 40 }, (_, k) => ({
      text: `word${k}`,
      start: Math.round((k * 0.6 + 0.2) * 1000) / 1000,
      end: Math.round((k * 0.6 + 0.5) * 1000) / 1000,
    }));
    const starts = [0, 8, 16];
    const server = await startEngineServer((_req, i) => {
      // the engine hears the words inside its window, on the window's own clock
      const from = starts[i]!;
      const heard = words
        .filter((w) => w.start! >= from && w.end! <= from + 10)
        .map((w) => ({
          ...w,
          start: Math.round((w.start! - from) * 1000) / 1000,
          end: Math.round((w.end! - from) * 1000) / 1000,
        }));
      return { json: openAiVerbose(heard, 10) };
    });
    try {
      const engine = openAiEngine({
        name: 'openai',
        url: server.url,
        apiKey: 'k',
        model: 'whisper-1',
        maxChunkSeconds: 10,
      });
      const t = await createTranscriber(engine, {
        tools,
        logger: createLogger({ level: 'silent' }),
        timeoutMs: 30_000,
        retries: 0,
        retryDelayMs: 0,
        overlapSeconds: 2,
      }).transcribe(file, info);
      expect(t.chunks).toBe(3);
      expect(t.words).toEqual(words);
      const shapes = await Promise.all(server.requests.map(async (r) => wavShape((await multipart(r)).file)));
      expect(shapes).toEqual([
        { rate: 16_000, channels: 1, seconds: 10 },
        { rate: 16_000, channels: 1, seconds: 10 },
        { rate: 16_000, channels: 1, seconds: 9 },
      ]);
    } finally {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
