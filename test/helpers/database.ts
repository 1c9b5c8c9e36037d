/**
 * Databases for tests: an in-memory SQLite, or a PostgreSQL schema of its own (dropped once the run is over),
 * so test files can run in parallel against one server.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DbBackend } from '../../src/db/database.js';
import { dropSchemaLater } from './schema-drops.js';

export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const BACKENDS: DbBackend[] = ['sqlite', 'postgres'];

/** A fresh schema name on the test server. */
export const testSchema = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** Runs `fn` on a connection of its own to the test server, with `schema` first on the search path. */
export async function withPgClient<T>(schema: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops the schema when the test run ends (test/helpers/schema-drops.ts says why not at once). */
export async function dropSchema(schema: string): Promise<void> {
  await dropSchemaLater(PG_URL, schema);
}

/** A migrated database on `backend`; close() closes it and drops its schema. */
export async function openTestDatabase(backend: DbBackend, prefix = 'cr_test'): Promise<Database> {
  if (backend === 'sqlite') return openDatabase({ sqlitePath: ':memory:' });
  const schema = testSchema(prefix);
  const database = await openDatabase({ databaseUrl: PG_URL, schema });
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropSchema(schema);
    },
  };
}
