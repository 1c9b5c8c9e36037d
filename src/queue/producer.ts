/**
 * The producer side of the queues (API process, archive runs, the sandbox's webhook scheduling).
 * Every operation fails fast with UnavailableError while Redis is away; the ledger keeps the call
 * and the reconciler enqueues it later. `callQueueOf` is the BullMQ implementation of the calls
 * module's CallQueue port.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { callJobSchema, LANES, type CallJobData, type Lane } from '../calls/job.js';
import type { CallQueue } from '../calls/ports.js';
import { UnavailableError } from '../errors.js';
import { createProducerConnection } from './connections.js';
import { parseFailure } from './job-errors.js';
import { callJobOptions, queueName, webhookJobOptions, webhookQueueName } from './jobs.js';

export interface Queues {
  calls: Record<Lane, Queue<CallJobData>>;
  webhooks: Queue<{ callId: string }>;
  connection: Redis;
  /** closes the queues and disconnects their connection */
  close(): Promise<void>;
}

/** Queues sharing one producer connection (see createProducerConnection). */
export function createQueues(prefix: string, connection: Redis): Queues {
  const calls = Object.fromEntries(
    LANES.map((lane) => [lane, new Queue<CallJobData>(queueName(prefix, lane), { connection })]),
  ) as Record<Lane, Queue<CallJobData>>;
  const webhooks = new Queue<{ callId: string }>(webhookQueueName(prefix), { connection });
  const all = [...Object.values(calls), webhooks];
  // BullMQ re-emits connection errors on each queue; the connection's own listener logs them.
  for (const q of all) q.on('error', () => undefined);
  return {
    calls,
    webhooks,
    connection,
    close: async () => {
      await Promise.all(all.map((q) => q.close()));
      connection.disconnect();
    },
  };
}

/** The queues of a deployment on a producer connection of their own. */
export function openQueues(config: { REDIS_URL: string; QUEUE_PREFIX: string }, logger: Logger): Queues {
  return createQueues(config.QUEUE_PREFIX, createProducerConnection(config.REDIS_URL, logger));
}

const FAIL_FAST_MS = 3_000;

/** Runs a Redis operation only while the connection is up, bounded in time. */
export async function whileRedisUp<T>(connection: Redis, op: () => Promise<T>): Promise<T> {
  if (connection.status !== 'ready') throw new UnavailableError('the job queue is unavailable');
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      op(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new UnavailableError('the job queue did not answer in time')),
          FAIL_FAST_MS,
        );
      }),
    ]);
  } catch (err) {
    if (err instanceof UnavailableError) throw err;
    throw new UnavailableError('the job queue is unavailable', { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Adds the call's job unless a live or completed one with the same id exists (jobId = call id).
 * A failed job of the same id is removed first, so a resubmitted failed call runs again.
 */
export async function enqueueCall(queues: Queues, lane: Lane, data: CallJobData): Promise<void> {
  const valid = callJobSchema.parse(data);
  const queue = queues.calls[lane];
  await whileRedisUp(queues.connection, async () => {
    const previous = await queue.getJob(valid.callId);
    if (previous && (await previous.isFailed())) await previous.remove();
    await queue.add('redact', valid, callJobOptions(valid.callId));
  });
}

export async function enqueueWebhook(queues: Queues, callId: string): Promise<void> {
  await whileRedisUp(queues.connection, () =>
    queues.webhooks.add('deliver', { callId }, webhookJobOptions(callId)),
  );
}

/** The calls module's CallQueue port on these queues. */
export function callQueueOf(queues: Queues): CallQueue {
  return {
    get available() {
      return queues.connection.status === 'ready';
    },
    enqueue: (lane, data) => enqueueCall(queues, lane, data),
    jobState: (lane, callId) =>
      whileRedisUp(queues.connection, async () => {
        const job = await queues.calls[lane].getJob(callId);
        if (!job) return null;
        const state = await job.getState();
        return { state, failure: state === 'failed' ? parseFailure(job.failedReason) : null };
      }),
  };
}
