import type { Kysely, Migration } from 'kysely';

/**
 * The call ledger (one row per submitted call: who, where its files are, how far it got) and the
 * API keys (only their sha256 is stored). Portable DDL: text timestamps, JSON as text.
 */
export const ledgerMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('key_hash', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('owner_key_id', 'text', (c) => c.notNull())
      .addColumn('lane', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('stage', 'text')
      .addColumn('percent', 'integer')
      .addColumn('audio_key', 'text', (c) => c.notNull())
      .addColumn('transcript_key', 'text', (c) => c.notNull())
      .addColumn('policy_key', 'text', (c) => c.notNull())
      .addColumn('output_key', 'text', (c) => c.notNull())
      .addColumn('callback_url', 'text')
      .addColumn('counts', 'text')
      .addColumn('timings', 'text')
      .addColumn('failure_code', 'text')
      .addColumn('failure_message', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('calls_state_idx').on('calls').columns(['state', 'updated_at']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('calls').execute();
    await db.schema.dropTable('api_keys').execute();
  },
};
