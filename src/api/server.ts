/**
 * `callredact serve`: the API process. Opens the database and the producer connection, starts the
 * reconciler and the completion-event listener for metrics, listens, and shuts down in order on
 * SIGTERM/SIGINT (stop accepting, reconciler, queues, Redis, database).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import { QueueEvents } from 'bullmq';
import type { Logger } from 'pino';
import { resolveFfmpeg } from '../audio/index.js';
import { LANES } from '../calls/job.js';
import { startReconciler } from '../calls/reconciler.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createWorkerConnection } from '../queue/connections.js';
import { queueName } from '../queue/jobs.js';
import { callQueueOf, openQueues } from '../queue/producer.js';
import { renderQueueOf } from '../queue/render-queue.js';
import { LiveCallEvents } from '../console/live-events.js';
import { gracefulClose, type ShutdownOptions } from '../shutdown.js';
import { BUILTIN_OPERATORS } from '../transform/apply.js';
import { createTokenOperator } from '../transform/token-operator.js';
import { ExportJobs } from '../export/jobs.js';
import { openStore, s3SettingsOf, scratchDirOf } from '../storage/open-store.js';
import { incomingDir } from '../storage/uploads.js';
import { sweepOrphans } from '../storage/orphan-sweep.js';
import { errorFields } from '../log.js';
import { openVaultFromConfig } from '../vault/open-from-config.js';
import { transcriberIdentity } from '../asr/from-config.js';
import { createApp } from './app.js';
import { createMetrics } from './metrics.js';
import { callbackPolicyFromConfig } from '../net/callback-target.js';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  logger: Logger,
  options: ShutdownOptions = {},
): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  // the master key is checked before anything else is opened: a wrong key stops the start-up
  const vault = await openVaultFromConfig(config, logger).catch(async (err: unknown) => {
    await database.close();
    throw err;
  });
  const queues = openQueues(config, logger);
  const queue = callQueueOf(queues);
  const renderQueue = renderQueueOf(config.QUEUE_PREFIX, queues.connection);
  const metrics = createMetrics(queues);
  const tools = await resolveFfmpeg(config);
  const store = openStore(config);
  const incoming = incomingDir(config.STORAGE_DIR);
  await fs.mkdir(incoming, { recursive: true });
  // bytes of uploads cut off by a killed API, staging folders of a killed worker: swept at start
  // and on a schedule (only what is older than ORPHAN_MAX_AGE_MS: other processes share the folder)
  const sweep = async (): Promise<void> => {
    try {
      const swept = await sweepOrphans(config.STORAGE_DIR, config.ORPHAN_MAX_AGE_MS);
      if (swept.incomingFiles + swept.stagingFolders > 0) logger.info(swept, 'removed orphaned uploads');
    } catch (err) {
      logger.warn(errorFields(err), 'orphan sweep failed');
    }
  };
  await sweep();
  const sweepTimer = setInterval(() => void sweep(), config.ORPHAN_SWEEP_INTERVAL_MS);
  sweepTimer.unref();

  // Completion events feed the stage-duration and entity metrics (return values hold counts/timings only).
  // QueueEvents blocks on its connection: one each, waiting through Redis outages
  const eventConnections = LANES.map(() => createWorkerConnection(config.REDIS_URL, logger));
  const events = LANES.map((lane, i) => {
    const qe = new QueueEvents(queueName(config.QUEUE_PREFIX, lane), { connection: eventConnections[i]! });
    qe.on('error', () => undefined);
    qe.on('completed', ({ returnvalue }) => metrics.observeResult(returnvalue));
    return qe;
  });

  // exports run in this process, one at a time; one left running by a stopped API is failed
  const exportJobs = new ExportJobs({
    db: database.db,
    store,
    tools,
    scratchDir: scratchDirOf(config),
    logger,
  });
  await exportJobs.recoverInterrupted();

  const liveEvents = new LiveCallEvents(database.db, 1000, (err) =>
    logger.warn(errorFields(err), 'live events: ledger read failed'),
  );
  const app = createApp({
    db: database.db,
    queues,
    queue,
    store,
    storageDir: config.STORAGE_DIR,
    incomingDir: incoming,
    tools,
    logger,
    webhooksEnabled: Boolean(config.WEBHOOK_SECRET),
    transcriber: transcriberIdentity(config),
    callbackPolicy: callbackPolicyFromConfig(config),
    maxUploadBytes: config.MAX_UPLOAD_BYTES,
    metrics,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    authFailLimit: config.AUTH_FAIL_LIMIT,
    authFailWindowMs: config.AUTH_FAIL_WINDOW_MS,
    trustProxy: config.TRUST_PROXY,
    vault: vault?.vault ?? null,
    scratchDir: scratchDirOf(config),
    // corrected versions are rendered by the workers (renderQueue); this pipeline is the
    // in-process fallback of the app without a queue, from kept inputs: no speech-to-text needed
    renderQueue,
    pipeline: {
      tools,
      logger,
      transcriber: null,
      operatorsFor: ({ tenant, callId }) =>
        vault
          ? { ...BUILTIN_OPERATORS, token: createTokenOperator({ vault: vault.vault, tenant, callId }) }
          : BUILTIN_OPERATORS,
    },
    sessionTtlMs: config.SESSION_TTL_MS,
    statsMinGroup: config.STATS_MIN_GROUP,
    shareMaxHours: config.SHARE_MAX_HOURS,
    exportJobs,
    queuePrefix: config.QUEUE_PREFIX,
    s3Settings: s3SettingsOf(config),
    liveEvents,
  });
  const reconciler = startReconciler(database.db, queue, logger, config.RECONCILE_INTERVAL_MS);

  // Slow clients: headers within HTTP_HEADERS_TIMEOUT_MS (answered 408), the whole request within
  // HTTP_REQUEST_TIMEOUT_MS (Node's 5 min default would cut off large uploads on slow links), and a
  // request body that stalls for HTTP_IDLE_TIMEOUT_MS has its socket destroyed (Node has no idle
  // timeout by default: a stalled upload held its socket and partial file until the request
  // timeout). Node checks the first two every connectionsCheckingInterval, so that is kept well
  // below them. The idle timeout ends with the body: a long handler (an erasure re-rendering many
  // calls) is not cut off.
  const server = http.createServer(
    {
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: Math.max(config.HTTP_REQUEST_TIMEOUT_MS, config.HTTP_HEADERS_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.HTTP_HEADERS_TIMEOUT_MS / 4)),
    },
    app,
  );
  server.on('request', (req: http.IncomingMessage) => {
    if (req.complete) return;
    req.socket.setTimeout(config.HTTP_IDLE_TIMEOUT_MS);
    req.once('end', () => req.socket.setTimeout(0));
  });
  server.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'API listening');

  const close = gracefulClose(
    logger,
    'API',
    async () => {
      liveEvents.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(sweepTimer);
      await reconciler.stop();
      await exportJobs.idle();
      await Promise.all(events.map((qe) => qe.close()));
      await renderQueue.close();
      await queues.close();
      for (const c of eventConnections) c.disconnect();
      await vault?.close();
      await store.close();
      await database.close();
    },
    options,
  );
  return { port, close };
}
