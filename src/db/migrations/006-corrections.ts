import type { Kysely, Migration } from 'kysely';

/**
 * Review corrections (src/console/corrections.ts): each corrected version of a call (where it is
 * published, who made it, when) and each correction that made it: a word range of the original
 * transcript added as a type or removed as a false positive. Word indices only, never the words:
 * the text of a range lives in the raw upload alone. And each call's audio duration, for the
 * managers' statistics.
 */
export const correctionsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('call_versions')
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('output_key', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('render_ms', 'integer')
      .addPrimaryKeyConstraint('call_versions_pk', ['call_id', 'version'])
      .execute();
    await db.schema
      .createTable('call_corrections')
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('start_word', 'integer', (c) => c.notNull())
      .addColumn('end_word', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_corrections_pk', ['call_id', 'version', 'seq'])
      .execute();
    await db.schema.alterTable('calls').addColumn('audio_seconds', 'double precision').execute();
    await db.schema
      .createIndex('call_corrections_tenant_idx')
      .on('call_corrections')
      .columns(['tenant', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('calls').dropColumn('audio_seconds').execute();
    await db.schema.dropTable('call_corrections').execute();
    await db.schema.dropTable('call_versions').execute();
  },
};
