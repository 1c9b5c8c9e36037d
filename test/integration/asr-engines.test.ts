/**
 * Each speech-to-text engine against a local HTTP server answering that engine's documented shape:
 * words and times, the request it must send, error answers (engine text in the error, retried only
 * when retryable), slow answers (timeout, retry). Chunking of long audio: test/e2e/asr-chunking.test.ts.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assemblyAiEngine } from '../../src/asr/engines/assemblyai.js';
import { deepgramEngine } from '../../src/asr/engines/deepgram.js';
import { openAiEngine } from '../../src/asr/engines/openai.js';
import { createTranscriber, type TranscriberOptions } from '../../src/asr/transcriber.js';
import type { SpeechEngine } from '../../src/asr/types.js';
import { resolveFfmpeg, type AudioInfo, type FfmpegTools } from '../../src/audio/index.js';
import { parseConfig } from '../../src/config.js';
import { TranscriptionError, TranscriptionUnavailableError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import type { Word } from '../../src/types.js';
import {
  assemblyAiTranscript,
  deepgramAnswer,
  multipart,
  openAiVerbose,
  startEngineServer,
  wavShape,
  whisperCppVerbose,
  type EngineServer,
} from '../helpers/asr-server.js';
import { probedTone } from '../helpers/audio.js';

let dir: string;
let tools: FfmpegTools;
let mono: { file: string; info: AudioInfo };
let stereo: { file: string; info: AudioInfo };
let server: EngineServer | undefined;

const sineWav = (name: string, seconds: number, rate: number, channels: number) =>
  probedTone(tools, path.join(dir, name), { seconds, rate, channels });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-asr-'));
  tools = await resolveFfmpeg(parseConfig({}));
  mono = await sineWav('mono.wav', 6, 16_000, 1); // sent as it is: already what whisper takes
  stereo = await sineWav('stereo.wav', 6, 8000, 2);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const WORDS: Word[] = [
  { text: 'hello', start: 0.31, end: 0.62 },
  { text: 'this', start: 0.7, end: 0.88 },
  { text: 'is', start: 0.9, end: 1.01 },
  { text: 'Quentin', start: 1.1, end: 1.52 },
  { text: 'Farrowby', start: 1.6, end: 2.2 },
];

const options = (o: Partial<TranscriberOptions> = {}): TranscriberOptions => ({
  tools,
  logger: createLogger({ level: 'silent', name: 'asr-test' }),
  timeoutMs: 5_000,
  retries: 2,
  retryDelayMs: 10,
  overlapSeconds: 2,
  ...o,
});

const whisper = (url: string, name: 'whisper' | 'openai' = 'whisper'): SpeechEngine =>
  openAiEngine({
    name,
    url: `${url}/inference`,
    apiKey: name === 'openai' ? 'sk-test' : undefined,
    model: name === 'openai' ? 'whisper-1' : null,
    maxChunkSeconds: name === 'openai' ? 600 : 0,
  });

describe('whisper.cpp server / OpenAI-compatible engine', () => {
  it('sends 16 kHz mono WAV with verbose_json and word granularity; merges whisper.cpp tokens into words', async () => {
    server = await startEngineServer(() => ({ json: whisperCppVerbose(WORDS, 6) }));
    const t = await createTranscriber(whisper(server.url), options()).transcribe(stereo.file, stereo.info);
    expect(t.words).toEqual(WORDS);
    expect(t).toMatchObject({ engine: 'whisper', chunks: 1 });
    const { fields, file } = await multipart(server.requests[0]!);
    expect(fields).toContainEqual(['response_format', 'verbose_json']);
    expect(fields).toContainEqual(['timestamp_granularities[]', 'word']);
    expect(wavShape(file)).toEqual({ rate: 16_000, channels: 1, seconds: 6 });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('reads OpenAI top-level words and sends the key as a bearer token', async () => {
    server = await startEngineServer(() => ({ json: openAiVerbose(WORDS, 6) }));
    const t = await createTranscriber(whisper(server.url, 'openai'), options()).transcribe(
      mono.file,
      mono.info,
    );
    expect(t.words).toEqual(WORDS);
    expect(t.model).toBe('whisper-1');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    expect((await multipart(server.requests[0]!)).fields).toContainEqual(['model', 'whisper-1']);
  });

  it('a 400 fails at once with the engine text; no retry', async () => {
    server = await startEngineServer(() => ({
      status: 400,
      json: {
        error: { message: 'Invalid file format.', type: 'invalid_request_error', param: null, code: null },
      },
    }));
    const err = await createTranscriber(whisper(server.url, 'openai'), options())
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionError);
    expect(err).toMatchObject({ code: 'TRANSCRIPTION_FAILED', retryable: false });
    expect((err as Error).message).toBe('openai answered 400: Invalid file format.');
    expect(server.requests).toHaveLength(1);
  });

  it('retries a 500 and a 429 with backoff, then succeeds', async () => {
    server = await startEngineServer((_req, i) =>
      i === 0
        ? { status: 500, json: { error: 'failed to process audio' } }
        : i === 1
          ? { status: 429, json: { error: { message: 'Rate limit reached' } } }
          : { json: whisperCppVerbose(WORDS, 6) },
    );
    const t = await createTranscriber(whisper(server.url), options()).transcribe(mono.file, mono.info);
    expect(t.words).toEqual(WORDS);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after the retries with a retryable error carrying the last engine text', async () => {
    server = await startEngineServer(() => ({ status: 503, text: 'server busy, try later' }));
    const err = await createTranscriber(whisper(server.url), options({ retries: 1 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionUnavailableError);
    expect(err).toMatchObject({ retryable: true, message: 'whisper answered 503: server busy, try later' });
    expect(server.requests).toHaveLength(2);
  });

  it('abandons a slow answer after the timeout and retries', async () => {
    server = await startEngineServer((_req, i) => ({
      json: whisperCppVerbose(WORDS, 6),
      delayMs: i === 0 ? 3_000 : 0,
    }));
    const started = Date.now();
    const t = await createTranscriber(whisper(server.url), options({ timeoutMs: 1_000 })).transcribe(
      mono.file,
      mono.info,
    );
    expect(t.words).toEqual(WORDS);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a slow engine on every attempt fails retryable, naming the timeout', async () => {
    server = await startEngineServer(() => ({ json: whisperCppVerbose(WORDS, 6), delayMs: 2_000 }));
    const err = await createTranscriber(whisper(server.url), options({ timeoutMs: 1_000, retries: 0 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionUnavailableError);
    expect((err as Error).message).toBe('whisper: no answer within 1 s (ASR_TIMEOUT_MS)');
  });

  it('an engine that is not running is retryable (connection refused)', async () => {
    const probe = await startEngineServer(() => ({}));
    const url = probe.url;
    await probe.close();
    const err = await createTranscriber(whisper(url), options({ retries: 0 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'TRANSCRIPTION_UNAVAILABLE',
      message: 'whisper: cannot reach the engine (ECONNREFUSED)',
    });
  });

  it('refuses an answer without word timings', async () => {
    server = await startEngineServer(() => ({
      json: { text: 'hello', segments: [{ id: 0, start: 0, end: 1, text: 'hello' }] },
    }));
    await expect(
      createTranscriber(whisper(server.url), options()).transcribe(mono.file, mono.info),
    ).rejects.toThrow(/no word timings/);
  });
});

describe('Deepgram engine', () => {
  const dg = (url: string) => deepgramEngine({ url, apiKey: 'dg-key', model: 'nova-3' });

  it('posts the original file to /v1/listen and reads words, speakers and channels with the Deepgram adapter', async () => {
    const left = WORDS.slice(0, 3).map((w) => ({ ...w, speaker: '0' }));
    const right = WORDS.slice(3).map((w) => ({ ...w, speaker: '1' }));
    server = await startEngineServer(() => ({ json: deepgramAnswer([left, right]) }));
    const t = await createTranscriber(dg(server.url), options()).transcribe(stereo.file, stereo.info);
    const req = server.requests[0]!;
    expect(req.path).toBe('/v1/listen');
    expect(Object.fromEntries(req.query)).toMatchObject({
      model: 'nova-3',
      diarize: 'true',
      multichannel: 'true',
    });
    expect(req.headers.authorization).toBe('Token dg-key');
    expect(req.body.equals(await fs.readFile(stereo.file))).toBe(true);
    expect(t.words.map((w) => [w.text, w.start, w.end, w.channel])).toEqual([
      ...left.map((w) => [w.text, w.start, w.end, 0]),
      ...right.map((w) => [w.text, w.start, w.end, 1]),
    ]);
    expect(new Set(t.words.map((w) => w.speaker)).size).toBe(2);
  });

  it('carries err_msg of an error answer', async () => {
    server = await startEngineServer(() => ({
      status: 400,
      json: {
        err_code: 'Bad Request',
        err_msg: 'Bad Request: failed to process audio: corrupt or unsupported data',
        request_id: 'r1',
      },
    }));
    await expect(
      createTranscriber(dg(server.url), options()).transcribe(mono.file, mono.info),
    ).rejects.toThrow(
      'deepgram answered 400: Bad Request: failed to process audio: corrupt or unsupported data',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an answer of the wrong shape naming the field, not its content', async () => {
    server = await startEngineServer(() => ({
      json: { results: { channels: [{ alternatives: [{ words: 'Quentin' }] }] } },
    }));
    const err = (await createTranscriber(dg(server.url), options())
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(TranscriptionError);
    expect(err.message).toMatch(/^deepgram: unexpected answer/);
    expect(err.message).not.toContain('Quentin');
  });
});

describe('AssemblyAI engine', () => {
  const aai = (url: string) => assemblyAiEngine({ url, apiKey: 'aai-key', model: null, pollIntervalMs: 20 });

  it('uploads, requests a transcript, polls until completed, deletes it, and reads it with the AssemblyAI adapter', async () => {
    const spoken = WORDS.map((w, i) => ({ ...w, speaker: i < 3 ? 'A' : 'B' }));
    let polls = 0;
    server = await startEngineServer((req) => {
      if (req.method === 'POST' && req.path === '/v2/upload')
        return { json: { upload_url: 'https://cdn.assemblyai.com/upload/abc' } };
      if (req.method === 'POST' && req.path === '/v2/transcript')
        return { json: { id: 'tr-1', status: 'queued' } };
      if (req.method === 'GET' && req.path === '/v2/transcript/tr-1')
        return ++polls < 3
          ? { json: { id: 'tr-1', status: 'processing' } }
          : { json: assemblyAiTranscript('tr-1', spoken) };
      if (req.method === 'DELETE')
        return { json: { id: 'tr-1', status: 'completed', text: 'Deleted by user.' } };
      return { status: 404, json: { error: 'not found' } };
    });
    const t = await createTranscriber(aai(server.url), options()).transcribe(mono.file, mono.info);
    expect(t.words.map((w) => [w.text, w.start, w.end, w.speaker])).toEqual(
      spoken.map((w) => [w.text, w.start, w.end, w.speaker]),
    );
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v2/upload',
      'POST /v2/transcript',
      'GET /v2/transcript/tr-1',
      'GET /v2/transcript/tr-1',
      'GET /v2/transcript/tr-1',
      'DELETE /v2/transcript/tr-1',
    ]);
    expect(server.requests.every((r) => r.headers.authorization === 'aai-key')).toBe(true);
    expect(server.requests[0]!.body.equals(await fs.readFile(mono.file))).toBe(true);
    expect(JSON.parse(server.requests[1]!.body.toString())).toEqual({
      audio_url: 'https://cdn.assemblyai.com/upload/abc',
      speaker_labels: true,
      punctuate: true,
    });
  });

  it('a transcript that ends in status error fails with its error text', async () => {
    server = await startEngineServer((req) =>
      req.path === '/v2/upload'
        ? { json: { upload_url: 'https://cdn.assemblyai.com/upload/abc' } }
        : req.method === 'POST'
          ? { json: { id: 'tr-2', status: 'queued' } }
          : { json: { id: 'tr-2', status: 'error', error: 'Audio duration is too short.' } },
    );
    await expect(
      createTranscriber(aai(server.url), options()).transcribe(mono.file, mono.info),
    ).rejects.toThrow('assemblyai: transcription failed: Audio duration is too short.');
  });

  it('a wrong key (401) is final', async () => {
    server = await startEngineServer(() => ({
      status: 401,
      json: { error: 'Authentication error, API token missing/invalid' },
    }));
    await expect(
      createTranscriber(aai(server.url), options()).transcribe(mono.file, mono.info),
    ).rejects.toThrow('assemblyai answered 401: Authentication error, API token missing/invalid');
    expect(server.requests).toHaveLength(1);
  });
});
