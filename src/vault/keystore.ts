/**
 * Where the vault's wrapped keys live: the tenant keys (data key and token key, wrapped by the master
 * key) and one key per subject (per vault entry, wrapped by the tenant data key). Erasure destroys a
 * subject's key, so whatever still holds its ciphertext (a database backup, PostgreSQL WAL, a SQLite
 * WAL file) can no longer be decrypted.
 *
 * Two stores:
 * - `DatabaseKeyStore` (default): vault_tenant_keys and vault_subject_keys in the vault database.
 *   Erasure destroys the key in the live database, but a backup of the database holds both the
 *   ciphertext and its keys.
 * - `DirectoryKeyStore` (VAULT_KEYSTORE_DIR): one file per key in a folder apart from the database,
 *   so a database backup or WAL holds ciphertext only, and no key that could test a guess.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/database.js';
import { VaultIntegrityError } from '../errors.js';

export interface WrappedTenantKeys {
  tenant: string;
  data_key_version: number;
  master_key_version: number;
  wrapped_data_key: string;
  wrapped_token_key: string;
  created_at: string;
}

export interface WrappedSubjectKey {
  ref: string;
  /** the tenant data key version that wraps it */
  wrappingVersion: number;
  wrapped: string;
}

/** `db` is the transaction the caller is in (the database store joins it; the directory ignores it). */
export interface KeyStore {
  readonly kind: 'database' | 'directory';
  getTenantKeys(db: Db, tenant: string, dataKeyVersion: number): Promise<WrappedTenantKeys | undefined>;
  /** stores the row unless one exists already (concurrent creators agree on the first) */
  addTenantKeys(db: Db, row: WrappedTenantKeys): Promise<void>;
  listTenantKeys(db: Db): Promise<WrappedTenantKeys[]>;
  replaceTenantKeys(db: Db, row: WrappedTenantKeys): Promise<void>;
  getSubjectKey(db: Db, tenant: string, ref: string): Promise<WrappedSubjectKey | undefined>;
  addSubjectKeys(db: Db, tenant: string, keys: readonly WrappedSubjectKey[], now: string): Promise<void>;
  /** which of these subject keys exist */
  existingSubjectKeys(db: Db, tenant: string, refs: readonly string[]): Promise<Set<string>>;
  /** destroys the keys; returns how many existed */
  deleteSubjectKeys(db: Db, tenant: string, refs: readonly string[]): Promise<number>;
}

/** A new subject reference: random, so it names a subject without revealing its token or value. */
export const newSubjectRef = (): string => `sub_${randomBytes(16).toString('hex')}`;

const REF_RE = /^sub_[0-9a-f]{32}$/;

export class DatabaseKeyStore implements KeyStore {
  readonly kind = 'database';

  getTenantKeys(db: Db, tenant: string, dataKeyVersion: number) {
    return db
      .selectFrom('vault_tenant_keys')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('data_key_version', '=', dataKeyVersion)
      .executeTakeFirst();
  }

  async addTenantKeys(db: Db, row: WrappedTenantKeys) {
    await db
      .insertInto('vault_tenant_keys')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  listTenantKeys(db: Db) {
    return db.selectFrom('vault_tenant_keys').selectAll().orderBy('tenant').execute();
  }

  async replaceTenantKeys(db: Db, row: WrappedTenantKeys) {
    await db
      .updateTable('vault_tenant_keys')
      .set({
        master_key_version: row.master_key_version,
        wrapped_data_key: row.wrapped_data_key,
        wrapped_token_key: row.wrapped_token_key,
      })
      .where('tenant', '=', row.tenant)
      .where('data_key_version', '=', row.data_key_version)
      .execute();
  }

  async getSubjectKey(db: Db, tenant: string, ref: string) {
    const row = await db
      .selectFrom('vault_subject_keys')
      .select(['master_key_version', 'wrapped_key'])
      .where('tenant', '=', tenant)
      .where('ref', '=', ref)
      .executeTakeFirst();
    // the column is named master_key_version (migration 003); it holds the wrapping key's version
    return row && { ref, wrappingVersion: row.master_key_version, wrapped: row.wrapped_key };
  }

  async addSubjectKeys(db: Db, tenant: string, keys: readonly WrappedSubjectKey[], now: string) {
    if (keys.length === 0) return;
    await db
      .insertInto('vault_subject_keys')
      .values(
        keys.map((k) => ({
          tenant,
          ref: k.ref,
          master_key_version: k.wrappingVersion,
          wrapped_key: k.wrapped,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async existingSubjectKeys(db: Db, tenant: string, refs: readonly string[]) {
    const found = new Set<string>();
    for (let i = 0; i < refs.length; i += 500) {
      const rows = await db
        .selectFrom('vault_subject_keys')
        .select('ref')
        .where('tenant', '=', tenant)
        .where('ref', 'in', refs.slice(i, i + 500))
        .execute();
      for (const r of rows) found.add(r.ref);
    }
    return found;
  }

  async deleteSubjectKeys(db: Db, tenant: string, refs: readonly string[]) {
    if (refs.length === 0) return 0;
    const r = await db
      .deleteFrom('vault_subject_keys')
      .where('tenant', '=', tenant)
      .where('ref', 'in', [...refs])
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

/**
 * A folder of key files, mode 0700/0600: `<sha256(tenant)>/tenant-v<N>.json` and
 * `<sha256(tenant)>/subjects/<ref>.key`. Files are created complete (written aside, then hard-linked
 * into place, which fails if the name exists) and replaced by rename, so a reader never sees half a
 * key. Deleting a key overwrites the file with random bytes before unlinking it (on a
 * copy-on-write or journaling file system the old blocks may survive: see the README).
 */
export class DirectoryKeyStore implements KeyStore {
  readonly kind = 'directory';

  constructor(private readonly dir: string) {}

  private tenantDir(tenant: string) {
    return path.join(this.dir, createHash('sha256').update(tenant, 'utf8').digest('hex').slice(0, 32));
  }

  private tenantFile(tenant: string, dataKeyVersion: number) {
    return path.join(this.tenantDir(tenant), `tenant-v${dataKeyVersion}.json`);
  }

  private subjectFile(tenant: string, ref: string) {
    if (!REF_RE.test(ref)) throw new VaultIntegrityError('malformed subject reference');
    return path.join(this.tenantDir(tenant), 'subjects', `${ref}.key`);
  }

  private async readJson<T>(file: string): Promise<T | undefined> {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new VaultIntegrityError('key store file cannot be read', { cause: err });
    }
  }

  /** Writes `content` to `file` unless it exists (false then). */
  private async createExclusive(file: string, content: string): Promise<boolean> {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.link(tmp, file);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      await fs.unlink(tmp);
    }
  }

  private async replace(file: string, content: string) {
    const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(tmp, content, { mode: 0o600, flag: 'wx' });
    await fs.rename(tmp, file);
  }

  getTenantKeys(_db: Db, tenant: string, dataKeyVersion: number) {
    return this.readJson<WrappedTenantKeys>(this.tenantFile(tenant, dataKeyVersion));
  }

  async addTenantKeys(_db: Db, row: WrappedTenantKeys) {
    await this.createExclusive(this.tenantFile(row.tenant, row.data_key_version), JSON.stringify(row));
  }

  async listTenantKeys(): Promise<WrappedTenantKeys[]> {
    const dirs = await fs.readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const rows: WrappedTenantKeys[] = [];
    for (const d of dirs) {
      if (!d.isDirectory()) continue;
      const files = await fs.readdir(path.join(this.dir, d.name));
      for (const f of files.filter((n) => /^tenant-v\d+\.json$/.test(n)).sort()) {
        const row = await this.readJson<WrappedTenantKeys>(path.join(this.dir, d.name, f));
        if (row) rows.push(row);
      }
    }
    return rows.sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0));
  }

  async replaceTenantKeys(_db: Db, row: WrappedTenantKeys) {
    await this.replace(this.tenantFile(row.tenant, row.data_key_version), JSON.stringify(row));
  }

  async getSubjectKey(_db: Db, tenant: string, ref: string) {
    return this.readJson<WrappedSubjectKey>(this.subjectFile(tenant, ref));
  }

  async addSubjectKeys(_db: Db, tenant: string, keys: readonly WrappedSubjectKey[]) {
    for (const k of keys) await this.createExclusive(this.subjectFile(tenant, k.ref), JSON.stringify(k));
  }

  async existingSubjectKeys(_db: Db, tenant: string, refs: readonly string[]) {
    const found = new Set<string>();
    for (const ref of refs) {
      const exists = await fs.access(this.subjectFile(tenant, ref)).then(
        () => true,
        () => false,
      );
      if (exists) found.add(ref);
    }
    return found;
  }

  async deleteSubjectKeys(_db: Db, tenant: string, refs: readonly string[]) {
    let deleted = 0;
    for (const ref of refs) {
      const file = this.subjectFile(tenant, ref);
      let handle: fs.FileHandle;
      try {
        handle = await fs.open(file, 'r+');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      try {
        const { size } = await handle.stat();
        await handle.write(randomBytes(size), 0, size, 0);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.unlink(file);
      deleted++;
    }
    return deleted;
  }
}

/** The store for a configuration: a directory when VAULT_KEYSTORE_DIR is set, else the database. */
export async function openKeyStore(dir: string | undefined): Promise<KeyStore> {
  if (!dir) return new DatabaseKeyStore();
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  return new DirectoryKeyStore(path.resolve(dir));
}
