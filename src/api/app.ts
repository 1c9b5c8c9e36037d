/**
 * The express application: security headers, request logs without bodies or credentials, API key
 * auth with per-key rate limits, the routes, and the one error handler. Built from injected
 * dependencies so tests and the server share it.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { authenticate, requireRole } from './auth.js';
import { createRateLimits } from './rate-limits.js';
import { errorHandler, notFound } from './errors.js';
import type { ApiMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { archivesRouter } from './routes/archives.js';
import { callsRouter, type CallsRouteDeps } from './routes/calls.js';
import { correctionsRouter } from './routes/corrections.js';
import type { S3Settings } from '../storage/open-store.js';
import { healthRouter } from './routes/health.js';
import { vaultRouter } from './routes/vault.js';
import { subjectsRouter } from './routes/subjects.js';
import { reviewRouter } from './routes/review.js';
import { exportsRouter } from './routes/exports.js';
import { eventsRouter } from './routes/events.js';
import type { LiveCallEvents } from '../console/live-events.js';
import type { ExportJobs } from '../export/jobs.js';
import { sessionRouter } from './routes/session.js';
import { sharedRouter } from './routes/shared.js';
import { statsRouter } from './routes/stats.js';
import { webRouter } from './routes/web.js';
import type { Queues } from '../queue/producer.js';
import type { Vault } from '../vault/vault.js';
import type { RedactCallDeps } from '../pipeline/redact-call.js';
import type { VersionRenderQueue } from '../console/render-job.js';

export interface AppDeps extends CallsRouteDeps {
  /** the BullMQ queues themselves: readiness, metrics and the admin dashboard look at them */
  queues: Queues;
  metrics: ApiMetrics;
  rateLimitPerMinute: number;
  /** failed authentications per client address within authFailWindowMs before 429 */
  authFailLimit: number;
  authFailWindowMs: number;
  /** Express 'trust proxy': false (the socket's peer is the client), a hop count or proxy addresses */
  trustProxy: boolean | number | string[];
  /** null when no vault master key is configured */
  vault: Vault | null;
  /** the local storage folder (STORAGE_DIR): incoming uploads and scratch space */
  storageDir: string;
  /**
   * review corrections: their re-render is queued for a worker (renderQueue); without a queue it
   * runs in this process with this scratch folder (bucket stores) and pipeline
   */
  scratchDir: string;
  pipeline: RedactCallDeps;
  renderQueue?: VersionRenderQueue | undefined;
  /** review console: session lifetime, k of the statistics, longest share link */
  sessionTtlMs: number;
  statsMinGroup: number;
  shareMaxHours: number;
  /** dataset exports requested over the API, run in this process */
  exportJobs: ExportJobs;
  /** archive runs: the queues' prefix (feed jobs) and the S3 settings their locations open with */
  queuePrefix: string;
  s3Settings: S3Settings;
  /** live call updates for the console (GET /v1/events) */
  liveEvents: LiveCallEvents;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (req.ip, rate limits)
  app.set('trust proxy', deps.trustProxy);
  app.use(
    pinoHttp({
      logger: deps.logger,
      // ids and statuses only: no bodies, no query strings, no credentials
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers'], remove: true },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use(deps.metrics.middleware);

  // limits counted in Redis, shared by every API process (src/api/rate-limits.ts)
  const limits = createRateLimits({
    redis: deps.queues.connection,
    prefix: deps.queuePrefix,
    perKeyPerMinute: deps.rateLimitPerMinute,
    authFailLimit: deps.authFailLimit,
    authFailWindowMs: deps.authFailWindowMs,
  });
  // an address over its failed-authentication limit gets 429 before its credential is looked at
  const auth = [limits.blockFailedAuth, authenticate(deps.db)];
  const limiter = limits.perKey;

  // bull-board serves its own scripts and styles; it gets a CSP of its own (helmet defaults block them).
  const board = new ExpressAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({
    queues: [...Object.values(deps.queues.calls), deps.queues.webhooks].map((q) => new BullMQAdapter(q)),
    // @bull-board/express pins its own copy of @bull-board/api; the adapter contract is the same.
    serverAdapter: board as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
  });
  app.use(
    '/admin/queues',
    helmet({ contentSecurityPolicy: false }),
    auth,
    limiter,
    requireRole('admin'),
    board.getRouter(),
  );

  app.use(helmet());
  app.use(healthRouter(deps));
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  const openapi = openApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(webRouter());
  app.post('/v1/session', limits.blockFailedAuth);
  app.use('/v1/session', sessionRouter(deps));
  app.use('/v1/shared', sharedRouter(deps, limits.perAddress));
  app.use('/v1/stats', auth, limiter, statsRouter(deps));
  app.use('/v1/calls', auth, limiter, callsRouter(deps), reviewRouter(deps));
  app.use('/v1/events', auth, limiter, eventsRouter(deps));
  app.use('/v1/corrections', auth, limiter, correctionsRouter(deps));
  app.use('/v1/exports', auth, limiter, exportsRouter(deps));
  app.use('/v1/vault', auth, limiter, vaultRouter(deps.vault));
  app.use('/v1/archives', auth, limiter, archivesRouter(deps));
  app.use('/v1/subjects', auth, limiter, subjectsRouter(deps.vault, deps.db, deps.store));
  app.use(notFound);
  app.use(limits.countFailedAuth);
  app.use(errorHandler(deps.logger));
  return app;
}
