import type { Migration, MigrationProvider } from 'kysely';
import { vaultMigration } from './001-vault.js';
import { ledgerMigration } from './002-ledger.js';
import { archiveMigration } from './003-archive.js';

/**
 * Every migration, by name; names sort in the order they apply. Add new ones at the end, never
 * edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '001-vault': vaultMigration,
  '002-ledger': ledgerMigration,
  '003-archive': archiveMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
