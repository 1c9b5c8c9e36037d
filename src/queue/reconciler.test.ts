/**
 * The calls module's reconciler on the BullMQ implementation of its CallQueue port (real Redis).
 */
import { randomBytes } from 'node:crypto';
import { UnrecoverableError, Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCall, markQueued, recordCall } from '../calls/ledger.js';
import type { CallQueue } from '../calls/ports.js';
import { reconcileOnce } from '../calls/reconciler.js';
import { openDatabase, type Database } from '../db/database.js';
import { createLogger } from '../log.js';
import { callStorageKeys } from '../storage/uploads.js';
import { newCall } from '../../test/helpers/calls.js';
import { queueName } from './jobs.js';
import { callQueueOf, openQueues, type Queues } from './producer.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger({ level: 'silent' });

describe('reconciler (real Redis)', () => {
  let database: Database;
  let queues: Queues;
  let queue: CallQueue;
  let prefix: string;

  beforeEach(async () => {
    prefix = `crtest-rec-${randomBytes(4).toString('hex')}`;
    database = await openDatabase({ sqlitePath: ':memory:' });
    queues = openQueues({ REDIS_URL, QUEUE_PREFIX: prefix }, logger);
    queue = callQueueOf(queues);
    await queues.calls.interactive.waitUntilReady();
  });
  afterEach(async () => {
    for (const q of [...Object.values(queues.calls), queues.webhooks]) await q.obliterate({ force: true });
    await queues.close();
    await database.close();
  });

  const record = async (id: string): Promise<void> => {
    await recordCall(database.db, newCall(id));
  };

  it('enqueues calls recorded without a job, once', async () => {
    const id = 'd'.repeat(32);
    await record(id);
    expect(await reconcileOnce(database.db, queue, logger)).toBe(1);
    expect((await getCall(database.db, id))?.state).toBe('queued');
    expect((await queue.jobState('interactive', id))?.state).toBe('waiting');
    expect(await reconcileOnce(database.db, queue, logger)).toBe(0);
  });

  it('re-creates vanished jobs and records failures nobody recorded', async () => {
    const vanished = 'e'.repeat(32);
    const failed = 'f'.repeat(32);
    for (const id of [vanished, failed]) {
      await record(id);
      await markQueued(database.db, id);
    }
    await queues.calls.interactive.add(
      'redact',
      { callId: failed, tenant: 'acme', ...callStorageKeys(failed) },
      { jobId: failed },
    );
    const worker = new Worker(
      queueName(prefix, 'interactive'),
      async () => {
        throw new UnrecoverableError('INVALID_AUDIO: audio: cannot be decoded');
      },
      { connection: { url: REDIS_URL, maxRetriesPerRequest: null } },
    );
    await new Promise((resolve) => worker.once('failed', resolve));
    await worker.close();

    // every queued call counts as stale here
    expect(await reconcileOnce(database.db, queue, logger, -1_000)).toBe(1);
    expect((await queue.jobState('interactive', vanished))?.state).toBe('waiting');
    expect(await getCall(database.db, failed)).toMatchObject({
      state: 'failed',
      failure_code: 'INVALID_AUDIO',
      failure_message: 'audio: cannot be decoded',
    });
  });
});
