/**
 * Archive re-runs on both database backends (SQLite, and PostgreSQL at DATABASE_URL or
 * 127.0.0.1:5432/test in a schema of its own: migrations 005, 008 and 010 and the archive tables):
 * - inline: a re-run decides every call from the listing, one lookup per batch and a `stat` of
 *   each manifest, reading no source file and no manifest; a call whose outputs were removed at
 *   DEST is redone; a rewritten manifest is read once and its new version remembered.
 * - queue: the feeder queues one job per call (ids only), "workers" (processArchiveJob, as the
 *   worker processes call it) finish the run; a queue re-run skips every call in the feeder and
 *   queues nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  archiveStatus,
  processArchiveJob,
  runArchive,
  type ArchiveDeps,
  type ArchiveJobData,
  type ArchiveRunOptions,
} from '../../src/archive/run.js';
import { parseConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps, type PipelineDeps } from '../../src/pipeline/deps.js';
import { openStoreAt } from '../../src/storage/open-store.js';
import type { ObjectStore } from '../../src/storage/store.js';
import { BACKENDS, openTestDatabase } from '../helpers/database.js';

const CALLS = 60;

/** Records the objects read from a real store (`get`, or `localPath` on a folder), by key. */
function counting(store: ObjectStore, reads: string[]): ObjectStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'get') {
        return (key: string, range?: { start: number; end: number }) => {
          reads.push(key);
          return target.get(key, range);
        };
      }
      if (prop === 'localPath') {
        return (key: string) => {
          reads.push(key);
          return target.localPath(key);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe.each(BACKENDS)('archive re-runs on %s', (backend) => {
  let dir: string;
  let database: Database;
  let pipeline: PipelineDeps;
  let source: string;
  const reads = { source: [] as string[], dest: [] as string[] };
  const deps = (extra: Partial<ArchiveDeps> = {}): ArchiveDeps => ({
    db: database.db,
    openStore: (url) => counting(openStoreAt(url, {}), url === source ? reads.source : reads.dest),
    pipeline,
    logger: createLogger({ level: 'silent' }),
    scratchDir: path.join(dir, 'scratch'),
    ...extra,
  });
  const options = (dest: string, extra: Partial<ArchiveRunOptions> = {}): ArchiveRunOptions => ({
    source,
    dest,
    tenant: 'default',
    concurrency: 2,
    batchSize: 25,
    ...extra,
  });
  const resetReads = () => {
    reads.source.length = 0;
    reads.dest.length = 0;
  };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-archive-rerun-'));
    database = await openTestDatabase(backend, 'cr_archive');
    pipeline = await createPipelineDeps(parseConfig({}), createLogger({ level: 'silent' }));
    source = path.join(dir, 'archive');
    for (let i = 0; i < CALLS; i++) {
      const day = path.join(source, `day-${i % 3}`);
      await fs.mkdir(day, { recursive: true });
      await fs.writeFile(
        path.join(day, `call-${String(i).padStart(3, '0')}.txt`),
        `agent: thanks for calling. caller: this is Tomas Ferreira, my number is 555-01${String(i % 100).padStart(2, '0')} ref ${i}\n`,
      );
    }
  });
  afterAll(async () => {
    await pipeline?.close();
    await database?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('inline: a re-run reads no file; removed outputs are redone; a rewritten manifest is read once', async () => {
    const out = path.join(dir, 'out-inline');
    const id = await runArchive(options(out), deps());
    expect(await archiveStatus(database.db, id)).toMatchObject({ state: 'finished', done: CALLS });

    resetReads();
    await runArchive(options(out), deps());
    expect(await archiveStatus(database.db, id)).toMatchObject({
      state: 'finished',
      done: 0,
      skipped: CALLS,
    });
    expect(reads).toEqual({ source: [], dest: [] });

    // one call's outputs removed, another's manifest rewritten (same bytes, new version)
    await fs.rm(path.join(out, 'day-1/call-004'), { recursive: true });
    const manifest = path.join(out, 'day-2/call-005/manifest.json');
    await fs.writeFile(manifest, await fs.readFile(manifest));
    await fs.utimes(manifest, new Date(), new Date(Date.now() + 5_000));
    resetReads();
    await runArchive(options(out), deps());
    expect(await archiveStatus(database.db, id)).toMatchObject({ done: 1, skipped: CALLS - 1, failed: 0 });
    expect(reads.source).toEqual(['day-1/call-004.txt']);
    // the rewritten manifest read once; the removed call's found missing when redoing it
    expect(reads.dest.sort()).toEqual(['day-1/call-004/manifest.json', 'day-2/call-005/manifest.json']);

    // its new version was remembered: the next re-run reads nothing again
    resetReads();
    await runArchive(options(out), deps());
    expect(await archiveStatus(database.db, id)).toMatchObject({ done: 0, skipped: CALLS });
    expect(reads).toEqual({ source: [], dest: [] });
  }, 300_000);

  it('queue: workers finish the queued calls; a queue re-run skips all in the feeder', async () => {
    const out = path.join(dir, 'out-queue');
    const jobs: ArchiveJobData[] = [];
    const queue = {
      addBulk: async (more: ArchiveJobData[]) => void jobs.push(...more),
      backlog: async () => 0,
    };
    const feedOnly = { queue, pipeline: undefined, pollMs: 10 };
    const id = await runArchive(options(out, { mode: 'queue', wait: false }), deps(feedOnly));
    expect(jobs).toHaveLength(CALLS);
    // ids only in the job data (names stay in the database)
    expect(JSON.stringify(jobs)).not.toMatch(/call-|day-/);
    expect(await archiveStatus(database.db, id)).toMatchObject({ state: 'draining', queued: CALLS });
    const stores = new Map<string, ObjectStore>();
    const jobDeps = {
      db: database.db,
      pipeline,
      scratchDir: path.join(dir, 'scratch'),
      storeFor: (url: string) => {
        if (!stores.has(url)) stores.set(url, openStoreAt(url, {}));
        return stores.get(url)!;
      },
    };
    for (const job of jobs) expect(await processArchiveJob(job, jobDeps)).toBe('processed');
    // a job delivered twice does nothing the second time
    expect(await processArchiveJob(jobs[0]!, jobDeps)).toBe('stale');
    for (const store of stores.values()) await store.close();
    expect(await archiveStatus(database.db, id)).toMatchObject({ state: 'finished', done: CALLS, queued: 0 });

    jobs.length = 0;
    resetReads();
    await runArchive(options(out, { mode: 'queue' }), deps(feedOnly));
    expect(jobs).toEqual([]);
    expect(await archiveStatus(database.db, id)).toMatchObject({
      state: 'finished',
      done: 0,
      skipped: CALLS,
    });
    expect(reads).toEqual({ source: [], dest: [] });
  }, 300_000);
});
