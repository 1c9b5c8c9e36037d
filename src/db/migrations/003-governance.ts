/**
 * Governance (issue 14): erasure tombstones (an erased value stays erased when a later call says
 * it again), persisted erasure requests with their affected calls (re-rendering resumes), per-subject
 * keys (erasure destroys the key, not only the row), subject references for the audit log (it
 * never names a token), and the audit key id of each keyed audit record.
 */
import type { Kysely, Migration } from 'kysely';

export const governanceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('vault_tombstones')
      .addColumn('tenant', 'text', (c) => c.notNull())
      // keyed HMAC of type + normalised value under the tenant token key, like vault_entries
      .addColumn('value_hash', 'text', (c) => c.notNull())
      .addColumn('erasure_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vault_tombstones_pk', ['tenant', 'value_hash'])
      .execute();

    await db.schema
      .createTable('vault_erasures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      // the erased token, kept only while published outputs still carry it; null once re-rendered
      .addColumn('token', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('call_ids', 'text', (c) => c.notNull())
      .addColumn('rerendered', 'text', (c) => c.notNull())
      .addColumn('failures', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('vault_subject_keys')
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('master_key_version', 'integer', (c) => c.notNull())
      .addColumn('wrapped_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vault_subject_keys_pk', ['tenant', 'ref'])
      .execute();

    // null: an entry written before per-subject keys (sealed with the tenant data key)
    await db.schema.alterTable('vault_entries').addColumn('subject_ref', 'text').execute();
    // null: a record written before the chain was keyed (plain SHA-256)
    await db.schema.alterTable('vault_audit').addColumn('key_id', 'text').execute();
  },
};
