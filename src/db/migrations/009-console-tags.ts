import type { Kysely, Migration } from 'kysely';

/**
 * The console's calls list: an index for live updates (calls by updated_at), and tags on calls,
 * recorded at upload (src/calls/tags.ts). The call's creation time is kept beside
 * each tag so that the calls list filtered by a tag pages on this table's own index (tenant, tag,
 * created_at, call_id), newest first, as the unfiltered list pages on the calls index.
 */
export const consoleTagsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('call_tags')
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('tag', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_tags_pk', ['call_id', 'tag'])
      .execute();
    await db.schema
      .createIndex('call_tags_list_idx')
      .on('call_tags')
      .columns(['tenant', 'tag', 'created_at', 'call_id'])
      .execute();
    // live updates (src/console/live-events.ts) read the calls changed in the last seconds
    await db.schema.createIndex('calls_updated_idx').on('calls').column('updated_at').execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('calls_updated_idx').execute();
    await db.schema.dropTable('call_tags').execute();
  },
};
