/**
 * `callredact redact call.wav` without a transcript (in-process, as the CLI runs it): refused with
 * how to configure an engine when none is set; transcribed by a local whisper-style server when
 * one is; a transcript beside the audio is preferred over the engine. And a queued call's kept
 * transcription: a rerun reuses it (no second request) and publishes the same bytes.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRedact, type RedactOptions } from '../../src/commands/redact.js';
import { createPipelineDeps } from '../../src/pipeline/deps.js';
import { redactCall } from '../../src/pipeline/redact-call.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { DEFAULT_AUDIO_OPTIONS } from '../../src/pipeline/redact-call.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import type { Word } from '../../src/types.js';
import { makeFixture } from '../helpers/api-harness.js';
import { openAiVerbose, startEngineServer, type EngineServer } from '../helpers/asr-server.js';

let dir: string;
let wav: string;
let words: Word[];
let engine: EngineServer;
const logger = createLogger({ level: 'silent' });
const quiet = new PassThrough() as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-asr-cli-'));
  const fixture = await makeFixture(dir);
  words = (JSON.parse(fixture.transcript.toString()) as { words: Word[] }).words;
  wav = path.join(dir, 'call.wav');
  await fs.writeFile(wav, fixture.audio);
  engine = await startEngineServer(() => ({ json: openAiVerbose(words, 5) }));
});
afterAll(async () => {
  await engine.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const options = (out: string): RedactOptions => ({
  input: wav,
  out: path.join(dir, out),
  policy: DEFAULT_POLICY,
  audio: DEFAULT_AUDIO_OPTIONS,
  noAudio: false,
  tenant: 'default',
});
const env = (extra: Record<string, string> = {}) =>
  parseConfig({ SQLITE_PATH: path.join(dir, 'db.sqlite'), STORAGE_DIR: path.join(dir, 'storage'), ...extra });

describe('redact call.wav without a transcript', () => {
  it('is refused without an engine, saying how to configure one', async () => {
    const summary = await runRedact(options('none'), env(), logger, quiet);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]!.error).toMatch(/^.*call\.wav: no transcript; .*set ASR_ENGINE/);
    await expect(fs.stat(path.join(dir, 'none', 'call'))).rejects.toThrow();
  });

  it('is transcribed by the configured engine and redacted; the transcription is an output', async () => {
    const config = env({ ASR_ENGINE: 'whisper', ASR_URL: `${engine.url}/inference` });
    const summary = await runRedact(options('asr'), config, logger, quiet);
    expect(summary.failed).toEqual([]);
    expect(engine.requests).toHaveLength(1);
    const out = path.join(dir, 'asr', 'call');
    const report = JSON.parse(await fs.readFile(path.join(out, 'report.json'), 'utf8')) as {
      transcription: { engine: string; chunks: number; elapsed_ms: number };
      transcript: { format: string };
      entities: { type: string; start: number }[];
    };
    expect(report.transcription).toMatchObject({ engine: 'whisper', chunks: 1 });
    expect(report.transcript.format).toBe('callredact');
    // "Marisol Quenby" (words 10-11) and "(555) 555-0147" (words 17-18) of the fixture
    const starts = (type: string) => report.entities.filter((e) => e.type === type).map((e) => e.start);
    expect(starts('PERSON')).toContain(words[10]!.start);
    expect(starts('PHONE_NUMBER')).toContain(words[17]!.start);
    const transcript = await fs.readFile(path.join(out, 'transcript.json'), 'utf8');
    expect(transcript).not.toMatch(/marisol|0147/i);
    expect(JSON.parse(transcript)).toMatchObject({ transcription: { engine: 'whisper' } });
  });

  it('prefers a transcript beside the audio over the engine', async () => {
    const before = engine.requests.length;
    await fs.writeFile(path.join(dir, 'call.json'), JSON.stringify({ words }));
    const config = env({ ASR_ENGINE: 'whisper', ASR_URL: `${engine.url}/inference` });
    const summary = await runRedact(options('given'), config, logger, quiet);
    await fs.rm(path.join(dir, 'call.json'));
    expect(summary.failed).toEqual([]);
    expect(engine.requests.length).toBe(before);
    const report = JSON.parse(
      await fs.readFile(path.join(dir, 'given', 'call', 'report.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(report.transcription).toBeUndefined();
  });
});

describe('a call rerun after its transcription was kept', () => {
  it('reuses the kept transcription and republishes byte-identical outputs', async () => {
    const config = env({ ASR_ENGINE: 'whisper', ASR_URL: `${engine.url}/inference` });
    const deps = await createPipelineDeps(config, logger);
    const cache = path.join(dir, 'kept-transcript');
    const runOnce = async (out: string) => {
      const result = await redactCall(
        {
          audioPath: wav,
          transcriptCachePath: cache,
          policy: DEFAULT_POLICY,
          audio: DEFAULT_AUDIO_OPTIONS,
          outDir: path.join(dir, out),
          tenant: 'default',
          callId: 'a'.repeat(32),
        },
        deps,
      );
      return result.manifest;
    };
    try {
      const before = engine.requests.length;
      const first = await runOnce('run-1');
      expect(engine.requests.length).toBe(before + 1);
      expect(JSON.parse(await fs.readFile(cache, 'utf8'))).toMatchObject({
        transcription: { engine: 'whisper' },
      });
      const second = await runOnce('run-2');
      expect(engine.requests.length).toBe(before + 1);
      expect(second.artefacts).toEqual(first.artefacts);
    } finally {
      await deps.close();
    }
  });
});
