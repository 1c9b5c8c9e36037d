/**
 * Archive runs over 500 generated transcript-only calls in an S3-compatible bucket (s3rver on
 * loopback) into a folder: a run stopped after its first batch and resumed, a re-run that skips
 * everything, a policy change that redoes the calls, an unpaired audio file and a corrupt
 * transcript reported per call. In-process (--inline), SQLite state.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveFailures, archiveStatus, runArchive, type ArchiveDeps } from '../../src/archive/run.js';
import { parseConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps, type PipelineDeps } from '../../src/pipeline/deps.js';
import { openStoreAt, type S3Settings } from '../../src/storage/open-store.js';
import { readPublishedManifest } from '../../src/storage/store.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

const CALLS = 500;

describe('archive runs', () => {
  let s3: TestS3;
  let dir: string;
  let database: Database;
  let pipeline: PipelineDeps;
  let s3Settings: S3Settings;
  const source = () => s3.url('archive/2026-11');
  const deps = (stopAfterBatches = Infinity): ArchiveDeps => {
    let batches = 0;
    return {
      db: database.db,
      openStore: (url) => openStoreAt(url, s3Settings),
      pipeline,
      logger: createLogger({ level: 'silent' }),
      scratchDir: path.join(dir, 'scratch'),
      shouldStop: () => ++batches > stopAfterBatches,
    };
  };

  beforeAll(async () => {
    s3 = await startTestS3();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-archive-'));
    s3Settings = {
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      scratchDir: path.join(dir, 'scratch'),
    };
    database = await openDatabase({ sqlitePath: path.join(dir, 'db.sqlite') });
    pipeline = await createPipelineDeps(parseConfig({}), createLogger({ level: 'silent' }));
    const bucket = openStoreAt(source(), s3Settings);
    for (let i = 0; i < CALLS; i++) {
      const n = String(i).padStart(4, '0');
      await bucket.put(
        `day-${i % 7}/call-${n}.txt`,
        `agent: thanks for calling. caller: this is Ruth Okafor, my number is 555-01${String(i % 100).padStart(2, '0')} ref ${i}` +
          (i % 5 === 0 ? ` and my email is ruth.okafor${i}@example.com\n` : '\n'),
      );
    }
    await bucket.put('day-0/lonely.wav', Buffer.alloc(64));
    await bucket.put('day-1/broken.json', '{"words": [');
    await bucket.close();
  });
  afterAll(async () => {
    await pipeline?.close();
    await database?.close();
    await s3?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(
    'runs, stops, resumes, skips on a re-run and redoes on a policy change',
    { timeout: 900_000 },
    async () => {
      const out = path.join(dir, 'out');
      const options = { source: source(), dest: out, tenant: 'default', concurrency: 2, batchSize: 100 };

      // stopped after the first batch (as Ctrl-C does), then the same command resumes
      const id = await runArchive(options, deps(1));
      const stopped = await archiveStatus(database.db, id);
      expect(stopped.state).toBe('stopped');
      expect(stopped.done + stopped.failed + stopped.unpaired).toBeGreaterThanOrEqual(100);
      expect(stopped.done + stopped.failed + stopped.unpaired).toBeLessThan(CALLS);
      expect(await runArchive(options, deps())).toBe(id);
      const first = await archiveStatus(database.db, id);
      expect(first).toMatchObject({ state: 'finished', done: CALLS, skipped: 0, failed: 1, unpaired: 1 });
      expect(first.discovered).toBe(CALLS + 2);
      expect(await archiveFailures(database.db, id)).toEqual([
        { name: 'day-0/lonely', reason: 'unpaired: audio without transcript' },
        { name: 'day-1/broken', reason: expect.stringMatching(/^failed: INVALID_TRANSCRIPT: /) as string },
      ]);
      const failure = (await archiveFailures(database.db, id)).map((f) => f.reason).join('\n');
      expect(failure).not.toMatch(/okafor|555-01/i);

      // every call published once, redacted
      const dest = openStoreAt(out, {});
      const manifest = await readPublishedManifest(dest, 'day-3/call-0003');
      expect(Object.keys(manifest!.artefacts).sort()).toEqual(['report.json', 'transcript.txt']);
      const text = await fs.readFile(path.join(out, 'day-3/call-0003/transcript.txt'), 'utf8');
      expect(text).not.toMatch(/okafor|555-0103/i);
      expect(text).toContain('[PHONE_NUMBER]');

      // the same command again skips every call
      const started = performance.now();
      await runArchive(options, deps());
      const rerunMs = performance.now() - started;
      expect(await archiveStatus(database.db, id)).toMatchObject({
        done: 0,
        skipped: CALLS,
        failed: 1,
        unpaired: 1,
      });

      // a policy that renders e-mail addresses differently redoes only the calls with one
      const emailPolicy = JSON.stringify({ entities: { EMAIL: { operator: 'mask' } } });
      const before = (name: string) => readPublishedManifest(dest, name);
      const untouched = await before('day-1/call-0001');
      const withEmail = await before('day-5/call-0005');
      const emailRun = await runArchive({ ...options, policyJson: emailPolicy }, deps());
      expect(await archiveStatus(database.db, emailRun)).toMatchObject({
        state: 'finished',
        done: CALLS / 5,
        skipped: CALLS - CALLS / 5,
        failed: 1,
      });
      expect((await before('day-1/call-0001'))?.callId).toBe(untouched?.callId);
      expect((await before('day-5/call-0005'))?.callId).not.toBe(withEmail?.callId);
      expect(await fs.readFile(path.join(out, 'day-5/call-0005/transcript.txt'), 'utf8')).not.toContain(
        '[EMAIL',
      );

      // a change that reaches every call (PERSON rendering) is another run and redoes them all
      const policyJson = JSON.stringify({ entities: { PERSON: { operator: 'mask', keepLast: 0 } } });
      const changed = await runArchive({ ...options, policyJson }, deps());
      expect(changed).not.toBe(id);
      expect(await archiveStatus(database.db, changed)).toMatchObject({ done: CALLS, skipped: 0 });
      expect(await fs.readFile(path.join(out, 'day-3/call-0003/transcript.txt'), 'utf8')).not.toBe(text);
      process.stderr.write(`archive e2e: re-run of ${CALLS} calls took ${Math.round(rerunMs)} ms\n`);
      await dest.close();
    },
  );
});
