/**
 * Re-creates queue jobs from the ledger: calls recorded while Redis was down, and queued/active
 * calls whose job vanished (Redis restarted without persistence); records failures a dead worker
 * could not. Runs on an interval in the API process; enqueueing is idempotent (jobId = call id),
 * so several API processes may run it.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';
import {
  jobDataOf,
  markFailed,
  markQueued,
  staleCalls,
  touchCall,
  unqueuedCalls,
  type CallRow,
} from './ledger.js';
import { LANES, type Lane } from './jobs.js';
import { parseFailure } from './process-call.js';
import { callJobState, enqueueCall, type Queues } from './producer.js';

const BATCH = 100;
/** queued/active rows untouched for this long get their job checked */
const STALE_MS = 10 * 60_000;

export async function reconcileOnce(
  db: Db,
  queues: Queues,
  logger: Logger,
  staleMs = STALE_MS,
): Promise<number> {
  if (queues.connection.status !== 'ready') return 0;
  let enqueued = 0;
  for (const row of await unqueuedCalls(db, BATCH)) {
    await enqueueCall(queues, laneOf(row), jobDataOf(row));
    await markQueued(db, row.id);
    enqueued += 1;
  }
  for (const row of await staleCalls(db, staleMs, BATCH)) {
    const job = await callJobState(queues, laneOf(row), row.id);
    if (!job) {
      await enqueueCall(queues, laneOf(row), jobDataOf(row));
      enqueued += 1;
    } else if (job.state === 'failed') {
      // the worker died before it could record the failure
      const { code, message } = parseFailure(job.failedReason);
      await markFailed(db, row.id, code, message);
    }
    await touchCall(db, row.id);
  }
  if (enqueued > 0) logger.info({ enqueued }, 'reconciler enqueued calls');
  return enqueued;
}

function laneOf(row: CallRow): Lane {
  return (LANES as readonly string[]).includes(row.lane) ? (row.lane as Lane) : 'interactive';
}

export interface Reconciler {
  stop(): Promise<void>;
}

export function startReconciler(db: Db, queues: Queues, logger: Logger, intervalMs: number): Reconciler {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = reconcileOnce(db, queues, logger).catch((err: unknown) => {
      logger.warn({ code: (err as { code?: unknown }).code }, 'reconciler pass failed');
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
