import type { Kysely, Migration } from 'kysely';

/**
 * The review console: browser sessions (only the sha256 of the session id is stored), approvals of
 * a call's published version, share links to an approved version (only the sha256 of the link
 * token is stored) and every opening of a link. Plus the index the calls list pages by.
 */
export const consoleMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('call_approvals')
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('approved_by', 'text', (c) => c.notNull())
      .addColumn('approved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('call_approvals_pk', ['call_id', 'version'])
      .execute();

    await db.schema
      .createTable('share_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_by', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('share_links_call_idx').on('share_links').columns(['call_id']).execute();

    await db.schema
      .createTable('share_openings')
      .addColumn('share_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('share_openings_idx').on('share_openings').columns(['share_id']).execute();

    // the calls list pages newest first per tenant (keyset on created_at, id)
    await db.schema
      .createIndex('calls_tenant_created_idx')
      .on('calls')
      .columns(['tenant', 'created_at', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('calls_tenant_created_idx').execute();
    await db.schema.dropTable('share_openings').execute();
    await db.schema.dropTable('share_links').execute();
    await db.schema.dropTable('call_approvals').execute();
    await db.schema.dropTable('sessions').execute();
  },
};
