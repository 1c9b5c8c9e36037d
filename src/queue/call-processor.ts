/**
 * BullMQ sandboxed processor: runs in a child process, so CPU-heavy pipeline work never blocks the
 * parent's lock renewal. The first job opens the database, a Redis producer connection (webhook
 * scheduling) and the pipeline with its vault; later jobs reuse them; they are closed when the
 * sandbox ends. Thin: validate job data, run the calls module's processCallJob (an archive call,
 * a corrected version's re-render: by job name), and turn its failure into the job error BullMQ
 * retries or not (job-errors.ts).
 */
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { processArchiveJob } from '../archive/run.js';
import { callJobSchema } from '../calls/job.js';
import { processCallJob, type CallJobResult, type ProcessCallContext } from '../calls/processing.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../log.js';
import { createPipelineDeps } from '../pipeline/deps.js';
import { openStore, openStoreAt, s3SettingsOf, scratchDirOf } from '../storage/open-store.js';
import type { ObjectStore } from '../storage/store.js';
import { ARCHIVE_JOB_NAME, archiveJobSchema } from './archive-queue.js';
import { renderVersion } from '../console/corrections.js';
import { RENDER_JOB_NAME, renderJobSchema } from '../console/render-job.js';
import { killChildren } from '../proc/children.js';
import { removeScratchDirsSync } from '../proc/scratch.js';
import { ABANDONED_EXIT_CODE, HAND_BACK_SIGNAL } from './drain.js';
import { UnavailableError } from '../errors.js';
import { asCallJob } from './job-errors.js';
import { enqueueWebhook, openQueues } from './producer.js';

interface Sandbox {
  ctx: ProcessCallContext;
  /** the job's lock in Redis still holds `token` (BullMQ's lock key, renewed by the worker) */
  holdsLock(job: SandboxedJob, token: string): Promise<boolean>;
  /** archive runs' sources and destinations, opened by the first job that needs each */
  storeFor(url: string): ObjectStore;
  close(): Promise<void>;
}

/** this process's connections, opened by the first job (one sandbox process, one set) */
let opened: Promise<Sandbox> | undefined;
/** the job being processed, so the sandbox closes only after it */
let current: Promise<unknown> = Promise.resolve();

async function openSandbox(): Promise<Sandbox> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'callredact-sandbox' });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  const queues = openQueues(config, logger);
  const store = openStore(config);
  const archiveStores = new Map<string, ObjectStore>();
  let closing: Promise<void> | undefined;
  const pipeline = await createPipelineDeps(config, logger).catch(async (err: unknown) => {
    await queues.close();
    await database.close();
    throw err;
  });
  return {
    ctx: {
      db: database.db,
      store,
      scratchDir: scratchDirOf(config),
      pipeline,
      logger,
      enqueueWebhook: (callId) => enqueueWebhook(queues, callId),
    },
    holdsLock: async (job, token) => {
      try {
        return (await queues.connection.get(`${job.queueQualifiedName}:${job.id}:lock`)) === token;
      } catch (err) {
        // Redis away at the publish check: retry the attempt later, never fail the call for it
        throw new UnavailableError('the queue cannot confirm this attempt still holds its job', {
          cause: err,
        });
      }
    },
    storeFor: (url) => {
      let opened = archiveStores.get(url);
      if (!opened) archiveStores.set(url, (opened = openStoreAt(url, s3SettingsOf(config))));
      return opened;
    },
    // once, whichever signal asks first (Ctrl-C sends SIGINT to the sandbox, then its worker SIGTERM)
    close: () =>
      (closing ??= (async () => {
        await pipeline.close();
        await queues.close();
        await store.close();
        for (const s of archiveStores.values()) await s.close();
        await database.close();
        logger.info('sandbox closed its connections (pipeline and vault, Redis, database)');
      })()),
  };
}

/** Opens this process's connections once (a failed opening is retried by the next job, not cached). */
function sandbox(): Promise<Sandbox> {
  return (opened ??= openSandbox().catch((err: unknown) => {
    opened = undefined;
    throw err;
  }));
}

/** An archive run's call (src/archive/run.ts records its outcome in the run's items). */
async function processArchive(job: SandboxedJob): Promise<{ archive: string }> {
  const data = archiveJobSchema.safeParse(job.data);
  if (!data.success) throw new UnrecoverableError('INVALID_JOB: job data does not match the schema');
  const run = (async () => {
    const { ctx, storeFor } = await sandbox();
    return { archive: await processArchiveJob(data.data, { ...ctx, storeFor }) };
  })();
  current = run.catch(() => undefined);
  return asCallJob(() => run);
}

/**
 * A corrected version's re-render (src/console/corrections.ts). A failure leaves nothing
 * published; the worker marks the version failed after the last attempt (worker.ts).
 */
async function processRender(job: SandboxedJob): Promise<{ version: number; render_ms: number | null }> {
  const data = renderJobSchema.safeParse(job.data);
  if (!data.success) throw new UnrecoverableError('INVALID_JOB: job data does not match the schema');
  const run = (async () => {
    const { ctx } = await sandbox();
    const done = await renderVersion(ctx, data.data);
    return { version: data.data.version, render_ms: done?.render_ms ?? null };
  })();
  current = run.catch(() => undefined);
  return asCallJob(() => run);
}

export default async function processCall(
  job: SandboxedJob,
  token?: string,
): Promise<CallJobResult | { archive: string } | { version: number; render_ms: number | null }> {
  if (job.name === ARCHIVE_JOB_NAME) return processArchive(job);
  if (job.name === RENDER_JOB_NAME) return processRender(job);
  const data = callJobSchema.safeParse(job.data);
  if (!data.success) throw new UnrecoverableError('INVALID_JOB: job data does not match the schema');
  const run = (async () => {
    const { ctx, holdsLock } = await sandbox();
    // publish only while this attempt still holds the job: a worker frozen past its lock (or one
    // that handed the job back) must not publish over the attempt that took the job over
    const guard = token ? { ownsJob: () => holdsLock(job, token) } : {};
    return processCallJob(ctx, data.data, (stage, percent) => job.updateProgress({ stage, percent }), guard);
  })();
  current = run.catch(() => undefined);
  return asCallJob(() => run);
}

/** Closes the connections (if any were opened), waiting at most `limitMs` for them. */
async function closeSandbox(limitMs: number): Promise<void> {
  const sandbox = await opened?.catch(() => undefined);
  if (!sandbox) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    sandbox.close().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, limitMs))),
  ]);
  clearTimeout(timer);
}

// BullMQ ends a sandbox with SIGTERM (its worker is closing) and its own handler exits as soon as
// the current job is done, which would cut any asynchronous close short. Its handlers are kept
// and run after ours: finish the job, close the connections, then let BullMQ exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  const bullmqHandlers = process.listeners(signal);
  process.removeAllListeners(signal);
  process.once(signal, () => {
    void (async () => {
      await current;
      await closeSandbox(10_000);
      if (bullmqHandlers.length === 0) process.exit(0);
      for (const handler of bullmqHandlers) handler(signal);
    })();
  });
}

/**
 * Drops the job at once and exits: ffmpeg/ffprobe children killed, temp folders (staging, ffmpeg
 * work folders, scratch copies) removed, all synchronously, so not one more step of the job (a
 * publish, a ledger write) runs after the decision. Connections are not closed politely: the
 * process is going, and the job is another worker's now.
 */
function abandonJob(): never {
  killChildren();
  removeScratchDirsSync();
  process.exit(ABANDONED_EXIT_CODE);
}

// If the worker process dies (SIGKILL included), nobody renews this job's lock and another worker
// will run it again: stop rather than finish it.
process.once('disconnect', abandonJob);
// The worker's shutdown grace is over and it has handed this job back to the queue (drain.ts).
process.once(HAND_BACK_SIGNAL, abandonJob);
// Whatever ends this process, its ffmpeg children end with it (setpriv's parent-death signal
// covers SIGKILL where available; this covers the rest).
process.on('exit', () => {
  killChildren();
});
