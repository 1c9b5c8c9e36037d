/**
 * What a queued call job carries: ids and storage keys only (never PII), validated on both sides of
 * the queue. Lanes: uploads and archive runs go to separate queues so a bulk run never starves
 * interactive uploads.
 */
import { z } from 'zod';

export const LANES = ['interactive', 'bulk'] as const;
export type Lane = (typeof LANES)[number];

/** The lane stored in a ledger row; rows from before lanes existed count as interactive. */
export function laneOf(stored: string): Lane {
  return (LANES as readonly string[]).includes(stored) ? (stored as Lane) : 'interactive';
}

const storageKey = z
  .string()
  .max(300)
  .regex(/^[a-z0-9][a-z0-9/_.-]*$/, 'storage key')
  .refine((k) => !k.split('/').includes('..'), 'storage key');

export const callIdSchema = z.string().regex(/^[a-f0-9]{32,64}$/, 'call id');

export const callJobSchema = z
  .object({
    callId: callIdSchema,
    tenant: z.string().min(1).max(64),
    audioKey: storageKey,
    transcriptKey: storageKey,
    policyKey: storageKey,
    outputKey: storageKey,
  })
  .strict();
export type CallJobData = z.infer<typeof callJobSchema>;
