import type { Kysely, Migration } from 'kysely';

/**
 * Review corrections are re-rendered by a worker (src/console/corrections.ts): a version whose
 * render failed for good stays listed as `failed`, with why (`CODE: message`, PII-free), until
 * the next correction takes its number.
 */
export const versionFailuresMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('call_versions').addColumn('failure', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('call_versions').dropColumn('failure').execute();
  },
};
