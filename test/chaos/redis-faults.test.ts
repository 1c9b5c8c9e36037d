/**
 * Issue 13, Redis faults against the real API (in-process) and worker processes, each on a
 * redis-server of the test's own:
 * - restarted (SIGKILL, AOF with appendfsync always) in the middle of a run of calls;
 * - down when the API starts (the API starts, answers 503 on queue routes, and catches up);
 * - out of memory (maxmemory + noeviction): uploads get 503, nothing half recorded, recovery.
 * Each case: every call completes exactly once, whole, and no temp file is left.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { assertWholeOrNothing, completionsById, leftovers, OwnRedis, settledCall } from '../helpers/chaos.js';

let h: Harness | undefined;
let redis: OwnRedis | undefined;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  await redis?.dispose();
  h = undefined;
  redis = undefined;
});

/** Every call completed, each by exactly one job completion, its output whole; no leftovers. */
async function assertAllOnce(harness: Harness, ids: string[]): Promise<void> {
  for (const id of ids) {
    const done = await settledCall(harness.base, harness.keys.uploader, id);
    expect(done.state, id).toBe('completed');
  }
  // the completion log line comes just after the ledger row
  await waitFor(
    'completion logs',
    async () => (ids.every((id) => completionsById(harness.workerLogs).has(id)) ? true : undefined),
    10_000,
  );
  const counts = completionsById(harness.workerLogs);
  for (const id of ids) {
    expect(counts.get(id), `completions of ${id}`).toBe(1);
    expect(await assertWholeOrNothing(harness.config.STORAGE_DIR, id)).toBe('whole');
  }
  const rows = await harness.database.db.selectFrom('calls').select(['id', 'state']).execute();
  expect(rows.filter((r) => r.state !== 'completed')).toEqual([]);
  expect(await leftovers(harness.config.STORAGE_DIR)).toEqual([]);
}

/** A multipart upload whose body stops halfway until `gate` resolves (fetch with a stream body). */
async function streamedUpload(
  harness: Harness,
  fixture: { audio: Buffer; transcript: Buffer },
  gate: Promise<void>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const boundary = `chaos${Date.now()}`;
  const part = (name: string, file: string, type: string, data: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${file}"\r\n` +
          `content-type: ${type}\r\n\r\n`,
      ),
      data,
      Buffer.from('\r\n'),
    ]);
  const body = Buffer.concat([
    part('audio', 'call.wav', 'audio/wav', fixture.audio),
    part('transcript', 'call.json', 'application/json', fixture.transcript),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const half = Math.floor(fixture.audio.length / 2);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(body.subarray(0, half));
      await gate;
      controller.enqueue(body.subarray(half));
      controller.close();
    },
  });
  const res = await fetch(`${harness.base}/v1/calls`, {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: {
      authorization: `Bearer ${harness.keys.uploader}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('Redis faults', () => {
  it('Redis SIGKILLed and restarted (AOF) mid-run: every call completes once', async () => {
    redis = await OwnRedis.create(['--save', '', '--appendonly', 'yes', '--appendfsync', 'always']);
    await redis.start();
    h = await startHarness({ REDIS_URL: redis.url });
    const fixtures = await Promise.all(
      [0, 1, 2, 3].map((v) => makeFixture(path.join(h!.dir, 'fixtures'), v, 150)),
    );
    const ids: string[] = [];
    for (const f of fixtures) {
      const res = await upload(h.base, h.keys.uploader, f);
      expect(res.status).toBe(202);
      ids.push(res.body.id as string);
    }
    h.spawnWorker();
    // kill Redis while the run is under way: after the first completion, before the last
    await waitFor(
      'a first completion',
      async () => (completionsById(h!.workerLogs).size > 0 ? true : undefined),
      240_000,
    );
    expect(completionsById(h.workerLogs).size).toBeLessThan(ids.length);
    // an upload under way when Redis dies: half its body sent, then Redis killed, then the rest
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const midRequest = streamedUpload(h, await makeFixture(path.join(h.dir, 'fixtures'), 9), gate);
    await waitFor('the upload to be streaming', async () =>
      (await fs.readdir(path.join(h!.config.STORAGE_DIR, 'raw', '.incoming')).catch(() => [])).length > 0
        ? true
        : undefined,
    );
    await redis.kill('SIGKILL');
    release();
    // stored, recorded, answered 503 with its id
    const during = await midRequest;
    expect(during.status).toBe(503);
    ids.push((during.body.error as { details: { id: string } }).details.id);
    await redis.start();
    await assertAllOnce(h, ids);
  }, 300_000);

  it('Redis down when the API starts: 503 on queue routes, then catches up', async () => {
    redis = await OwnRedis.create();
    h = await startHarness({ REDIS_URL: redis.url });
    const health = await getJson(h.base, null, '/readyz');
    expect(health.status).toBe(503);
    const res = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 1));
    expect(res.status).toBe(503);
    const error = res.body.error as { code: string; message: string; details: { id: string } };
    expect(error.code).toBe('UNAVAILABLE');
    const id = error.details.id;
    // routes that need only the database keep answering
    expect((await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`)).body.state).toBe('queued');
    await redis.start();
    h.spawnWorker();
    await waitFor(
      'readiness',
      async () => ((await getJson(h!.base, null, '/readyz')).status === 200 ? true : undefined),
      20_000,
    );
    const next = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 2));
    expect(next.status).toBe(202);
    await assertAllOnce(h, [id, next.body.id as string]);
  }, 300_000);

  it('Redis out of memory (noeviction): 503 on upload, nothing half recorded, recovers', async () => {
    redis = await OwnRedis.create(['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction']);
    await redis.start();
    h = await startHarness({ REDIS_URL: redis.url });
    h.spawnWorker();
    const first = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 1));
    expect(first.status).toBe(202);
    await settledCall(h.base, h.keys.uploader, first.body.id as string);

    // fill Redis with 2 MB, then set its limit 1 MB below what it uses: every write is refused
    const admin = new Redis(redis.url);
    const filler = 'x'.repeat(16 * 1024);
    for (let n = 0; n < 128; n++) await admin.set(`filler:${n}`, filler);
    const used = Number(/used_memory:(\d+)/.exec(await admin.info('memory'))![1]);
    await admin.config('SET', 'maxmemory', String(used - 1024 * 1024));
    await expect(admin.set('probe', '1')).rejects.toThrow(/OOM/);
    const res = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 2));
    expect(res.status).toBe(503);
    const error = res.body.error as { code: string; message: string; details: { id: string } };
    expect(error.code).toBe('UNAVAILABLE');
    const id = error.details.id;
    // recorded once, as received (not queued), its raw files whole; nothing else
    const rows = await h.database.db
      .selectFrom('calls')
      .select(['id', 'state'])
      .where('id', '=', id)
      .execute();
    expect(rows).toEqual([{ id, state: 'received' }]);
    expect(await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', id))).toEqual(
      expect.arrayContaining(['audio', 'transcript', 'policy.json']),
    );
    // the service keeps serving reads meanwhile
    expect((await getJson(h.base, h.keys.uploader, `/v1/calls/${first.body.id as string}`)).status).toBe(200);

    // memory freed: the reconciler enqueues the stored call and the worker completes it
    const keys = await admin.keys('filler:*');
    for (let i = 0; i < keys.length; i += 500) await admin.del(...keys.slice(i, i + 500));
    await admin.config('SET', 'maxmemory', '0');
    admin.disconnect();
    await assertAllOnce(h, [first.body.id as string, id]);
  }, 300_000);
});
