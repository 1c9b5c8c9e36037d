/**
 * Issue 13, database unavailable: the API (in-process) and a worker process reach PostgreSQL (a
 * database of the test's own) through a TCP relay that the test cuts and restores, as when the
 * database host restarts or the network drops:
 * - while the database is away, requests get a clear 503, the processes stay up, and no upload
 *   bytes remain;
 * - a call whose worker loses the database mid-job is retried and completes once it is back;
 * - everything completes exactly once afterwards and the service keeps serving.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { expectEachCompletedOnce, leftovers, TcpRelay, settledCall } from '../helpers/chaos.js';
import { PG_URL } from '../helpers/database.js';

const dbName = `cr_faults_${randomBytes(5).toString('hex')}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('database unavailable', () => {
  let h: Harness;
  let relay: TcpRelay;
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const target = new URL(PG_URL);
    relay = await TcpRelay.create({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(PG_URL);
    url.host = `127.0.0.1:${relay.port}`;
    url.pathname = `/${dbName}`;
    h = await startHarness({ DATABASE_URL: url.toString(), MAX_UPLOAD_BYTES: String(16 * 1024 * 1024) });
  });
  afterAll(async () => {
    await relay?.up().catch(() => undefined);
    await h?.close();
    await relay?.down();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  it('answers 503 while the database is away, loses no call, and recovers', async () => {
    const worker = h.spawnWorker();
    const first = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 1));
    expect(first.status).toBe(202);
    const firstId = first.body.id as string;
    expect((await settledCall(h.base, h.keys.uploader, firstId)).state).toBe('completed');

    // a long call; the database goes away while the worker is on it
    const long = await upload(
      h.base,
      h.keys.uploader,
      await makeFixture(path.join(h.dir, 'fixtures'), 2, 600),
    );
    expect(long.status).toBe(202);
    const longId = long.body.id as string;
    await waitFor(
      'the long call to start',
      async () =>
        (await getJson(h.base, h.keys.uploader, `/v1/calls/${longId}`)).body.state === 'active'
          ? true
          : undefined,
      240_000,
    );
    await relay.down();

    const during = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 3));
    console.log(`upload while the database is away: ${during.status} ${JSON.stringify(during.body)}`);
    expect(during.status).toBe(503);
    expect((during.body.error as { code: string }).code).toBe('UNAVAILABLE');
    const status = await getJson(h.base, h.keys.uploader, `/v1/calls/${firstId}`);
    expect(status.status).toBe(503);
    expect((await getJson(h.base, null, '/readyz')).status).toBe(503);
    expect(JSON.stringify([during.body, status.body])).not.toMatch(/127\.0\.0\.1|postgres|ECONN|\/tmp\//);
    // the refused upload left no bytes (the long call's staging folder is still in use)
    expect(await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', '.incoming'))).toEqual([]);
    // let the worker run into the outage, then bring the database back
    await new Promise((r) => setTimeout(r, 5_000));
    expect(worker.exitCode).toBeNull();
    await relay.up();

    await waitFor(
      'readiness',
      async () => ((await getJson(h.base, null, '/readyz')).status === 200 ? true : undefined),
      30_000,
    );
    const again = await upload(h.base, h.keys.uploader, await makeFixture(path.join(h.dir, 'fixtures'), 3));
    expect(again.status).toBe(202);
    const ids = [firstId, longId, again.body.id as string];
    await expectEachCompletedOnce(h, ids);
    expect(await leftovers(h.config.STORAGE_DIR)).toEqual([]);
    expect(worker.exitCode).toBeNull();
  }, 400_000);
});
