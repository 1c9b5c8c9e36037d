/**
 * vitest global setup: the queue tests need Redis at REDIS_URL (default redis://127.0.0.1:6379).
 * When none answers there and `redis-server` is installed, one is started on a free loopback port
 * for this run (no persistence) and REDIS_URL points the tests at it; without redis-server the
 * message names the install command. Test workers start after this and inherit REDIS_URL.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { freePort } from './helpers/free-port.js';

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export default async function startRedisIfNeeded(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await answers(url)) return undefined;
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.warn(
      `callredact tests: no Redis answers at ${url} and redis-server is not installed; the queue tests ` +
        'will fail. Install it (Debian/Ubuntu: sudo apt-get install -y redis-server) or set REDIS_URL.',
    );
    return undefined;
  }
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const started = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !(await answers(started)); i++) await new Promise((r) => setTimeout(r, 100));
  process.env.REDIS_URL = started;
  console.log(`callredact tests: started redis-server on 127.0.0.1:${port} for this run`);
  return async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  };
}
