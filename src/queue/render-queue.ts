/**
 * Re-renders of corrected versions (src/console/corrections.ts) on the interactive lane: the
 * review console's corrections are someone waiting at a screen, so they go with uploads, never
 * behind an archive run. A job carries ids only (call, version, when it was reserved).
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { RENDER_JOB_NAME, renderJobSchema, type VersionRenderQueue } from '../console/render-job.js';
import { CALL_JOB_ATTEMPTS, CALL_JOB_BACKOFF_MS, queueName } from './jobs.js';
import { whileRedisUp } from './producer.js';

/** The interactive lane as a VersionRenderQueue, on a queue object of its own (the caller closes it). */
export function renderQueueOf(
  prefix: string,
  connection: Redis,
): VersionRenderQueue & { close(): Promise<void> } {
  const queue = new Queue(queueName(prefix, 'interactive'), { connection });
  // connection errors are logged by the connection's own listener
  queue.on('error', () => undefined);
  return {
    enqueue: async (data) => {
      const job = renderJobSchema.parse(data);
      await whileRedisUp(connection, () =>
        queue.add(RENDER_JOB_NAME, job, {
          // one job per reservation: a number taken again after a failure is a new job
          jobId: `render-${job.callId}-v${job.version}-${Date.parse(job.reservedAt)}`,
          attempts: CALL_JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: CALL_JOB_BACKOFF_MS },
          removeOnComplete: { count: 1_000, age: 24 * 3600 },
          removeOnFail: { count: 5_000, age: 7 * 24 * 3600 },
        }),
      );
    },
    close: () => queue.close(),
  };
}
