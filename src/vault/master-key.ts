/**
 * Loads the vault master key from VAULT_MASTER_KEY (32 bytes as base64 or hex) or from the file
 * VAULT_MASTER_KEY_FILE. The key never appears in a log or an error message.
 */
import fs from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import { KEY_BYTES } from './crypto.js';

/** The subset of a pino logger the vault uses. */
export interface VaultLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export function parseMasterKey(text: string): Buffer {
  const s = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(s)
    ? Buffer.from(s, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(s)
      ? Buffer.from(s, 'base64')
      : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new ConfigError('vault master key must be 32 bytes, given as base64 or hex');
  }
  return key;
}

export interface MasterKeySource {
  key?: string | undefined;
  keyFile?: string | undefined;
}

/** The configured master key, or null when none is configured (the token operator is then off). */
export async function loadMasterKey(source: MasterKeySource, logger: VaultLogger): Promise<Buffer | null> {
  if (source.key) return parseMasterKey(source.key);
  if (!source.keyFile) return null;
  const file = source.keyFile;
  const stat = await fs.stat(file).catch((err: unknown) => {
    throw new ConfigError('vault master key file cannot be read', { cause: err, details: { path: file } });
  });
  if ((stat.mode & 0o077) !== 0) {
    logger.warn(
      { path: file, mode: (stat.mode & 0o777).toString(8) },
      'vault master key file is accessible to group or others; restrict it to the owner (chmod 600)',
    );
  }
  return parseMasterKey(await fs.readFile(file, 'utf8'));
}
