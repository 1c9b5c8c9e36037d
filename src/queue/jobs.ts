/**
 * Queue names and job options. What a call job carries (ids and storage keys, never PII) is the
 * calls module's job schema; the webhook job carries the call id only.
 */
import { z } from 'zod';
import type { JobsOptions } from 'bullmq';
import { callIdSchema, type Lane } from '../calls/job.js';

/** Uploads and archive runs use separate queues so a bulk run never starves interactive uploads. */
export function queueName(prefix: string, lane: Lane): string {
  return `${prefix}-${lane}`;
}

export function webhookQueueName(prefix: string): string {
  return `${prefix}-webhooks`;
}

/** Periodic housekeeping (retention), one repeatable job shared by all workers. */
export function maintenanceQueueName(prefix: string): string {
  return `${prefix}-maintenance`;
}

export const webhookJobSchema = z.object({ callId: callIdSchema }).strict();
export type WebhookJobData = z.infer<typeof webhookJobSchema>;

export const CALL_JOB_ATTEMPTS = 5;
/** first retry after this long, then twice as long each time */
export const CALL_JOB_BACKOFF_MS = 2_000;

export function callJobOptions(callId: string): JobsOptions {
  return {
    // One job per call id: a duplicate upload while the first is live adds nothing.
    jobId: callId,
    attempts: CALL_JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: CALL_JOB_BACKOFF_MS },
    removeOnComplete: { count: 1_000, age: 24 * 3600 },
    removeOnFail: { count: 5_000, age: 7 * 24 * 3600 },
  };
}

export function webhookJobOptions(callId: string): JobsOptions {
  return {
    jobId: `webhook-${callId}`,
    attempts: 8,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: { count: 1_000 },
    removeOnFail: { count: 5_000 },
  };
}
