/**
 * Review corrections without a queue (the in-process path: no Redis, the caller renders): a real
 * pipeline, SQLite and a storage folder. A correction renders at once as the next version; a
 * render that fails leaves that version `failed` with a reason and nothing published, and the
 * next correction takes its number again; a render job of an earlier reservation of a number
 * renders nothing. With the queue (real Redis): the job carries ids only, and while Redis is
 * away the correction is refused and nothing of it is recorded.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCall } from '../../src/calls/ledger.js';
import { readPublishedReport } from '../../src/calls/view.js';
import { parseConfig } from '../../src/config.js';
import {
  correctCall,
  listVersions,
  renderVersion,
  reserveVersion,
  STALE_RENDER_MS,
  versionKey,
  versionPrefix,
  type CorrectionContext,
} from '../../src/console/corrections.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { InputError, UnavailableError } from '../../src/errors.js';
import { createProducerConnection } from '../../src/queue/connections.js';
import { queueName } from '../../src/queue/jobs.js';
import { renderQueueOf } from '../../src/queue/render-queue.js';
import { RENDER_JOB_NAME } from '../../src/console/render-job.js';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps, type PipelineDeps } from '../../src/pipeline/deps.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { openStore, scratchDirOf } from '../../src/storage/open-store.js';
import type { ObjectStore } from '../../src/storage/store.js';
import { publishCompletedCall } from '../helpers/published-calls.js';
import { REPO } from '../helpers/api-harness.js';

const SAMPLE = path.join(REPO, 'samples/calls/retail-return');

describe('review corrections rendered in process (no queue)', () => {
  let dir: string;
  let database: Database;
  let store: ObjectStore;
  let pipeline: PipelineDeps;
  let ctx: CorrectionContext;
  let callId: string;
  let settingsFile: string;
  /** a word of version 1 that no redaction covers */
  let plain: number;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-inline-'));
    const config = parseConfig({ STORAGE_DIR: path.join(dir, 'storage'), LOG_LEVEL: 'silent' });
    database = await openDatabase({ sqlitePath: path.join(dir, 'callredact.sqlite') });
    store = openStore(config);
    pipeline = await createPipelineDeps(config, createLogger({ level: 'silent' }));
    callId = await publishCompletedCall(database.db, store, pipeline, {
      transcriptPath: `${SAMPLE}.json`,
      audioPath: `${SAMPLE}.wav`,
    });
    // what the API stores at upload: the raw audio and the call's settings
    const row = (await getCall(database.db, callId))!;
    await store.putFile(row.audio_key, `${SAMPLE}.wav`);
    await store.put(row.policy_key, JSON.stringify({ policy: DEFAULT_POLICY, audio: {} }));
    settingsFile = store.localPath(row.policy_key)!;
    ctx = { db: database.db, store, scratchDir: scratchDirOf(config), pipeline };
    const { report } = await readPublishedReport(store, row.output_key);
    plain = [...Array(report.transcript.words).keys()].find(
      (i) => i > 3 && !report.entities.some((e) => e.start_word <= i && i < e.end_word),
    )!;
  }, 240_000);
  afterAll(async () => {
    await pipeline?.close();
    await store?.close();
    await database?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const add = (base: number) => ({
    base,
    corrections: [
      { action: 'add' as const, type: 'PERSON' as const, start_word: plain, end_word: plain + 1 },
    ],
    actorId: 'key_reviewer',
  });

  it('renders the corrected version at once', async () => {
    const row = (await getCall(database.db, callId))!;
    const v2 = await correctCall(ctx, row, add(1));
    expect(v2).toMatchObject({ version: 2, state: 'ready', corrections: 1, failure: null });
    const { report } = await readPublishedReport(store, await versionKey(database.db, row, 2));
    expect(report.entities.some((e) => e.start_word === plain && e.detector === 'review')).toBe(true);
  });

  it('marks a failed render failed, publishes nothing of it, and gives its number to the next correction', async () => {
    const row = (await getCall(database.db, callId))!;
    const settings = await fs.readFile(settingsFile);
    await fs.writeFile(settingsFile, '{ not json');
    try {
      await expect(correctCall(ctx, row, add(2))).rejects.toBeInstanceOf(InputError);
    } finally {
      await fs.writeFile(settingsFile, settings);
    }
    const failed = (await listVersions(database.db, row)).find((v) => v.version === 3);
    expect(failed).toMatchObject({ state: 'failed', corrections: 0 });
    expect(failed?.failure).toMatch(/^INVALID_INPUT: .*settings/);
    expect(failed?.failure).not.toContain(dir);
    expect((await store.list(`${versionPrefix(callId, 3)}/`)).objects).toEqual([]);
    // the failed version is no base; version 2 still is
    await expect(correctCall(ctx, row, add(3))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await correctCall(ctx, row, add(2))).toMatchObject({ version: 3, state: 'ready' });
  });

  it('renders nothing for a job of an earlier reservation of the number', async () => {
    const row = (await getCall(database.db, callId))!;
    const { job } = await reserveVersion(ctx, row, add(3));
    expect(await renderVersion(ctx, { ...job, reservedAt: new Date(0).toISOString() })).toBeNull();
    expect((await listVersions(database.db, row)).find((v) => v.version === 4)?.state).toBe('rendering');
    expect(await renderVersion(ctx, job)).toMatchObject({ version: 4, state: 'ready', corrections: 1 });
    // done: a second delivery of the same job renders nothing again
    expect(await renderVersion(ctx, job)).toBeNull();
  });

  it('queues the render with ids only, and records nothing while the queue is away', async () => {
    const row = (await getCall(database.db, callId))!;
    const logger = createLogger({ level: 'silent' });
    const prefix = `cr-render-${randomBytes(4).toString('hex')}`;
    const connection = createProducerConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', logger);
    const renderQueue = renderQueueOf(prefix, connection);
    const reader = new Queue(queueName(prefix, 'interactive'), { connection });
    try {
      await new Promise((resolve) => connection.once('ready', resolve));
      const queued = await correctCall({ ...ctx, renderQueue }, row, add(4));
      expect(queued).toMatchObject({ version: 5, state: 'rendering' });
      const jobs = await reader.getJobs(['waiting']);
      expect(jobs.map((j) => [j.name, j.data])).toEqual([
        [RENDER_JOB_NAME, { callId, version: 5, reservedAt: queued.created_at }],
      ]);
      // a worker would render it: here the job's own data does
      expect(await renderVersion(ctx, jobs[0]!.data)).toMatchObject({ version: 5, state: 'ready' });
    } finally {
      await reader.obliterate({ force: true });
      await reader.close();
      await renderQueue.close();
      connection.disconnect();
    }
    // nothing listens on port 1: the queue is away
    const away = createProducerConnection('redis://127.0.0.1:1', logger);
    const deadQueue = renderQueueOf(prefix, away);
    try {
      await expect(correctCall({ ...ctx, renderQueue: deadQueue }, row, add(5))).rejects.toBeInstanceOf(
        UnavailableError,
      );
    } finally {
      await deadQueue.close().catch(() => undefined);
      away.disconnect();
    }
    const versions = await listVersions(database.db, row);
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(versions.every((v) => v.state === 'ready')).toBe(true);
  });

  it('gives up a version left rendering too long (its job lost): the next correction takes its number', async () => {
    const row = (await getCall(database.db, callId))!;
    const { job: lost } = await reserveVersion(ctx, row, add(5));
    // while it renders, it is the base corrections must wait for
    await expect(correctCall(ctx, row, add(6))).rejects.toMatchObject({ code: 'CONFLICT' });
    const longAgo = new Date(Date.now() - STALE_RENDER_MS - 60_000).toISOString();
    await database.db
      .updateTable('call_versions')
      .set({ created_at: longAgo })
      .where('call_id', '=', callId)
      .where('version', '=', 6)
      .execute();
    expect(await correctCall(ctx, row, add(5))).toMatchObject({ version: 6, state: 'ready' });
    // the lost job, delivered after all, renders nothing over it
    expect(await renderVersion(ctx, { ...lost, reservedAt: longAgo })).toBeNull();
    expect((await listVersions(database.db, row)).find((v) => v.version === 6)?.created_at).not.toBe(longAgo);
  });
});
