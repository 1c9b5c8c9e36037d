/**
 * vitest global setup (after test/global-postgres.ts): the PostgreSQL schemas that test files
 * drop are listed in a temp file during the run and dropped here when it ends, so that no DROP
 * SCHEMA commits while another file migrates (test/helpers/schema-drops.ts says why that fails).
 * When several projects of one run list this file, the first one's setup owns the list.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropSchemasNow, SCHEMAS_TO_DROP_ENV } from './helpers/schema-drops.js';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function listSchemaDrops(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[SCHEMAS_TO_DROP_ENV]) return undefined;
  const list = path.join(
    tmpdir(),
    `callredact-test-schemas-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  await writeFile(list, '');
  process.env[SCHEMAS_TO_DROP_ENV] = list;
  return async () => {
    delete process.env[SCHEMAS_TO_DROP_ENV];
    const schemas = [...new Set((await readFile(list, 'utf8')).split('\n').filter(Boolean))];
    await rm(list, { force: true });
    try {
      await dropSchemasNow(process.env.DATABASE_URL ?? DEFAULT_URL, schemas);
    } catch (error) {
      // the run's results stand; the schemas are left for the next DROP (names carry no data)
      console.warn(`callredact tests: could not drop ${schemas.length} test schemas: ${String(error)}`);
    }
  };
}
