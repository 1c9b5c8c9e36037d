/**
 * Dropping the tests' PostgreSQL schemas. A schema dropped while another test file migrates a
 * schema of its own fails that migration with "schema ... does not exist": kysely's Migrator looks
 * for its bookkeeping table by listing every table of every schema, and resolves each listed name
 * again (has_schema_privilege, pg_get_serial_sequence) after the DROP has committed. So within a
 * test run schemas are only listed (in a file named by CALLREDACT_TEST_SCHEMAS_TO_DROP, set by the
 * global setup test/global-schema-drops.ts) and dropped when the run ends, when no test migrates.
 */
import { appendFile } from 'node:fs/promises';
import pg from 'pg';

export const SCHEMAS_TO_DROP_ENV = 'CALLREDACT_TEST_SCHEMAS_TO_DROP';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** Drops the schemas now, one statement each (one transaction for all could run out of lock slots). */
export async function dropSchemasNow(url: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) {
      if (!SCHEMA_NAME.test(schema)) throw new Error('invalid test schema name');
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/** Drops the schema when the test run ends (at once when run outside a run's global setup). */
export async function dropSchemaLater(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error('invalid test schema name');
  const list = process.env[SCHEMAS_TO_DROP_ENV];
  if (list) await appendFile(list, `${schema}\n`);
  else await dropSchemasNow(url, [schema]);
}
