/**
 * The error BullMQ sees for a failed call job, and back. A failure leaves as `CODE: message`
 * (PII-free by contract) and its `retryable` decides: retryable errors (a dependency away, ffmpeg
 * failing on input it accepted) are retried with backoff; everything else (bad input, bad
 * configuration, a failed verification, an internal error) is final at once (UnrecoverableError).
 */
import { UnrecoverableError } from 'bullmq';
import { coerceError } from '../errors.js';
import type { CallFailure } from '../calls/ports.js';

export function toJobError(err: unknown): Error {
  const error = coerceError(err);
  const message = `${error.code}: ${error.message}`;
  return error.retryable ? new Error(message) : new UnrecoverableError(message);
}

/** Runs a call job's work; whatever it throws leaves as the job error above. */
export async function asCallJob<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toJobError(err);
  }
}

/** Splits a stored failedReason back into code and message; foreign reasons get a generic text. */
export function parseFailure(reason: string | undefined): CallFailure {
  const match = /^([A-Z][A-Z0-9_]*): (.+)$/s.exec(reason ?? '');
  if (match) return { code: match[1]!, message: match[2]! };
  if (reason?.includes('stalled'))
    return { code: 'STALLED', message: 'the worker stopped repeatedly while processing' };
  return { code: 'INTERNAL', message: 'processing failed' };
}
