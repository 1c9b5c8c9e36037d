/**
 * Who is at the shell: the CLI's vault, erasure, access, rotation and retention commands take an
 * API key (`cr_...`) checked against the database, never a role the user claims. The key comes from
 * an operator key file that only its owner may read (`--key-file`, mode 0600) or from
 * CALLREDACT_API_KEY. The actor in the audit log is the key's id.
 */
import fs from 'node:fs/promises';
import type { Db } from '../db/database.js';
import { AuthenticationError, ForbiddenError, InputError } from '../errors.js';
import { findApiKey, type ApiKeyPrincipal, type Role } from '../keys/api-keys.js';

export interface CliCredentialSource {
  keyFile?: string | undefined;
  /** CALLREDACT_API_KEY */
  apiKey?: string | undefined;
}

async function readKeyFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch((err: unknown) => {
    throw new InputError('key file cannot be read', { cause: err, details: { path: file } });
  });
  if ((stat.mode & 0o077) !== 0) {
    throw new AuthenticationError('key file is readable by group or others; chmod 600 it', {
      details: { path: file, mode: (stat.mode & 0o777).toString(8) },
    });
  }
  return (await fs.readFile(file, 'utf8')).trim();
}

/**
 * The principal of the presented key. `roles`: when given, the key must have one of them (rotation
 * and retention need admin); the vault itself checks dpo for reveal and subject requests, so that a
 * refused attempt is audited there.
 */
export async function cliPrincipal(
  db: Db,
  source: CliCredentialSource,
  options: { tenant?: string | undefined; roles?: readonly Role[] } = {},
): Promise<ApiKeyPrincipal> {
  const key = source.keyFile ? await readKeyFile(source.keyFile) : source.apiKey?.trim();
  if (!key)
    throw new AuthenticationError('this command needs an API key: --key-file FILE or CALLREDACT_API_KEY');
  const principal = await findApiKey(db, key);
  if (!principal) throw new AuthenticationError('invalid API key');
  if (options.tenant !== undefined && options.tenant !== principal.tenant) {
    throw new ForbiddenError('the API key belongs to another tenant');
  }
  if (options.roles && !options.roles.includes(principal.role)) {
    throw new ForbiddenError(`this command needs one of the roles: ${options.roles.join(', ')}`);
  }
  return principal;
}
