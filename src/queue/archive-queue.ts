/**
 * Archive runs on the queues (src/archive/run.ts decides what to do; this is the BullMQ side).
 * - Call jobs of a run go to the bulk lane as jobs named `archive`, carrying ids only (run, pass,
 *   item hash); the item's file names stay in the database. Job ids make a second add a no-op.
 * - `POST /v1/archives` hands the listing itself to the workers: one `feed` job per run and pass
 *   on the archive-feed queue, run by a worker's feeder (one at a time per worker; a feeder that
 *   dies leaves its job stalled, and another worker resumes the run from its saved cursor).
 */
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ArchiveJobData, ArchiveQueue } from '../archive/run.js';
import { queueName } from './jobs.js';
import { CALL_JOB_ATTEMPTS, CALL_JOB_BACKOFF_MS } from './jobs.js';

export const ARCHIVE_JOB_NAME = 'archive';

export const archiveJobSchema = z
  .object({
    run: z.string().regex(/^[a-f0-9]{20}$/),
    pass: z.number().int().min(1),
    item: z.string().regex(/^[a-f0-9]{24}$/),
  })
  .strict();

export const feedJobSchema = z.object({ run: z.string().regex(/^[a-f0-9]{20}$/) }).strict();

export function archiveFeedQueueName(prefix: string): string {
  return `${prefix}-archive-feed`;
}

/** The bulk lane as an ArchiveQueue, on a queue of its own (the caller closes it). */
export function bulkArchiveQueue(
  prefix: string,
  connection: Redis,
): ArchiveQueue & { close(): Promise<void> } {
  const queue = new Queue(queueName(prefix, 'bulk'), { connection });
  queue.on('error', () => undefined);
  return {
    addBulk: async (jobs: ArchiveJobData[]) => {
      await queue.addBulk(
        jobs.map((data) => ({
          name: ARCHIVE_JOB_NAME,
          data: archiveJobSchema.parse(data),
          opts: {
            jobId: `archive-${data.run}-${data.pass}-${data.item}`,
            attempts: CALL_JOB_ATTEMPTS,
            backoff: { type: 'exponential', delay: CALL_JOB_BACKOFF_MS },
            // the database keeps each call's outcome: Redis keeps a bounded window of jobs
            removeOnComplete: { count: 1_000 },
            removeOnFail: { count: 5_000 },
          },
        })),
      );
    },
    backlog: async () => {
      const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
      return Object.values(counts).reduce((a, b) => a + b, 0);
    },
    close: () => queue.close(),
  };
}

/** Asks the workers to list (or resume listing) run `run`. */
export async function enqueueFeed(
  prefix: string,
  connection: Redis,
  run: string,
  pass: number,
): Promise<void> {
  const queue = new Queue(archiveFeedQueueName(prefix), { connection });
  queue.on('error', () => undefined);
  try {
    await queue.add('feed', feedJobSchema.parse({ run }), {
      jobId: `feed-${run}-${pass}`,
      attempts: 10,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: { count: 100 },
      removeOnFail: { count: 100 },
    });
  } finally {
    await queue.close();
  }
}

/** A worker's feeder: runs feed jobs one at a time (listing is light; the calls are the bulk lane's). */
export function startFeeder(
  prefix: string,
  connection: Redis,
  logger: Logger,
  feed: (run: string, job: Job) => Promise<void>,
  lockMs: number,
): Worker {
  const worker = new Worker(
    archiveFeedQueueName(prefix),
    async (job: Job) => {
      const { run } = feedJobSchema.parse(job.data);
      await feed(run, job);
    },
    { connection, concurrency: 1, lockDuration: Math.max(lockMs, 30_000) },
  );
  worker.on('error', (err) => logger.warn({ err: err.message }, 'archive feeder error'));
  worker.on('failed', (job, err) =>
    logger.warn({ run: job?.data?.run, reason: err.message }, 'archive feed failed'),
  );
  return worker;
}
