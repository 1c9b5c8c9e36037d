import type { Kysely, Migration } from 'kysely';

/**
 * Archive runs, second step: runs fed to the bulk lane (`mode`, a `pass` number that keeps queue
 * job ids unique per pass, the pairing rules), a short hash per item that names its queue job
 * (the item's name is a file name and stays out of Redis), and what is published at each
 * destination name (content hashes, policy hash, pipeline version, entity types found) so that a
 * changed policy redoes only the calls it affects, with the source files' fingerprint (keys,
 * sizes, ETags or modification times) so that a re-run skips unchanged calls without reading them.
 */
export const archiveQueueMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('archive_runs')
      .addColumn('mode', 'text', (c) => c.notNull().defaultTo('inline'))
      .execute();
    await db.schema
      .alterTable('archive_runs')
      .addColumn('pass', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('archive_runs').addColumn('pairing_json', 'text').execute();
    await db.schema.alterTable('archive_items').addColumn('item_key', 'text').execute();
    await db.schema.alterTable('archive_items').addColumn('source_fp', 'text').execute();
    await db.schema
      .createIndex('archive_items_key_idx')
      .on('archive_items')
      .columns(['run_id', 'item_key'])
      .execute();
    await db.schema
      .createTable('archive_published')
      .addColumn('dest', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('content_sha', 'text', (c) => c.notNull())
      .addColumn('policy_sha', 'text', (c) => c.notNull())
      .addColumn('pipeline_version', 'text', (c) => c.notNull())
      .addColumn('types_json', 'text', (c) => c.notNull())
      .addColumn('source_fp', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('archive_published_pk', ['dest', 'name'])
      .execute();
    await db.schema
      .createTable('archive_policies')
      .addColumn('policy_sha', 'text', (c) => c.primaryKey())
      .addColumn('policy_json', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('archive_policies').execute();
    await db.schema.dropTable('archive_published').execute();
    await db.schema.dropIndex('archive_items_key_idx').execute();
    await db.schema.alterTable('archive_items').dropColumn('source_fp').execute();
    await db.schema.alterTable('archive_items').dropColumn('item_key').execute();
    await db.schema.alterTable('archive_runs').dropColumn('pairing_json').execute();
    await db.schema.alterTable('archive_runs').dropColumn('pass').execute();
    await db.schema.alterTable('archive_runs').dropColumn('mode').execute();
  },
};
