import type { Migration, MigrationProvider } from 'kysely';
import { vaultMigration } from './001-vault.js';
import { ledgerMigration } from './002-ledger.js';
import { governanceMigration } from './003-governance.js';
import { consoleMigration } from './004-console.js';
import { archiveMigration } from './005-archive.js';
import { correctionsMigration } from './006-corrections.js';
import { exportsMigration } from './007-exports.js';
import { archiveQueueMigration } from './008-archive-queue.js';
import { consoleTagsMigration } from './009-console-tags.js';
import { archiveManifestMigration } from './010-archive-manifest.js';
import { versionFailuresMigration } from './011-version-failures.js';

/**
 * Every migration, by name; names sort in the order they apply. Add new ones at the end, never
 * edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '001-vault': vaultMigration,
  '002-ledger': ledgerMigration,
  '003-governance': governanceMigration,
  '004-console': consoleMigration,
  '005-archive': archiveMigration,
  '006-corrections': correctionsMigration,
  '007-exports': exportsMigration,
  '008-archive-queue': archiveQueueMigration,
  '009-console-tags': consoleTagsMigration,
  '010-archive-manifest': archiveManifestMigration,
  '011-version-failures': versionFailuresMigration,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
