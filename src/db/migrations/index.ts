import type { Migration, MigrationProvider } from 'kysely';

/**
 * Every migration, by name; names sort in the order they apply. Add new ones at the end, never
 * edit one that has shipped.
 */
const migrations: Record<string, Migration> = {};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
