/**
 * Re-creates queue jobs from the ledger: calls recorded while the queue was down, and queued/active
 * calls whose job vanished (Redis restarted without persistence); records failures a dead worker
 * could not. Runs on an interval in the API process; enqueueing is idempotent (one job per call
 * id), so several API processes may run it.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';
import { errorFields } from '../log.js';
import { jobDataOf, markFailed, markQueued, staleCalls, touchCall, unqueuedCalls } from './ledger.js';
import { laneOf } from './job.js';
import type { CallQueue } from './ports.js';

const BATCH = 100;
/** queued/active rows untouched for this long get their job checked */
const STALE_MS = 10 * 60_000;

export async function reconcileOnce(
  db: Db,
  queue: CallQueue,
  logger: Logger,
  staleMs = STALE_MS,
): Promise<number> {
  if (!queue.available) return 0;
  let enqueued = 0;
  for (const row of await unqueuedCalls(db, BATCH)) {
    await queue.enqueue(laneOf(row.lane), jobDataOf(row));
    await markQueued(db, row.id);
    enqueued += 1;
  }
  for (const row of await staleCalls(db, staleMs, BATCH)) {
    const job = await queue.jobState(laneOf(row.lane), row.id);
    if (!job) {
      await queue.enqueue(laneOf(row.lane), jobDataOf(row));
      enqueued += 1;
    } else if (job.state === 'failed' && job.failure) {
      // the worker died before it could record the failure
      await markFailed(db, row.id, job.failure.code, job.failure.message);
    }
    await touchCall(db, row.id);
  }
  if (enqueued > 0) logger.info({ enqueued }, 'reconciler enqueued calls');
  return enqueued;
}

export interface Reconciler {
  stop(): Promise<void>;
}

export function startReconciler(db: Db, queue: CallQueue, logger: Logger, intervalMs: number): Reconciler {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = reconcileOnce(db, queue, logger).catch((err: unknown) => {
      logger.warn(errorFields(err), 'reconciler pass failed');
    });
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
