/**
 * One query layer (kysely) over two backends: an embedded SQLite file by default, PostgreSQL when
 * DATABASE_URL is set (many workers on many machines share it). Modules declare their tables in
 * `Tables` (see schema.ts) and their DDL as migrations (migrations/).
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
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
    // A pooled connection that the server or the network drops emits 'error' (on the pool when
    // idle); unheard, that event would kill the process. pg discards the broken connection and the next
    // query opens a new one (or fails, and its caller answers 503 / retries the job).
    pool.on('error', () => undefined);
    // the same for a connection checked out between two queries (a transaction, kysely's acquire):
    // its error event has no listener of the pool's then; the query in flight fails on its own
    pool.on('connect', (client) => client.on('error', () => undefined));
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  } else {
    backend = 'sqlite';
    const file = options.sqlitePath ?? ':memory:';
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SQLite(file);
    sqlite.pragma('busy_timeout = 5000');
    try {
      await retryWhileBusy(() => void sqlite.pragma('journal_mode = WAL'));
    } catch (error) {
      sqlite.close();
      throw error;
    }
    sqlite.pragma('foreign_keys = ON');
    // deleted rows are overwritten, not left in free pages: vault erasure must really erase
    sqlite.pragma('secure_delete = ON');
    db = new Kysely<Tables>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  }
  try {
    if (backend === 'postgres') await migratePostgres(db, options.schema);
    else await migrateSqlite(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, backend, close: () => db.destroy() };
}

/** How long a process waits for another one's migration before it gives up (and says so). */
const MIGRATION_WAIT_MS = 120_000;

function migrator(db: Db, schema?: string): Migrator {
  // kysely looks for its migration table in ANY schema unless told which one: without this, a
  // second schema on the same server would skip creating its own table and fail
  return new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

function migrationFailed(reason: string, cause: unknown): UnavailableError {
  const detail = cause instanceof Error ? `: ${cause.message.slice(0, 300)}` : '';
  return new UnavailableError(`database migration failed (${reason})${detail}`, { cause });
}

/**
 * PostgreSQL: API and workers started together (docker compose up) all migrate one database. The
 * schema creation and kysely's own bookkeeping tables race outside kysely's lock, so the whole
 * migration runs under a session advisory lock of our own, keyed by the schema; the others wait
 * for it and then find nothing left to do.
 */
async function migratePostgres(db: Db, schema = 'public'): Promise<void> {
  await db.connection().execute(async (conn) => {
    try {
      await sql`select set_config('lock_timeout', ${`${MIGRATION_WAIT_MS}ms`}, false)`.execute(conn);
      await sql`select pg_advisory_lock(hashtext('callredact.migrate'), hashtext(${schema}))`.execute(conn);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw code === '55P03'
        ? migrationFailed(
            `another process held the migration lock for more than ${MIGRATION_WAIT_MS / 1000} s`,
            error,
          )
        : migrationFailed('database unreachable or refused the migration lock', error);
    }
    try {
      await sql`select set_config('lock_timeout', '0', false)`.execute(conn);
      if (schema !== 'public') await sql`create schema if not exists ${sql.id(schema)}`.execute(conn);
      const { error } = await migrator(db, schema).migrateToLatest();
      if (error) throw migrationFailed('a migration step failed', error);
    } finally {
      await sql`select pg_advisory_unlock(hashtext('callredact.migrate'), hashtext(${schema}))`.execute(conn);
    }
  });
}

/** SQLite errors that mean "another process holds the file", worth waiting out. */
function isBusy(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
    if (typeof code === 'string' && code.startsWith('SQLITE_LOCKED')) return true;
  }
  return false;
}

/**
 * Runs a step on the SQLite file until it stops answering "busy" (another process holds the file),
 * at most MIGRATION_WAIT_MS. Busy errors past busy_timeout come from a slow first migration under
 * load, and from switching a fresh file to WAL: SQLite answers SQLITE_BUSY at once, without
 * waiting on busy_timeout, when waiting could deadlock (several processes opening one new file).
 */
async function retryWhileBusy(step: () => Promise<void> | void): Promise<void> {
  const deadline = Date.now() + MIGRATION_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() > deadline) {
        throw migrationFailed(
          `the database file stayed locked by another process for more than ${MIGRATION_WAIT_MS / 1000} s`,
          error,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 1000)));
    }
  }
}

/**
 * SQLite: kysely takes no lock across processes here (its SQLite adapter assumes one connection),
 * so two processes on a fresh file both created the same tables. The migration runs in one
 * immediate transaction (ImmediateSqliteDialect marks DDL transactional): the first process takes
 * the write lock, the others queue on busy_timeout and then find the migrations recorded.
 */
async function migrateSqlite(db: Db): Promise<void> {
  await retryWhileBusy(async () => {
    const { error } = await migrator(db).migrateToLatest();
    if (!error) return;
    throw isBusy(error) ? error : migrationFailed('a migration step failed', error);
  });
}
