import type { Kysely, Migration } from 'kysely';

/**
 * Dataset exports requested over the API (POST /v1/exports, src/export/jobs.ts): one row per
 * export with its tenant, who asked, the request (formats, selection terms: ids, states, dates;
 * no PII), the state, the PII-free summary or failure, and the store key of the result archive.
 */
export const exportsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('request', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('error_code', 'text')
      .addColumn('error', 'text')
      .addColumn('result_key', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createIndex('exports_tenant_idx')
      .on('exports')
      .columns(['tenant', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('exports').execute();
  },
};
