/**
 * One query layer (kysely) over two backends: an embedded SQLite file by default, PostgreSQL when
 * DATABASE_URL is set (many workers on many machines share it). Modules declare their tables in
 * `Tables` (see schema.ts) and their DDL as migrations (migrations/).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { UnavailableError, ConfigError } from '../errors.js';
import type { Tables } from './schema.js';
import { migrationProvider } from './migrations/index.js';
import { ImmediateSqliteDialect } from './sqlite-dialect.js';

export type Db = Kysely<Tables>;
export type DbBackend = 'sqlite' | 'postgres';

export interface DbOptions {
  /** postgres://... ; when absent, sqlitePath is used */
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  /** postgres schema to use (tests isolate themselves with a schema each) */
  schema?: string;
}

export interface Database {
  db: Db;
  backend: DbBackend;
  close(): Promise<void>;
}

/**
 * One SQLite connection per file per process, shared by everyone who opens it (the sandbox's
 * ledger and its vault, the API's keys and vault): two connections of one process on one file
 * deadlock, because better-sqlite3 waits for a lock synchronously (busy_timeout) and so blocks the
 * event loop that would let the other connection finish its transaction and release it.
 */
const sharedSqlite = new Map<string, { opening: Promise<Database>; refs: number }>();

export async function openDatabase(options: DbOptions): Promise<Database> {
  const file = options.sqlitePath ?? ':memory:';
  if (options.databaseUrl || file === ':memory:') return openNewDatabase(options);
  const key = path.resolve(file);
  let entry = sharedSqlite.get(key);
  if (!entry) {
    const opening = openNewDatabase(options);
    entry = { opening, refs: 0 };
    sharedSqlite.set(key, entry);
    opening.catch(() => sharedSqlite.delete(key));
  }
  const shared = entry;
  const database = await shared.opening;
  shared.refs++;
  let closed = false;
  return {
    db: database.db,
    backend: database.backend,
    close: async () => {
      if (closed) return;
      closed = true;
      if (--shared.refs > 0) return;
      sharedSqlite.delete(key);
      await database.close();
    },
  };
}

async function openNewDatabase(options: DbOptions): Promise<Database> {
  let db: Db;
  let backend: DbBackend;
  if (options.databaseUrl) {
    backend = 'postgres';
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new ConfigError('invalid database schema name');
    // search_path as a startup parameter: set before the first query of every pooled connection
    // (a 'connect' handler issuing SET races with the first query and leaves rejections unhandled)
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    if (schema) {
      const client = await pool.connect().catch(async (err: unknown) => {
        await pool.end();
        throw new UnavailableError('database unreachable', { cause: err });
      });
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        client.release();
      }
    }
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  } else {
    backend = 'sqlite';
    const file = options.sqlitePath ?? ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // deleted rows are overwritten, not left in free pages: vault erasure must really erase
    sqlite.pragma('secure_delete = ON');
    db = new Kysely<Tables>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  }
  // kysely looks for its migration table in ANY schema unless told which one: without this, a
  // second schema on the same server would skip creating its own table and fail
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(backend === 'postgres' ? { migrationTableSchema: options.schema ?? 'public' } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new UnavailableError('database migration failed', { cause: error });
  }
  return { db, backend, close: () => db.destroy() };
}
