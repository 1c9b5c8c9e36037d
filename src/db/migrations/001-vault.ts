/**
 * Vault tables: master key versions (key-check values only, never keys), per-tenant wrapped keys,
 * encrypted token entries, call<->token occurrences, and the hash-chained audit log. The audit log
 * is append-only at the database level too (triggers), so an edit needs deliberate DDL first.
 */
import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

export const vaultMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('vault_master_keys')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('key_check', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('vault_tenant_keys')
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('data_key_version', 'integer', (c) => c.notNull())
      .addColumn('master_key_version', 'integer', (c) => c.notNull())
      .addColumn('wrapped_data_key', 'text', (c) => c.notNull())
      .addColumn('wrapped_token_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vault_tenant_keys_pk', ['tenant', 'data_key_version'])
      .execute();

    await db.schema
      .createTable('vault_entries')
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull())
      .addColumn('value_hash', 'text', (c) => c.notNull())
      .addColumn('data_key_version', 'integer', (c) => c.notNull())
      .addColumn('iv', 'text', (c) => c.notNull())
      .addColumn('ciphertext', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vault_entries_pk', ['tenant', 'token'])
      .addUniqueConstraint('vault_entries_value_uq', ['tenant', 'value_hash'])
      .execute();

    await db.schema
      .createTable('vault_occurrences')
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull())
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('vault_occurrences_pk', ['tenant', 'token', 'call_id'])
      .addForeignKeyConstraint(
        'vault_occurrences_entry_fk',
        ['tenant', 'token'],
        'vault_entries',
        ['tenant', 'token'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('vault_occurrences_created_idx')
      .on('vault_occurrences')
      .column('created_at')
      .execute();

    await db.schema
      .createTable('vault_audit')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('tokens', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      // unique: two concurrent appenders cannot both extend the same record (the loser retries)
      .addColumn('prev_hash', 'text', (c) => c.notNull().unique())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();

    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql`CREATE FUNCTION vault_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'vault_audit is append-only'; END $$`.execute(db);
      await sql`CREATE TRIGGER vault_audit_no_change BEFORE UPDATE OR DELETE ON vault_audit
        FOR EACH ROW EXECUTE FUNCTION vault_audit_append_only()`.execute(db);
      await sql`CREATE TRIGGER vault_audit_no_truncate BEFORE TRUNCATE ON vault_audit
        FOR EACH STATEMENT EXECUTE FUNCTION vault_audit_append_only()`.execute(db);
    } else {
      await sql`CREATE TRIGGER vault_audit_no_update BEFORE UPDATE ON vault_audit
        BEGIN SELECT RAISE(ABORT, 'vault_audit is append-only'); END`.execute(db);
      await sql`CREATE TRIGGER vault_audit_no_delete BEFORE DELETE ON vault_audit
        BEGIN SELECT RAISE(ABORT, 'vault_audit is append-only'); END`.execute(db);
    }
  },
};
