/**
 * Redis outage: a dedicated redis-server on its own port is stopped; uploads get a fast 503 (the
 * call is stored and recorded), and once Redis is back the reconciler enqueues the call and a
 * worker completes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getJson,
  makeFixture,
  startHarness,
  upload,
  waitFor,
  waitForCall,
  type Harness,
} from '../helpers/api-harness.js';
import { freePort } from '../helpers/free-port.js';

function startRedis(port: number, dir: string): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
}

async function redisUp(port: number): Promise<void> {
  await waitFor('redis-server', async () => {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    return ok ? true : undefined;
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('API during a Redis outage', () => {
  let h: Harness;
  let redis: ChildProcess;
  let port: number;
  let redisDir: string;

  beforeAll(async () => {
    port = await freePort();
    redisDir = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'cr-redis-'));
    redis = startRedis(port, redisDir);
    await redisUp(port);
    h = await startHarness({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await h?.close();
    if (redis) await stop(redis);
    await fs.rm(redisDir, { recursive: true, force: true });
  });

  it('answers 503 while Redis is down and processes the stored call once it is back', async () => {
    h.spawnWorker();
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'));
    await stop(redis);
    await waitFor('readiness to notice the outage', async () =>
      (await getJson(h.base, null, '/readyz')).status === 503 ? true : undefined,
    );

    const started = performance.now();
    const res = await upload(h.base, h.keys.uploader, fixture);
    const elapsedMs = Math.round(performance.now() - started);
    console.log(`upload while Redis is down answered ${res.status} in ${elapsedMs} ms`);
    expect(res.status).toBe(503);
    const error = res.body.error as { code: string; details: { id: string } };
    expect(error.code).toBe('UNAVAILABLE');
    const id = error.details.id;
    expect((await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`)).body.state).toBe('queued');
    const row = await h.database.db
      .selectFrom('calls')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('received');

    redis = startRedis(port, redisDir);
    await redisUp(port);
    const done = await waitForCall(h.base, h.keys.uploader, id);
    expect(done.state).toBe('completed');
    expect((done.counts as Record<string, number>).PERSON).toBeGreaterThanOrEqual(1);
    expect(
      (
        await fetch(`${h.base}/v1/calls/${id}/transcript`, {
          headers: { authorization: `Bearer ${h.keys.reviewer}` },
        })
      ).status,
    ).toBe(200);
  });
});
