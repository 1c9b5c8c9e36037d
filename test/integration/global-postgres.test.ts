/**
 * The test runs' PostgreSQL fallback (test/global-postgres.ts): with nothing answering at
 * DATABASE_URL it starts an embedded server, points DATABASE_URL at it, and on teardown stops it
 * and deletes its data directory.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import startPostgresIfNeeded from '../global-postgres.js';
import { freePort } from '../helpers/free-port.js';

const dataDirs = async (): Promise<string[]> =>
  (await readdir(tmpdir())).filter((name) => name.startsWith(`callredact-test-pg-${process.pid}-`));

describe('embedded PostgreSQL fallback of the test runs', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    // (assigning undefined to process.env would store the string "undefined")
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it('starts a server when none answers, serves the test database, and removes it afterwards', async () => {
    const dead = `postgres://postgres@127.0.0.1:${await freePort()}/test`;
    process.env.DATABASE_URL = dead;
    const teardown = await startPostgresIfNeeded();
    expect(teardown).toBeTypeOf('function');
    const url = process.env.DATABASE_URL;
    expect(url).not.toBe(dead);
    expect(await dataDirs()).toHaveLength(1);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.end();
    expect(rows[0]?.db).toBe('test');

    await teardown!();
    expect(await dataDirs()).toEqual([]);
    const after = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    after.on('error', () => undefined);
    await expect(after.connect()).rejects.toThrow();
  });

  it('starts nothing when a server answers', async () => {
    // the run's own server (system or embedded by this run's global setup) answers here
    const teardown = await startPostgresIfNeeded();
    await teardown?.();
    expect(teardown).toBeUndefined();
    expect(process.env.DATABASE_URL).toBe(saved);
  });
});
