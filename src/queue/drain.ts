/**
 * A worker's shutdown with a deadline (issue 13.6). SIGTERM stops taking jobs and lets the active
 * ones finish for SHUTDOWN_GRACE_MS. Jobs still active then are handed back explicitly: their
 * sandboxes are frozen (SIGSTOP, so nothing of the job runs while it changes hands), each job is
 * moved from active back to waiting with its own lock token (no attempt is used up, no backoff:
 * another worker takes it at once), then the sandboxes are told to abandon (HAND_BACK_SIGNAL:
 * they kill their ffmpeg children, remove their temp folders and exit without running another
 * line of the job) and let run again. A job that cannot be moved (Redis away) is left to its lock:
 * it expires and the stalled-job check hands it to another worker.
 */
import type { Job, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { errorFields } from '../log.js';

/** Sent by the worker to its sandboxes: drop the job now and exit (call-processor.ts). */
export const HAND_BACK_SIGNAL = 'SIGUSR2';
/** Exit code of a sandbox that abandoned its job (handed back or worker gone). */
export const ABANDONED_EXIT_CODE = 75;

/** How long the abandoned sandboxes get to exit before shutdown goes on without them. */
const AFTER_HAND_BACK_MS = 3_000;

export interface DrainResult {
  /** every job finished within the grace */
  drained: boolean;
  /** jobs moved back to waiting */
  handedBack: number;
  /** jobs that could not be moved (left to their lock) */
  leftToLock: number;
}

/** The jobs a set of workers is processing now, with their lock tokens. */
export class ActiveJobs {
  private readonly jobs = new Map<string, Job>();

  watch(worker: Worker): Worker {
    const key = (job: Job): string => `${job.queueName}\u0000${job.id ?? ''}`;
    worker.on('active', (job) => this.jobs.set(key(job), job));
    worker.on('completed', (job) => this.jobs.delete(key(job)));
    worker.on('failed', (job) => {
      if (job) this.jobs.delete(key(job));
    });
    return worker;
  }

  list(): Job[] {
    return [...this.jobs.values()];
  }
}

/** Process ids of a worker's sandboxes (BullMQ keeps them in its child pool). */
export function sandboxPids(worker: Worker): number[] {
  const pool = (worker as unknown as { childPool?: { retained?: Record<string, { pid?: number }> } })
    .childPool;
  return Object.values(pool?.retained ?? {})
    .map((child) => child.pid)
    .filter((pid): pid is number => typeof pid === 'number' && pid > 0);
}

function signal(pids: readonly number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

function sleep(ms: number): { done: Promise<false>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return { done, cancel: () => clearTimeout(timer) };
}

/**
 * Closes `workers` (no new jobs) and waits at most `graceMs` for their active jobs; then hands the
 * jobs of `active` still running back to their queues as described above.
 */
export async function drainWithin(
  workers: readonly Worker[],
  active: ActiveJobs,
  graceMs: number,
  logger: Logger,
): Promise<DrainResult> {
  const closing = Promise.all(workers.map((w) => w.close())).then(() => true as const);
  const grace = sleep(graceMs);
  const drained = await Promise.race([closing, grace.done]);
  grace.cancel();
  if (drained) return { drained: true, handedBack: 0, leftToLock: 0 };

  const jobs = active.list();
  const sandboxes = workers.flatMap(sandboxPids);
  logger.warn(
    { graceMs, activeJobs: jobs.length, sandboxes: sandboxes.length },
    'shutdown grace over: handing unfinished jobs back to the queue',
  );
  signal(sandboxes, 'SIGSTOP');
  let handedBack = 0;
  let leftToLock = 0;
  for (const job of jobs) {
    try {
      await job.moveToWait(job.token);
      handedBack += 1;
      logger.info({ queue: job.queueName, jobId: job.id }, 'job handed back to the queue');
    } catch (err) {
      leftToLock += 1;
      logger.warn(
        { queue: job.queueName, jobId: job.id, ...errorFields(err) },
        'could not hand the job back: its lock expires and another worker takes it',
      );
    }
  }
  signal(sandboxes, HAND_BACK_SIGNAL);
  signal(sandboxes, 'SIGCONT');
  const rest = sleep(AFTER_HAND_BACK_MS);
  await Promise.race([closing, rest.done]);
  rest.cancel();
  return { drained: false, handedBack, leftToLock };
}
