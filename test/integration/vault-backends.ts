/**
 * Both database backends for the vault tests: a temp SQLite file, and a Postgres schema of its
 * own per test (dropped afterwards), so test files can run in parallel against one server.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type Database, type DbBackend, openDatabase } from '../../src/db/database.js';

export const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const BACKENDS: DbBackend[] = ['sqlite', 'postgres'];
export const VAULT_TABLES = [
  'vault_master_keys',
  'vault_tenant_keys',
  'vault_entries',
  'vault_occurrences',
  'vault_audit',
] as const;

export interface TestDb {
  backend: DbBackend;
  /** SQLite file (sqlite only) */
  file?: string;
  /** another connection to the same database (a second process, as far as the vault can tell) */
  open(): Promise<Database>;
  /** raw SQL as a database administrator would type it, on a connection of its own */
  admin(sql: string): Promise<void>;
  /** every row of every vault table, as text */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

export async function createTestDb(backend: DbBackend): Promise<TestDb> {
  const opened: Database[] = [];
  const track = async (db: Promise<Database>) => {
    const d = await db;
    opened.push(d);
    return d;
  };
  if (backend === 'sqlite') {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-vault-'));
    const file = path.join(dir, 'vault.sqlite');
    const open = () => track(openDatabase({ sqlitePath: file }));
    return {
      backend,
      file,
      open,
      admin: async (statement) => {
        const raw = new SQLite(file);
        try {
          raw.exec(statement);
        } finally {
          raw.close();
        }
      },
      dump: async () => {
        const d = await openDatabase({ sqlitePath: file });
        try {
          const parts: string[] = [];
          for (const t of VAULT_TABLES) {
            parts.push(JSON.stringify(await d.db.selectFrom(t).selectAll().execute()));
          }
          return parts.join('\n');
        } finally {
          await d.close();
        }
      },
      cleanup: async () => {
        await Promise.all(opened.map((d) => d.close()));
        await fs.rm(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `vault_test_${randomBytes(6).toString('hex')}`;
  const withClient = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    backend,
    open: () => track(openDatabase({ databaseUrl: PG_URL, schema })),
    admin: (statement) => withClient(async (c) => void (await c.query(statement))),
    dump: () =>
      withClient(async (c) => {
        const parts: string[] = [];
        for (const t of VAULT_TABLES) parts.push(JSON.stringify((await c.query(`SELECT * FROM ${t}`)).rows));
        return parts.join('\n');
      }),
    cleanup: async () => {
      await Promise.all(opened.map((d) => d.close()));
      await withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

export const testKey = (): Buffer => randomBytes(32);
export const DPO = { id: 'dana', role: 'dpo' };
export const ANALYST = { id: 'alex', role: 'analyst' };
