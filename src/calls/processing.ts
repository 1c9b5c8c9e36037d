/**
 * What processing one call means, wherever it runs (the queue's sandbox, benches, tests): load the
 * stored settings, run the pipeline into the call's output folder, record progress and the outcome
 * in the ledger, schedule the webhook. Failures leave as CallRedactErrors (PII-free by contract);
 * whether the queue retries them is their `retryable`.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';
import { coerceError, SupersededError, withoutPaths, type CallRedactError } from '../errors.js';
import { errorFields } from '../log.js';
import type { Correction } from '../pipeline/corrections.js';
import {
  redactCall,
  type RedactCallDeps,
  type RedactCallResult,
  type Stage,
} from '../pipeline/redact-call.js';
import { withKeptTranscription, withLocalFiles } from '../storage/local-copies.js';
import type { ObjectStore } from '../storage/store.js';
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
  /** raw uploads in, outputs published (a folder or a bucket) */
  store: ObjectStore;
  /** local folder for copies of raw objects when the store is not a folder */
  scratchDir: string;
  pipeline: RedactCallDeps;
  logger: Logger;
  enqueueWebhook: WebhookScheduler;
}

/**
 * The pipeline over a call's stored inputs (raw audio, transcript or kept transcription, settings),
 * published under `prefix` (default: the call's output key). Also re-renders a reviewed version:
 * the same inputs with the reviewer's corrections, under the version's own prefix.
 */
export async function redactStoredCall(
  ctx: Pick<ProcessCallContext, 'store' | 'scratchDir' | 'pipeline'>,
  data: CallJobData,
  options: {
    onProgress?: (stage: Stage, percent: number) => void;
    beforePublish?: () => Promise<void>;
    prefix?: string;
    corrections?: readonly Correction[];
  } = {},
): Promise<RedactCallResult> {
  const publishTo = { store: ctx.store, prefix: options.prefix ?? data.outputKey };
  // the settings first: a transcript-only call has no audio object to fetch
  return withLocalFiles(ctx.store, [data.policyKey], ctx.scratchDir, async ([policy]) => {
    const { transcribe, hasAudio, ...settings } = await readCallSettings(policy!);
    const withAudio = <T>(fn: (audio: string | undefined) => Promise<T>): Promise<T> =>
      hasAudio
        ? withLocalFiles(ctx.store, [data.audioKey], ctx.scratchDir, ([audio]) => fn(audio!))
        : fn(undefined);
    return withAudio(async (audio) => {
      const input = {
        ...(audio ? { audioPath: audio } : {}),
        ...settings,
        publishTo,
        tenant: data.tenant,
        callId: data.callId,
        ...(options.corrections ? { corrections: options.corrections } : {}),
      };
      const deps = {
        ...ctx.pipeline,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.beforePublish ? { beforePublish: options.beforePublish } : {}),
      };
      if (!transcribe) {
        return withLocalFiles(ctx.store, [data.transcriptKey], ctx.scratchDir, ([transcript]) =>
          redactCall({ ...input, transcriptPath: transcript! }, deps),
        );
      }
      // a call uploaded without a transcript: its transcription is kept at the transcript key
      return withKeptTranscription(ctx.store, data.transcriptKey, ctx.scratchDir, (cachePath) =>
        redactCall({ ...input, transcriptCachePath: cachePath }, deps),
      );
    });
  });
}

export type ProgressReporter = (stage: Stage, percent: number) => Promise<unknown>;

export interface AttemptGuard {
  /** whether this attempt still holds its queue job (checked before publishing) */
  ownsJob?: () => Promise<boolean>;
}

function completedResult(row: { counts: string | null }): CallJobResult {
  return { counts: row.counts ? (JSON.parse(row.counts) as Record<string, number>) : {}, timings: {} };
}

export async function processCallJob(
  ctx: ProcessCallContext,
  data: CallJobData,
  reportProgress: ProgressReporter,
  guard: AttemptGuard = {},
): Promise<CallJobResult> {
  // A job for a call already completed (a duplicate, a re-queued job) publishes nothing again.
  const before = await getCall(ctx.db, data.callId);
  if (before?.state === 'completed') {
    ctx.logger.info({ callId: data.callId }, 'call already completed: nothing to do');
    return completedResult(before);
  }
  const beforePublish = async (): Promise<void> => {
    if (guard.ownsJob && !(await guard.ownsJob())) {
      throw new SupersededError('this attempt no longer holds the job', { details: { reason: 'lock' } });
    }
    if ((await getCall(ctx.db, data.callId))?.state === 'completed') {
      throw new SupersededError('the call was completed by another attempt', {
        details: { reason: 'completed' },
      });
    }
  };
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
    const result = await redactStoredCall(ctx, data, { onProgress, beforePublish });
    await Promise.all(pending);
    const timings = Object.fromEntries(
      Object.entries(result.timings).filter(([, ms]) => ms !== undefined),
    ) as Record<string, number>;
    await markCompleted(
      ctx.db,
      data.callId,
      result.counts,
      timings,
      result.report.audio?.input.duration ?? null,
    );
    if ((await getCall(ctx.db, data.callId))?.callback_url) await ctx.enqueueWebhook(data.callId);
    return { counts: result.counts, timings };
  } catch (err) {
    await Promise.all(pending);
    if (err instanceof SupersededError) {
      ctx.logger.warn(
        { callId: data.callId, reason: err.details?.reason },
        'attempt superseded: nothing published',
      );
      const row = await getCall(ctx.db, data.callId);
      if (row?.state === 'completed') return completedResult(row);
      throw err;
    }
    ctx.logger.warn({ callId: data.callId, ...errorFields(err) }, 'call attempt failed');
    throw shownFailure(ctx.store, data, err);
  }
}

/**
 * A failure as clients are shown it (status, webhook, a version's failure): inputs by role, never
 * by location (scratch copies of bucket objects have random names: withoutPaths hides any other
 * path).
 */
export function shownFailure(store: ObjectStore, data: CallJobData, err: unknown): CallRedactError {
  const roles: Record<string, string> = {};
  for (const [key, role] of [
    [data.transcriptKey, 'transcript'],
    [data.audioKey, 'audio'],
    [data.policyKey, 'settings'],
    [data.outputKey, 'output'],
  ] as const) {
    const local = store.localPath(key);
    if (local !== null) roles[local] = role;
  }
  return withoutPaths(coerceError(err), roles);
}
