/**
 * Opens the database and the vault the way the CLI, the API and the workers configure them.
 */
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import { ConfigError } from '../errors.js';
import { openKeyStore } from './keystore.js';
import { loadMasterKey, type VaultLogger } from './master-key.js';
import { openVault, type Vault } from './vault.js';

export interface OpenedVault {
  vault: Vault;
  database: Database;
  close(): Promise<void>;
}

type VaultConfig = Pick<
  Config,
  'DATABASE_URL' | 'SQLITE_PATH' | 'VAULT_MASTER_KEY' | 'VAULT_MASTER_KEY_FILE'
> &
  Partial<Pick<Config, 'VAULT_AUDIT_KEY' | 'VAULT_AUDIT_KEY_FILE' | 'VAULT_KEYSTORE_DIR'>>;

/** The vault, or null when no master key is configured (the token operator is then unavailable). */
export async function openVaultFromConfig(
  config: VaultConfig,
  logger: VaultLogger,
): Promise<OpenedVault | null> {
  const masterKey = await loadMasterKey(
    { key: config.VAULT_MASTER_KEY, keyFile: config.VAULT_MASTER_KEY_FILE },
    logger,
  );
  if (!masterKey) return null;
  // the same 32-byte format and file-permission check as the master key
  const auditKey = await loadMasterKey(
    { key: config.VAULT_AUDIT_KEY, keyFile: config.VAULT_AUDIT_KEY_FILE },
    logger,
  );
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  try {
    const keyStore = await openKeyStore(config.VAULT_KEYSTORE_DIR);
    const vault = await openVault({
      db: database.db,
      masterKey,
      keyStore,
      ...(auditKey ? { auditKey } : {}),
    });
    return { vault, database, close: () => database.close() };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** Like openVaultFromConfig, for commands that cannot work without the vault. */
export async function requireVault(config: VaultConfig, logger: VaultLogger): Promise<OpenedVault> {
  const opened = await openVaultFromConfig(config, logger);
  if (!opened) throw new ConfigError('the vault needs VAULT_MASTER_KEY or VAULT_MASTER_KEY_FILE');
  return opened;
}
