/**
 * What processing one call means, wherever it runs (the queue's sandbox, benches, tests): load the
 * stored settings, run the pipeline into the call's output folder, record progress and the outcome
 * in the ledger, schedule the webhook. Failures leave as CallRedactErrors (PII-free by contract);
 * whether the queue retries them is their `retryable`.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';
import { coerceError, withoutPaths } from '../errors.js';
import { errorFields } from '../log.js';
import { redactCall, type RedactCallDeps, type Stage } from '../pipeline/redact-call.js';
import { resolveStorageKey } from '../storage/uploads.js';
import type { CallJobData } from './job.js';
import { getCall, markActive, markCompleted } from './ledger.js';
import type { WebhookScheduler } from './ports.js';
import { readCallSettings } from './settings.js';

export interface CallJobResult {
  counts: Record<string, number>;
  timings: Record<string, number>;
}

export interface ProcessCallContext {
  db: Db;
  storageDir: string;
  pipeline: RedactCallDeps;
  logger: Logger;
  enqueueWebhook: WebhookScheduler;
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
        ctx.logger.warn({ callId: data.callId, ...errorFields(err) }, 'progress update failed'),
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
    ctx.logger.warn({ callId: data.callId, ...errorFields(err) }, 'call attempt failed');
    // the failure is shown to clients (status, webhook): inputs by role, never by location
    throw withoutPaths(coerceError(err), {
      [file(data.transcriptKey)]: 'transcript',
      [file(data.audioKey)]: 'audio',
      [file(data.policyKey)]: 'settings',
      [file(data.outputKey)]: 'output',
    });
  }
}
