/**
 * Audio-only calls outside `redact`: an archive run transcribes an audio file that has no
 * transcript when an engine is configured (a local whisper-style server) and reports it unpaired
 * when none is; a re-run skips it, the engine is part of its work key; `reprocess` submits audio
 * alone to the queue only with an engine. (`doctor`'s line: src/asr/from-config.test.ts.)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveFailures, archiveStatus, runArchive, type ArchiveDeps } from '../../src/archive/run.js';
import { getCall } from '../../src/calls/ledger.js';
import { runReprocess } from '../../src/commands/reprocess.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps, type PipelineDeps } from '../../src/pipeline/deps.js';
import { openStoreAt } from '../../src/storage/open-store.js';
import type { Word } from '../../src/types.js';
import { makeFixture } from '../helpers/api-harness.js';
import { openAiVerbose, startEngineServer, type EngineServer } from '../helpers/asr-server.js';

let dir: string;
let words: Word[];
let engine: EngineServer;
let database: Database;
const logger = createLogger({ level: 'silent' });
const quiet = new PassThrough() as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-asr-archive-'));
  const fixture = await makeFixture(path.join(dir, 'fixture'));
  words = (JSON.parse(fixture.transcript.toString()) as { words: Word[] }).words;
  const archive = path.join(dir, 'archive');
  await fs.mkdir(archive);
  await fs.writeFile(path.join(archive, 'spoken-only.wav'), fixture.audio);
  await fs.writeFile(path.join(archive, 'with-transcript.wav'), fixture.audio);
  await fs.writeFile(path.join(archive, 'with-transcript.json'), fixture.transcript);
  engine = await startEngineServer(() => ({ json: openAiVerbose(words, 5) }));
  database = await openDatabase({ sqlitePath: path.join(dir, 'db.sqlite') });
});
afterAll(async () => {
  await engine.close();
  await database?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const whisperEnv = () => ({ ASR_ENGINE: 'whisper', ASR_URL: `${engine.url}/inference` });

async function archiveWith(env: Record<string, string>, dest: string) {
  const pipeline: PipelineDeps = await createPipelineDeps(parseConfig(env), logger);
  const deps: ArchiveDeps = {
    db: database.db,
    openStore: (url) => openStoreAt(url, {}),
    pipeline,
    logger,
    scratchDir: path.join(dir, 'scratch'),
  };
  try {
    const id = await runArchive(
      { source: path.join(dir, 'archive'), dest, tenant: 'default', concurrency: 1 },
      deps,
    );
    return {
      id,
      status: await archiveStatus(database.db, id),
      failures: await archiveFailures(database.db, id),
    };
  } finally {
    await pipeline.close();
  }
}

describe('archive runs with audio-only calls', () => {
  it('without an engine, audio alone is reported unpaired', async () => {
    const run = await archiveWith({}, path.join(dir, 'out-none'));
    expect(run.status).toMatchObject({ done: 1, unpaired: 1, failed: 0 });
    expect(run.failures).toEqual([{ name: 'spoken-only', reason: 'unpaired: audio without transcript' }]);
  });

  it('with an engine, audio alone is transcribed, redacted and published; a re-run skips it', async () => {
    const dest = path.join(dir, 'out-asr');
    const before = engine.requests.length;
    const run = await archiveWith(whisperEnv(), dest);
    expect(run.status).toMatchObject({ done: 2, unpaired: 0, failed: 0 });
    // only the call without a transcript went to the engine
    expect(engine.requests.length).toBe(before + 1);

    const store = openStoreAt(dest, {});
    try {
      const report = JSON.parse(await new Response(await store.get('spoken-only/report.json')).text()) as {
        transcription: { engine: string };
        entities: { type: string; start: number }[];
      };
      expect(report.transcription).toMatchObject({ engine: 'whisper' });
      // "Marisol Quenby" (words 10-11) and "(555) 555-0147" (words 17-18) of the fixture, at the engine's times
      const starts = (type: string) => report.entities.filter((e) => e.type === type).map((e) => e.start);
      expect(starts('PERSON')).toContain(words[10]!.start);
      expect(starts('PHONE_NUMBER')).toContain(words[17]!.start);
      const transcript = await new Response(await store.get('spoken-only/transcript.json')).text();
      expect(transcript).not.toMatch(/marisol|0147/i);
    } finally {
      await store.close();
    }

    const again = await archiveWith(whisperEnv(), dest);
    expect(again.status).toMatchObject({ done: 0, skipped: 2 });
    expect(engine.requests.length).toBe(before + 1);

    // another model is another work key: the audio-only call is redone, the other is not
    const other = await archiveWith({ ...whisperEnv(), ASR_MODEL: 'large-v3' }, dest);
    expect(other.status).toMatchObject({ done: 1, skipped: 1 });
    expect(engine.requests.length).toBe(before + 2);
  });
});

describe('reprocess with audio-only calls', () => {
  const env = (extra: Record<string, string>) =>
    parseConfig({
      STORAGE_DIR: path.join(dir, 'reprocess-storage'),
      SQLITE_PATH: path.join(dir, 'reprocess.sqlite'),
      QUEUE_PREFIX: `test-asr-reprocess-${randomBytes(4).toString('hex')}`,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      ...extra,
    });
  const options = () => ({ folder: path.join(dir, 'archive'), tenant: 'default', wait: false });

  it('refuses audio alone without an engine, saying how to configure one', async () => {
    const result = await runReprocess(options(), env({}), logger, quiet);
    expect(result.submitted.map((s) => s.name)).toEqual(['with-transcript']);
    expect(result.rejected).toEqual([
      { name: 'spoken-only', error: expect.stringMatching(/^audio without transcript: .*set ASR_ENGINE/) },
    ]);
  });

  it('submits audio alone for transcription by the workers when an engine is configured', async () => {
    const config = env(whisperEnv());
    const result = await runReprocess(options(), config, logger, quiet);
    expect(result.rejected).toEqual([]);
    const spoken = result.submitted.find((s) => s.name === 'spoken-only')!;
    expect(spoken.created).toBe(true);
    const db = await openDatabase({ sqlitePath: config.SQLITE_PATH });
    try {
      const row = await getCall(db.db, spoken.id);
      expect(row).toMatchObject({ state: 'queued', lane: 'bulk' });
      const settings = JSON.parse(
        await fs.readFile(path.join(config.STORAGE_DIR, row!.policy_key), 'utf8'),
      ) as { transcriber?: unknown };
      expect(settings.transcriber).toEqual({ engine: 'whisper', model: null });
    } finally {
      await db.close();
    }
  });
});
