/**
 * Liveness (/healthz: the process answers) and readiness (/readyz: Redis answers and will not
 * evict queue keys, the store (folder or bucket) accepts writes, the database answers).
 */
import { Router } from 'express';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { whileRedisUp, type Queues } from '../../queue/producer.js';
import type { ObjectStore } from '../../storage/store.js';
import { readinessSchema } from '../schemas.js';

export interface HealthDeps {
  db: Db;
  queues: Queues;
  store: ObjectStore;
}

type Check = () => Promise<string | null>;

export function healthRouter(deps: HealthDeps): Router {
  const router = Router();
  const redis = deps.queues.connection;
  const checks: Record<string, Check> = {
    redis: async () =>
      (await whileRedisUp(redis, () => redis.ping())) === 'PONG' ? null : 'unexpected answer',
    redis_eviction_policy: async () => {
      // BullMQ loses jobs silently when Redis evicts keys; only noeviction is safe.
      const answer = (await whileRedisUp(redis, () => redis.config('GET', 'maxmemory-policy'))) as string[];
      const policy = answer[1] ?? 'unknown';
      return policy === 'noeviction' ? null : `maxmemory-policy is ${policy}, must be noeviction`;
    },
    storage: async () => {
      await deps.store.probe();
      return null;
    },
    database: async () => {
      await sql`select 1`.execute(deps.db);
      return null;
    },
  };

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        const problem = await check().catch((err: unknown) => `unavailable (${errorCode(err)})`);
        return [name, problem ?? 'ok'] as const;
      }),
    );
    const ready = results.every(([, r]) => r === 'ok');
    res
      .status(ready ? 200 : 503)
      .json(
        readinessSchema.parse({ status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(results) }),
      );
  });

  return router;
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown };
  return typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : 'error';
}
