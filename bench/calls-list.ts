/**
 * The console's calls list at 100,000 calls: time of the first page and of a deep page (the last
 * 200 calls, reached by cursor), and the plan of the deep page, on SQLite and PostgreSQL, for the
 * cursor as a row-value comparison (src/calls/listing.ts) and, for comparison, as the OR of
 * comparisons it replaced.
 *
 *   npm run bench:calls-list      (Postgres at DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CompiledQuery, type Compilable } from 'kysely';
import pg from 'pg';
import { encodeCursor, pageQuery } from '../src/calls/listing.js';
import type { CallRow } from '../src/calls/ledger.js';
import { type Database, type Db, openDatabase } from '../src/db/database.js';

const CALLS = 100_000;
const LIMIT = 200;
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const idOf = (i: number): string => i.toString(16).padStart(32, '0');
// one call a minute, 20 calls sharing each minute: ties everywhere
const createdAtOf = (i: number): string =>
  new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 20) * 60_000).toISOString();

async function seed(db: Db): Promise<void> {
  for (let k = 0; k < CALLS * 2; k += 1_000) {
    await db
      .insertInto('calls')
      .values(
        Array.from({ length: 1_000 }, (_, j) => {
          const i = k + j;
          return {
            id: idOf(i),
            // two tenants, interleaved
            tenant: i % 2 === 0 ? 'acme' : 'globex',
            owner_key_id: 'key_a',
            lane: 'interactive',
            state: 'completed',
            stage: null,
            percent: null,
            audio_key: `raw/${idOf(i)}/audio`,
            transcript_key: `raw/${idOf(i)}/transcript`,
            policy_key: `raw/${idOf(i)}/policy`,
            output_key: `outputs/${idOf(i)}`,
            callback_url: null,
            counts: null,
            timings: null,
            failure_code: null,
            failure_message: null,
            created_at: createdAtOf(i),
            updated_at: createdAtOf(i),
          };
        }),
      )
      .execute();
  }
}

/** The cursor as it was before: an OR of comparisons. */
function orQuery(db: Db, cursor: { createdAt: string; id: string }) {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('tenant', '=', 'acme')
    .where((eb) =>
      eb.or([
        eb('created_at', '<', cursor.createdAt),
        eb.and([eb('created_at', '=', cursor.createdAt), eb('id', '<', cursor.id)]),
      ]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(LIMIT + 1);
}

async function timed(query: Compilable<CallRow> & { execute(): Promise<CallRow[]> }): Promise<number> {
  await query.execute(); // warm
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    await query.execute();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

async function plan(database: Database, query: Compilable<CallRow>): Promise<string> {
  const c = query.compile();
  const explain = database.backend === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
  const rows = (await database.db.executeQuery(CompiledQuery.raw(`${explain} ${c.sql}`, [...c.parameters])))
    .rows as Record<string, string>[];
  return rows.map((r) => `    ${r.detail ?? r['QUERY PLAN']}`).join('\n');
}

async function run(label: string, database: Database): Promise<void> {
  const t0 = performance.now();
  await seed(database.db);
  if (database.backend === 'postgres') await database.db.executeQuery(CompiledQuery.raw('ANALYZE calls'));
  console.log(
    `${label}: ${CALLS * 2} calls (${CALLS} of the listed tenant) in ${Math.round(performance.now() - t0)} ms`,
  );
  const first = pageQuery(database.db, { tenant: 'acme', limit: LIMIT });
  console.log(`  first page                ${(await timed(first)).toFixed(2)} ms`);
  // a page in the middle (50,000 calls down) and the last one (the 200 oldest calls of the tenant)
  for (const [name, i] of [
    ['middle', CALLS],
    ['last', (LIMIT + 1) * 2],
  ] as const) {
    const at = { created_at: createdAtOf(i), id: idOf(i) };
    const rowValue = pageQuery(database.db, { tenant: 'acme', limit: LIMIT, cursor: encodeCursor(at) });
    const old = orQuery(database.db, { createdAt: at.created_at, id: at.id });
    console.log(`  ${name} page, row value  ${(await timed(rowValue)).toFixed(2)} ms`);
    console.log(await plan(database, rowValue));
    console.log(`  ${name} page, OR (before) ${(await timed(old)).toFixed(2)} ms`);
    console.log(await plan(database, old));
  }
}

const sqlite = await openDatabase({ sqlitePath: ':memory:' });
try {
  await run('SQLite', sqlite);
} finally {
  await sqlite.close();
}
const schema = `bench_calls_${randomBytes(4).toString('hex')}`;
const postgres = await openDatabase({ databaseUrl: PG_URL, schema });
try {
  await run('PostgreSQL', postgres);
} finally {
  await postgres.close();
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
