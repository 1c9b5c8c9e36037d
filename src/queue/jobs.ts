/**
 * Queue names, job data and job options. Job data carries ids and storage keys only (never PII),
 * and is validated on both sides of the queue.
 */
import { z } from 'zod';
import type { JobsOptions } from 'bullmq';

export const LANES = ['interactive', 'bulk'] as const;
export type Lane = (typeof LANES)[number];

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

const storageKey = z
  .string()
  .max(300)
  .regex(/^[a-z0-9][a-z0-9/_.-]*$/, 'storage key')
  .refine((k) => !k.split('/').includes('..'), 'storage key');
const callId = z.string().regex(/^[a-f0-9]{32,64}$/, 'call id');

export const callJobSchema = z
  .object({
    callId,
    tenant: z.string().min(1).max(64),
    audioKey: storageKey,
    transcriptKey: storageKey,
    policyKey: storageKey,
    outputKey: storageKey,
  })
  .strict();
export type CallJobData = z.infer<typeof callJobSchema>;

export const webhookJobSchema = z.object({ callId }).strict();
export type WebhookJobData = z.infer<typeof webhookJobSchema>;

export const CALL_JOB_ATTEMPTS = 5;

export function callJobOptions(callId: string): JobsOptions {
  return {
    // One job per call id: a duplicate upload while the first is live adds nothing.
    jobId: callId,
    attempts: CALL_JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2_000 },
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
