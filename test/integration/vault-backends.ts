/**
 * Both database backends for the vault tests: a temp SQLite file, and a Postgres schema of its
 * own per test (dropped afterwards), so test files can run in parallel against one server.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Database, type DbBackend, openDatabase } from '../../src/db/database.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { dropSchema, PG_URL, testSchema, withPgClient } from '../helpers/database.js';

export { BACKENDS } from '../helpers/database.js';
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
  const schema = testSchema('vault_test');
  const withClient = <T>(fn: Parameters<typeof withPgClient<T>>[1]): Promise<T> => withPgClient(schema, fn);
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
      await dropSchema(schema);
    },
  };
}

export const testKey = (): Buffer => randomBytes(32);

/** A fresh test database of `backend`, a connection to it and a vault under a new master key. */
export async function openTestVault(
  backend: DbBackend,
): Promise<{ t: TestDb; database: Database; masterKey: Buffer; vault: Vault }> {
  const t = await createTestDb(backend);
  const database = await t.open();
  const masterKey = testKey();
  return { t, database, masterKey, vault: await openVault({ db: database.db, masterKey }) };
}
export const DPO = { id: 'dana', role: 'dpo' };
export const ANALYST = { id: 'alex', role: 'analyst' };
