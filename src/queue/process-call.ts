/**
 * What one call job does, wherever it runs (BullMQ sandbox, bench, tests): load the stored policy,
 * run the pipeline into the call's output folder, record the outcome in the ledger, schedule the
 * webhook. Errors leave as `CODE: message` (PII-free by contract); input errors are unrecoverable,
 * everything else is retried with backoff.
 */
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';
import { coerceError, InputError, VerificationError } from '../errors.js';
import { redactCall, type RedactCallDeps, type Stage } from '../pipeline/redact-call.js';
import { readCallSettings } from '../pipeline/call-settings.js';
import { resolveStorageKey } from '../storage/uploads.js';
import type { CallJobData } from './jobs.js';
import { getCall, markActive, markCompleted } from './ledger.js';

export interface CallJobResult {
  counts: Record<string, number>;
  timings: Record<string, number>;
}

export interface ProcessCallContext {
  db: Db;
  storageDir: string;
  pipeline: RedactCallDeps;
  logger: Logger;
  enqueueWebhook(callId: string): Promise<void>;
}

export type ProgressReporter = (stage: Stage, percent: number) => Promise<unknown>;

export async function processCallJob(
  ctx: ProcessCallContext,
  data: CallJobData,
  reportProgress: ProgressReporter,
): Promise<CallJobResult> {
  const file = (key: string): string => resolveStorageKey(ctx.storageDir, key);
  const pending = new Set<Promise<unknown>>();
  const onProgress = (stage: Stage, percent: number): void => {
    const update = Promise.all([
      reportProgress(stage, percent),
      markActive(ctx.db, data.callId, stage, percent),
    ])
      .catch((err: unknown) =>
        ctx.logger.warn({ callId: data.callId, code: coerceError(err).code }, 'progress update failed'),
      )
      .finally(() => pending.delete(update));
    pending.add(update);
  };
  try {
    const settings = await readCallSettings(file(data.policyKey));
    const result = await redactCall(
      {
        transcriptPath: file(data.transcriptKey),
        audioPath: file(data.audioKey),
        ...settings,
        outDir: file(data.outputKey),
        tenant: data.tenant,
        callId: data.callId,
      },
      { ...ctx.pipeline, onProgress },
    );
    await Promise.all(pending);
    const timings = Object.fromEntries(
      Object.entries(result.timings).filter(([, ms]) => ms !== undefined),
    ) as Record<string, number>;
    await markCompleted(ctx.db, data.callId, result.counts, timings);
    if ((await getCall(ctx.db, data.callId))?.callback_url) await ctx.enqueueWebhook(data.callId);
    return { counts: result.counts, timings };
  } catch (err) {
    await Promise.all(pending);
    throw toJobError(err);
  }
}

/** The error BullMQ sees: a PII-free `CODE: message`, unrecoverable when retrying cannot help. */
export function toJobError(err: unknown): Error {
  const error =
    err instanceof SyntaxError ? new InputError('policy: stored policy is not valid JSON') : coerceError(err);
  const message = `${error.code}: ${error.message}`;
  const final = error instanceof InputError || error instanceof VerificationError;
  return final ? new UnrecoverableError(message) : new Error(message);
}

/** Splits a stored failedReason back into code and message; foreign reasons get a generic text. */
export function parseFailure(reason: string | undefined): { code: string; message: string } {
  const match = /^([A-Z][A-Z0-9_]*): (.+)$/s.exec(reason ?? '');
  if (match) return { code: match[1]!, message: match[2]! };
  if (reason?.includes('stalled'))
    return { code: 'STALLED', message: 'the worker stopped repeatedly while processing' };
  return { code: 'INTERNAL', message: 'processing failed' };
}
