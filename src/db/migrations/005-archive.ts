import type { Kysely, Migration } from 'kysely';

/**
 * Archive runs (src/archive): one row per run (source, destination, policy hash, listing cursor),
 * one row per call of a run (its keys, state and a PII-free failure reason), and the outputs
 * already made, keyed by call id (content hashes + policy + tenant) and pipeline version, so a
 * re-run skips what is done.
 */
export const archiveMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('archive_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('dest', 'text', (c) => c.notNull())
      .addColumn('policy_sha', 'text', (c) => c.notNull())
      .addColumn('policy_json', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('cursor', 'text')
      .addColumn('enumerated', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createTable('archive_items')
      .addColumn('run_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('audio_key', 'text')
      .addColumn('transcript_key', 'text')
      .addColumn('call_id', 'text')
      .addColumn('reason', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('archive_items_pk', ['run_id', 'name'])
      .execute();
    await db.schema
      .createIndex('archive_items_state_idx')
      .on('archive_items')
      .columns(['run_id', 'state'])
      .execute();
    await db.schema
      .createTable('archive_outputs')
      .addColumn('work_key', 'text', (c) => c.notNull())
      .addColumn('dest', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('archive_outputs_pk', ['work_key', 'dest', 'name'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('archive_outputs').execute();
    await db.schema.dropTable('archive_items').execute();
    await db.schema.dropTable('archive_runs').execute();
  },
};
