/**
 * Vault throughput: tokens issued per second for 100,000 values, first as new values (encrypt +
 * insert) and then repeated in other calls (lookup + occurrence rows), on SQLite and Postgres.
 * Values arrive in batches of BATCH per call, as the token operator sends them.
 *
 *   npm run bench:vault            (Postgres at DATABASE_URL or postgres://postgres@127.0.0.1:5432/test)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/database.js';
import type { EntityType } from '../src/types.js';
import { openVault } from '../src/vault/vault.js';

const VALUES = 100_000;
const BATCH = 100;
const TYPES: EntityType[] = ['PERSON', 'PHONE_NUMBER', 'EMAIL', 'ACCOUNT_NUMBER'];

function value(i: number): { type: EntityType; value: string } {
  const type = TYPES[i % TYPES.length]!;
  const n = String(i).padStart(6, '0');
  switch (type) {
    case 'PHONE_NUMBER':
      return { type, value: `415555${n.slice(-4)}${n.slice(0, 2)}` };
    case 'EMAIL':
      return { type, value: `bench.user${n}@example.com` };
    case 'ACCOUNT_NUMBER':
      return { type, value: `9900${n}` };
    default:
      return { type, value: `bench person ${n}` };
  }
}

async function run(label: string, database: Database): Promise<void> {
  const vault = await openVault({ db: database.db, masterKey: randomBytes(32) });
  for (const phase of ['new', 'repeated'] as const) {
    const started = performance.now();
    for (let start = 0; start < VALUES; start += BATCH) {
      const items = Array.from({ length: BATCH }, (_, j) => value(start + j));
      await vault.issueTokens({ tenant: 'bench', callId: `${phase}-${start / BATCH}`, items });
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(8)} ${phase.padEnd(8)} ${VALUES} values in ${seconds.toFixed(2)} s = ` +
        `${Math.round(VALUES / seconds)} tokens/s (batches of ${BATCH})`,
    );
  }
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-bench-'));
try {
  const sqlite = await openDatabase({ sqlitePath: path.join(dir, 'vault.sqlite') });
  try {
    await run('sqlite', sqlite);
  } finally {
    await sqlite.close();
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}

const databaseUrl = loadConfig().DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `vault_bench_${randomBytes(4).toString('hex')}`;
const postgres = await openDatabase({ databaseUrl, schema });
try {
  await run('postgres', postgres);
} finally {
  await postgres.close();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
