/**
 * Redis connections. The producer (API) fails fast: no offline queue, short connect timeout, one
 * try per command, so an upload gets a 503 in milliseconds instead of hanging while Redis is away.
 * Workers block on Redis and must wait through outages: BullMQ requires maxRetriesPerRequest:null.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export function createProducerConnection(url: string, logger: Logger): Redis {
  return withErrorLog(
    new Redis(url, {
      enableOfflineQueue: false,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
      // keep reconnecting in the background, at most every 2 s
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    }),
    logger,
    'producer',
  );
}

export function createWorkerConnection(url: string, logger: Logger, extra: RedisOptions = {}): Redis {
  return withErrorLog(new Redis(url, { maxRetriesPerRequest: null, ...extra }), logger, 'worker');
}

/** ioredis emits 'error' on every failed reconnect; without a listener Node would crash. Log once per outage. */
function withErrorLog(redis: Redis, logger: Logger, role: string): Redis {
  let down = false;
  redis.on('error', (err: NodeJS.ErrnoException) => {
    if (down) return;
    down = true;
    logger.warn({ role, code: err.code }, 'redis connection error');
  });
  redis.on('ready', () => {
    if (down) logger.info({ role }, 'redis connection restored');
    down = false;
  });
  return redis;
}
