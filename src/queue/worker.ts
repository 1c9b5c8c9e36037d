/**
 * `callredact worker`: BullMQ workers for both lanes (each with its own concurrency, so bulk work
 * never takes the slots of interactive uploads) running the sandboxed processor call-processor
 * beside this module, plus the webhook deliverer and the daily retention job. Final failures are
 * written to the ledger here, in the parent, because a crashed or stalled sandbox cannot report
 * its own failure. Shutdown (drain.ts): workers finish their current jobs within
 * SHUTDOWN_GRACE_MS, or hand them back to the queue; then queues, Redis, the database. Exit code
 * after a signal: 0 when every job finished, 1 when jobs were handed back or left to their locks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { failArchiveJob, feedRun } from '../archive/run.js';
import { failVersion } from '../console/corrections.js';
import { RENDER_JOB_NAME, renderJobSchema } from '../console/render-job.js';
import { callJobSchema, LANES } from '../calls/job.js';
import { getCall, markFailed, markRetrying } from '../calls/ledger.js';
import type { Config } from '../config.js';
import { openDatabase, type Db } from '../db/database.js';
import { errorFields } from '../log.js';
import { callbackPolicyFromConfig } from '../net/callback-target.js';
import { runRetentionOnce } from '../maintenance/retention.js';
import { gracefulClose, type ShutdownOptions } from '../shutdown.js';
import { openVaultFromConfig } from '../vault/open-from-config.js';
import { openStore, openStoreAt, s3SettingsOf, scratchDirOf } from '../storage/open-store.js';
import { readPublishedManifest } from '../storage/store.js';
import { publishedKinds } from '../calls/artefact-links.js';
import { ARCHIVE_JOB_NAME, archiveJobSchema, bulkArchiveQueue, startFeeder } from './archive-queue.js';
import { createWorkerConnection } from './connections.js';
import { ActiveJobs, drainWithin } from './drain.js';
import { parseFailure } from './job-errors.js';
import { maintenanceQueueName, queueName, webhookJobSchema, webhookQueueName } from './jobs.js';
import { enqueueWebhook, openQueues, type Queues } from './producer.js';
import { deliverWebhook, webhookBody } from './webhook.js';
import { sandboxEnv } from './sandbox-heap.js';

export interface RunningWorker {
  close(): Promise<void>;
}

/** The sandbox entry next to this module: call-processor.js in dist/, call-processor.ts under tsx. */
const here = fileURLToPath(import.meta.url);
export const PROCESSOR_FILE = path.join(path.dirname(here), `call-processor${path.extname(here)}`);

export async function startWorker(
  config: Config,
  logger: Logger,
  options: ShutdownOptions = {},
): Promise<RunningWorker> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  // the sandboxes open the vault only with their first job: check the master key now, so a wrong
  // key stops the worker at start instead of failing every call
  try {
    await (await openVaultFromConfig(config, logger))?.close();
  } catch (err) {
    await database.close();
    throw err;
  }
  const connection = createWorkerConnection(config.REDIS_URL, logger);
  const queues = openQueues(config, logger);

  const active = new ActiveJobs();
  const stalledInterval = config.WORKER_STALLED_INTERVAL_MS ?? Math.min(5_000, config.WORKER_LOCK_MS);
  // the sandboxes detect call after call: a heap limit keeps V8 from letting them grow to 4x their
  // live heap between full collections (sandbox-heap.ts)
  const forkEnv = sandboxEnv(process.env, process.execArgv);
  const callWorkers = LANES.map((lane) => {
    const worker = new Worker(queueName(config.QUEUE_PREFIX, lane), PROCESSOR_FILE, {
      connection,
      concurrency: config.WORKER_CONCURRENCY,
      lockDuration: config.WORKER_LOCK_MS,
      stalledInterval,
      maxStalledCount: 2,
      ...(forkEnv ? { workerForkOptions: { env: forkEnv } } : {}),
    });
    active.watch(worker);
    worker.on('failed', (job, err) => {
      if (job) void recordFailure(database.db, queues, logger, job, err);
    });
    worker.on('completed', (job) => logger.info({ callId: job.id, lane }, 'call job completed'));
    worker.on('error', (err) => logger.warn({ lane, ...errorFields(err) }, 'worker error'));
    return worker;
  });

  const callbackPolicy = callbackPolicyFromConfig(config);
  const store = openStore(config);
  const webhookWorker = new Worker(
    webhookQueueName(config.QUEUE_PREFIX),
    async (job: Job) => {
      const { callId } = webhookJobSchema.parse(job.data);
      const row = await getCall(database.db, callId);
      // link only what was published (a transcript-only call has no audio)
      const manifest = row?.state === 'completed' ? await readPublishedManifest(store, row.output_key) : null;
      const body =
        row && webhookBody(row, config.PUBLIC_BASE_URL, manifest ? publishedKinds(manifest) : undefined);
      if (!row?.callback_url || !body || !config.WEBHOOK_SECRET) return;
      await deliverWebhook(row.callback_url, body, config.WEBHOOK_SECRET, callbackPolicy);
    },
    { connection, concurrency: 4 },
  );
  active.watch(webhookWorker);
  webhookWorker.on('failed', (job, err) =>
    logger.warn(
      { callId: job?.data?.callId, attempt: job?.attemptsMade, reason: err.message },
      'webhook delivery failed',
    ),
  );
  webhookWorker.on('error', (err) => logger.warn(errorFields(err), 'webhook worker error'));
  const maintenance = await startMaintenance(config, logger, connection, queues.connection);
  // archive runs started over HTTP are listed onto the bulk lane by a worker (any worker)
  const archiveQueue = bulkArchiveQueue(config.QUEUE_PREFIX, queues.connection);
  const feeder = startFeeder(
    config.QUEUE_PREFIX,
    connection,
    logger,
    (run) =>
      feedRun(run, {
        db: database.db,
        openStore: (url) => openStoreAt(url, s3SettingsOf(config)),
        logger,
        scratchDir: scratchDirOf(config),
        queue: archiveQueue,
      }),
    config.WORKER_LOCK_MS,
  );
  active.watch(feeder);
  active.watch(maintenance.worker);
  logger.info({ lanes: LANES, concurrency: config.WORKER_CONCURRENCY }, 'worker started');

  const close = gracefulClose(
    logger,
    'worker',
    async () => {
      const drain = await drainWithin(
        [...callWorkers, webhookWorker, maintenance.worker, feeder],
        active,
        config.SHUTDOWN_GRACE_MS,
        logger,
      );
      if (!drain.drained) logger.warn(drain, 'worker: jobs handed back at shutdown');
      await maintenance.queue.close();
      await archiveQueue.close();
      await queues.close();
      await store.close();
      connection.disconnect();
      await database.close();
      return drain.drained ? 0 : 1;
    },
    { deadlineMs: config.SHUTDOWN_GRACE_MS + 15_000, ...options },
  );
  return { close };
}

/**
 * The daily retention run as a BullMQ job scheduler: every worker upserts the same scheduler id, so
 * there is one schedule however many workers run, and one worker picks up each run.
 */
async function startMaintenance(config: Config, logger: Logger, connection: Redis, producer: Redis) {
  const name = maintenanceQueueName(config.QUEUE_PREFIX);
  const queue = new Queue(name, { connection: producer });
  queue.on('error', () => undefined);
  try {
    await queue.upsertJobScheduler(
      'retention',
      { every: config.RETENTION_INTERVAL_MS },
      { name: 'retention', opts: { removeOnComplete: 10, removeOnFail: 10 } },
    );
  } catch (err) {
    logger.warn(errorFields(err), 'could not schedule retention (Redis unavailable?)');
  }
  const worker = new Worker(
    name,
    async () => {
      const summary = await runRetentionOnce(config, logger, {
        olderThanDays: config.RETENTION_DAYS,
        actor: { id: 'retention-job', role: 'system' },
      });
      logger.info({ job: 'retention', ...summary }, 'retention run');
      return summary;
    },
    { connection, concurrency: 1 },
  );
  worker.on('error', (err) => logger.warn(errorFields(err), 'maintenance worker error'));
  return { queue, worker };
}

async function recordFailure(db: Db, queues: Queues, logger: Logger, job: Job, err: Error): Promise<void> {
  try {
    if (job.name === ARCHIVE_JOB_NAME) {
      // an archive call records its own outcome; a job fails only when its sandbox died each time
      const data = archiveJobSchema.safeParse(job.data);
      if (!data.success || (await job.getState()) !== 'failed') return;
      const { code, message } = parseFailure(job.failedReason || err.message);
      await failArchiveJob(db, data.data, `${code}: ${message}`);
      return;
    }
    if (job.name === RENDER_JOB_NAME) {
      // the version shows the failure once no attempt is left (the sandbox published nothing)
      const data = renderJobSchema.safeParse(job.data);
      if (!data.success || (await job.getState()) !== 'failed') return;
      const { code, message } = parseFailure(job.failedReason || err.message);
      await failVersion(db, data.data, `${code}: ${message}`);
      logger.warn({ callId: data.data.callId, version: data.data.version, code }, 'version render failed');
      return;
    }
    const data = callJobSchema.safeParse(job.data);
    if (!data.success) return;
    // Only the last attempt counts; earlier ones go back to the queue with backoff.
    if ((await job.getState()) !== 'failed') {
      await markRetrying(db, data.data.callId);
      return;
    }
    const { code, message } = parseFailure(job.failedReason || err.message);
    await markFailed(db, data.data.callId, code, message);
    logger.warn({ callId: data.data.callId, code, message, attempts: job.attemptsMade }, 'call failed');
    if ((await getCall(db, data.data.callId))?.callback_url) await enqueueWebhook(queues, data.data.callId);
  } catch (e) {
    logger.error({ callId: job.id, ...errorFields(e) }, 'recording a failure failed');
  }
}
