import type { Kysely, Migration } from 'kysely';

/**
 * Archive runs, third step: the version (size and ETag or modification time) of the manifest an
 * archive run published at each destination name, so that a re-run confirms the outputs still
 * stand with one `stat` per call (batched per listing batch) instead of reading the manifest.
 */
export const archiveManifestMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('archive_published').addColumn('manifest_version', 'text').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('archive_published').dropColumn('manifest_version').execute();
  },
};
