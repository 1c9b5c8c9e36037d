/**
 * The test runs' own plumbing: the build outcome the integration files wait for
 * (test/helpers/build-outcome.ts) and the schema drops put off to the end of the run
 * (test/helpers/schema-drops.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForBuild } from '../helpers/build-outcome.js';
import { PG_URL, testSchema, withPgClient } from '../helpers/database.js';
import { dropSchemaLater, dropSchemasNow, SCHEMAS_TO_DROP_ENV } from '../helpers/schema-drops.js';

const dir = await mkdtemp(path.join(tmpdir(), 'callredact-run-setup-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const schemaExists = (schema: string): Promise<boolean> =>
  withPgClient('public', async (c) => {
    const { rows } = await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return rows.length === 1;
  });

describe('waiting for the build of dist/', () => {
  it('returns at once outside a run that builds in the background', async () => {
    await expect(waitForBuild(undefined)).resolves.toBeUndefined();
  });

  it('waits until the outcome is written, and fails when the build failed', async () => {
    const ok = path.join(dir, 'ok');
    const waiting = waitForBuild(ok);
    setTimeout(() => void writeFile(ok, 'ok'), 300);
    await expect(waiting).resolves.toBeUndefined();

    const failed = path.join(dir, 'failed');
    await writeFile(failed, 'failed');
    await expect(waitForBuild(failed)).rejects.toThrow('the build of dist/ failed');
  });
});

describe('schema drops put off to the end of the run', () => {
  it('lists the schema while a run lists them, and drops it at once otherwise', async () => {
    const schema = testSchema('cr_drops');
    await withPgClient('public', (c) => c.query(`CREATE SCHEMA ${schema}`));
    const list = path.join(dir, `list-${randomBytes(4).toString('hex')}`);
    await writeFile(list, '');
    const saved = process.env[SCHEMAS_TO_DROP_ENV];
    try {
      process.env[SCHEMAS_TO_DROP_ENV] = list;
      await dropSchemaLater(PG_URL, schema);
      expect(await readFile(list, 'utf8')).toBe(`${schema}\n`);
      expect(await schemaExists(schema)).toBe(true);

      delete process.env[SCHEMAS_TO_DROP_ENV];
      await dropSchemaLater(PG_URL, schema);
      expect(await schemaExists(schema)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env[SCHEMAS_TO_DROP_ENV];
      else process.env[SCHEMAS_TO_DROP_ENV] = saved;
      await dropSchemasNow(PG_URL, [schema]);
    }
  });

  it('refuses a name that is no plain identifier', async () => {
    await expect(dropSchemaLater(PG_URL, 'x; DROP TABLE y')).rejects.toThrow('invalid test schema name');
    await expect(dropSchemasNow(PG_URL, ['a b'])).rejects.toThrow('invalid test schema name');
  });
});
