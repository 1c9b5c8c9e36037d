/**
 * Issue 13.11: several processes migrating one fresh database at the same moment (`docker compose
 * up` starts the API and the workers together). Each of N processes opens the database through
 * the built `openDatabase`; all must succeed and the schema must hold each migration once.
 * SQLite runs 4 rounds: switching a fresh file to WAL failed with SQLITE_BUSY in about 1 round of
 * 7 with 8 processes (busy_timeout does not cover it), once in CI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { PG_URL, dropSchema, testSchema, withPgClient } from '../helpers/database.js';

const PROCESSES = 6;
const DATABASE_MODULE = pathToFileURL(path.join(REPO_ROOT, 'dist/src/db/database.js')).href;

interface Outcome {
  code: number | null;
  stderr: string;
}

/** One process: waits for `startAt` (so all N migrate together), opens the database, closes it. */
function migrator(options: Record<string, string>, startAt: number): Promise<Outcome> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(DATABASE_MODULE)});
    await new Promise((r) => setTimeout(r, Math.max(0, ${startAt} - Date.now())));
    try {
      const database = await openDatabase(${JSON.stringify(options)});
      await database.close();
    } catch (error) {
      console.error(error.message);
      process.exit(3);
    }`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** N migrators together; node's start-up takes a while under load, so they meet at a set time. */
async function migrateTogether(options: Record<string, string>): Promise<Outcome[]> {
  const startAt = Date.now() + 4000;
  return Promise.all(Array.from({ length: PROCESSES }, () => migrator(options, startAt)));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'cr-migrate-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  for (const schema of schemas) await dropSchema(schema);
});

describe('concurrent first start', () => {
  it(`${PROCESSES} processes migrate one fresh SQLite file together`, async () => {
    for (let round = 0; round < 4; round++) {
      const file = path.join(tmp, `fresh-${round}.db`);
      const outcomes = await migrateTogether({ sqlitePath: file });
      expect(outcomes.map((o) => o.stderr.trim())).toEqual(outcomes.map(() => ''));
      expect(outcomes.map((o) => o.code)).toEqual(outcomes.map(() => 0));
      const sqlite = new SQLite(file, { readonly: true });
      try {
        const rows = sqlite.prepare('select name from kysely_migration order by name').all() as {
          name: string;
        }[];
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      } finally {
        sqlite.close();
      }
    }
  });

  it(`${PROCESSES} processes migrate one fresh PostgreSQL schema together`, async () => {
    for (let round = 0; round < 2; round++) {
      const schema = testSchema('cr_migrate');
      schemas.push(schema);
      const outcomes = await migrateTogether({ databaseUrl: PG_URL, schema });
      expect(outcomes.map((o) => o.stderr.trim())).toEqual(outcomes.map(() => ''));
      expect(outcomes.map((o) => o.code)).toEqual(outcomes.map(() => 0));
      const names = await withPgClient(schema, async (client) => {
        const result = await client.query<{ name: string }>(`select name from ${schema}.kysely_migration`);
        return result.rows.map((r) => r.name);
      });
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
