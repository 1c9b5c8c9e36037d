/**
 * Prometheus metrics of the API process: request durations, jobs by state (read from the queues
 * at scrape time), and stage durations + entities by type (observed from the queues' completion
 * events, whose return values carry only counts and timings).
 */
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LANES } from '../calls/job.js';
import { whileRedisUp, type Queues } from '../queue/producer.js';

const JOB_STATES = [
  'waiting',
  'active',
  'delayed',
  'completed',
  'failed',
  'prioritized',
  'waiting-children',
] as const;

export interface ApiMetrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  stageDuration: Histogram<'stage'>;
  entities: Counter<'type'>;
  /** records a finished job's return value ({counts, timings}) */
  observeResult(result: unknown): void;
  middleware: RequestHandler;
}

export function createMetrics(queues: Queues): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'callredact_api_' });
  const requestDuration = new Histogram({
    name: 'callredact_http_request_duration_seconds',
    help: 'HTTP request durations',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const stageDuration = new Histogram({
    name: 'callredact_stage_duration_seconds',
    help: 'Pipeline stage durations of completed calls',
    labelNames: ['stage'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const entities = new Counter({
    name: 'callredact_entities_total',
    help: 'Entities redacted in completed calls, by type',
    labelNames: ['type'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'callredact_jobs',
    help: 'Jobs in the queues by lane and state',
    labelNames: ['lane', 'state'] as const,
    registers: [registry],
    async collect() {
      for (const lane of LANES) {
        const counts = await whileRedisUp(queues.connection, () =>
          queues.calls[lane].getJobCounts(...JOB_STATES),
        ).catch(() => null);
        if (!counts) continue;
        for (const state of JOB_STATES) this.set({ lane, state }, counts[state] ?? 0);
      }
    },
  });

  const observeResult = (result: unknown): void => {
    const { counts, timings } = (result ?? {}) as {
      counts?: Record<string, unknown>;
      timings?: Record<string, unknown>;
    };
    for (const [type, n] of Object.entries(counts ?? {}))
      if (typeof n === 'number' && n > 0) entities.inc({ type }, n);
    for (const [stage, ms] of Object.entries(timings ?? {})) {
      if (typeof ms === 'number') stageDuration.observe({ stage }, ms / 1000);
    }
  };

  const middleware: RequestHandler = (req, res, next) => {
    const end = requestDuration.startTimer();
    res.on('finish', () => {
      // route pattern, not the URL: ids must not explode label cardinality
      const route = (req.route as { path?: string } | undefined)?.path;
      end({
        method: req.method,
        route: route ? `${req.baseUrl}${route}` : 'unmatched',
        status: String(res.statusCode),
      });
    });
    next();
  };

  return { registry, requestDuration, stageDuration, entities, observeResult, middleware };
}
