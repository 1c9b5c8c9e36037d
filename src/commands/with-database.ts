import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';

/** Runs `fn` with the configured database (DATABASE_URL or SQLITE_PATH), closed afterwards. */
export async function withDatabase<T>(fn: (db: Database['db']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}
