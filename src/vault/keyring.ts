/**
 * Envelope keys. The master key (from the environment, never stored) wraps one random data key
 * and one random token (HMAC) key per tenant; each tenant data key wraps one random key per subject
 * (vault entry), which erasure destroys. Wrapped keys live in a key store (keystore.ts: the database,
 * or a folder apart from it); the database holds, per master key version, a key-check value, so a
 * wrong master key is refused before anything is read or written, and rotation rewraps a few tenant
 * keys instead of re-encrypting every value or subject key.
 */
import { InputError, VaultIntegrityError } from '../errors.js';
import type { Db } from '../db/database.js';
import { keyCheckMatches, keyCheckValue, newKey, unwrapKey, wrapKey } from './crypto.js';
import { DatabaseKeyStore, type KeyStore, newSubjectRef, type WrappedSubjectKey } from './keystore.js';

export interface TenantKeys {
  dataKey: Buffer;
  dataKeyVersion: number;
  tokenKey: Buffer;
}

/** Data keys are per tenant; version 1 today, versioned so a later data-key rotation fits. */
const DATA_KEY_VERSION = 1;

const wrapAad = (tenant: string, kind: 'data' | 'token', dataKeyVersion: number, masterVersion: number) =>
  `${tenant}|${kind}|${dataKeyVersion}|${masterVersion}`;

const subjectAad = (tenant: string, ref: string, wrappingVersion: number) =>
  `${tenant}|subject|${ref}|${wrappingVersion}`;

/** A subject's own key, unwrapped, with the reference that names it. */
export interface SubjectKey {
  ref: string;
  key: Buffer;
  wrapped: WrappedSubjectKey;
}

export class Keyring {
  private readonly cache = new Map<string, Promise<TenantKeys>>();

  private constructor(
    private readonly db: Db,
    private masterKey: Buffer,
    private masterVersion: number,
    private readonly clock: () => Date,
    readonly store: KeyStore,
  ) {}

  /** Checks the master key against the vault (initialising a new vault) before any other access. */
  static async open(
    db: Db,
    masterKey: Buffer,
    clock: () => Date,
    store: KeyStore = new DatabaseKeyStore(),
  ): Promise<Keyring> {
    let latest = await Keyring.latestMasterKey(db);
    if (!latest) {
      await db
        .insertInto('vault_master_keys')
        .values({ version: 1, key_check: keyCheckValue(masterKey), created_at: clock().toISOString() })
        .onConflict((oc) => oc.doNothing())
        .execute();
      latest = await Keyring.latestMasterKey(db);
    }
    if (!latest || !keyCheckMatches(masterKey, latest.key_check)) {
      throw new VaultIntegrityError('master key does not match the vault');
    }
    if (store.kind === 'directory') await moveKeysOutOfDatabase(db, store);
    return new Keyring(db, masterKey, latest.version, clock, store);
  }

  private static latestMasterKey(db: Db) {
    return db
      .selectFrom('vault_master_keys')
      .select(['version', 'key_check'])
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  get masterKeyVersion(): number {
    return this.masterVersion;
  }

  /** The tenant's keys, created on first use (concurrent creators agree on the first insert). */
  tenantKeys(tenant: string): Promise<TenantKeys> {
    let keys = this.cache.get(tenant);
    if (!keys) {
      keys = this.loadOrCreate(tenant);
      keys.catch(() => this.cache.delete(tenant));
      this.cache.set(tenant, keys);
    }
    return keys;
  }

  /** The tenant's keys, or null for a tenant that never had a value stored (no write). */
  async existingTenantKeys(tenant: string): Promise<TenantKeys | null> {
    return this.cache.has(tenant) || (await this.readRow(tenant)) ? this.tenantKeys(tenant) : null;
  }

  private readRow(tenant: string) {
    return this.store.getTenantKeys(this.db, tenant, DATA_KEY_VERSION);
  }

  /** A new random key for one subject, wrapped by the tenant data key (not stored yet). */
  newSubjectKey(tenant: string, keys: TenantKeys): SubjectKey {
    const ref = newSubjectRef();
    const key = newKey();
    return {
      ref,
      key,
      wrapped: {
        ref,
        wrappingVersion: keys.dataKeyVersion,
        wrapped: wrapKey(keys.dataKey, key, subjectAad(tenant, ref, keys.dataKeyVersion)),
      },
    };
  }

  /** The subject's key, or null once erasure (or retention) destroyed it. */
  async subjectKey(db: Db, tenant: string, keys: TenantKeys, ref: string): Promise<Buffer | null> {
    const stored = await this.store.getSubjectKey(db, tenant, ref);
    if (!stored) return null;
    if (stored.wrappingVersion !== keys.dataKeyVersion || stored.ref !== ref) {
      throw new VaultIntegrityError('subject key is wrapped with an unknown data key version');
    }
    return unwrapKey(keys.dataKey, stored.wrapped, subjectAad(tenant, ref, stored.wrappingVersion));
  }

  private async loadOrCreate(tenant: string): Promise<TenantKeys> {
    let row = await this.readRow(tenant);
    if (!row) {
      await this.store.addTenantKeys(this.db, {
        tenant,
        data_key_version: DATA_KEY_VERSION,
        master_key_version: this.masterVersion,
        wrapped_data_key: wrapKey(
          this.masterKey,
          newKey(),
          wrapAad(tenant, 'data', DATA_KEY_VERSION, this.masterVersion),
        ),
        wrapped_token_key: wrapKey(
          this.masterKey,
          newKey(),
          wrapAad(tenant, 'token', DATA_KEY_VERSION, this.masterVersion),
        ),
        created_at: this.clock().toISOString(),
      });
      row = await this.readRow(tenant);
    }
    if (!row) throw new VaultIntegrityError('tenant key could not be stored');
    if (row.master_key_version !== this.masterVersion) {
      // a rotation happened after this process opened the vault: it holds a retired master key
      throw new VaultIntegrityError(
        'tenant key is wrapped with another master key version; reopen the vault',
      );
    }
    return {
      dataKeyVersion: row.data_key_version,
      dataKey: unwrapKey(
        this.masterKey,
        row.wrapped_data_key,
        wrapAad(tenant, 'data', row.data_key_version, row.master_key_version),
      ),
      tokenKey: unwrapKey(
        this.masterKey,
        row.wrapped_token_key,
        wrapAad(tenant, 'token', row.data_key_version, row.master_key_version),
      ),
    };
  }

  /**
   * Adds master key version N+1 and rewraps every tenant key with it, in one transaction. Values
   * are untouched (their data keys do not change). Afterwards only the new key opens the vault.
   */
  async rotate(newMasterKey: Buffer): Promise<{ masterKeyVersion: number; rewrapped: number }> {
    if (newMasterKey.equals(this.masterKey))
      throw new InputError('the new master key equals the current one');
    const oldKey = this.masterKey;
    const oldVersion = this.masterVersion;
    const version = oldVersion + 1;
    const rewrapped = await this.db.transaction().execute(async (trx) => {
      // primary key: a concurrent rotation from the same version fails here instead of forking
      await trx
        .insertInto('vault_master_keys')
        .values({ version, key_check: keyCheckValue(newMasterKey), created_at: this.clock().toISOString() })
        .execute();
      const rows = await this.store.listTenantKeys(trx);
      for (const row of rows) {
        // a directory store rewritten by an interrupted rotation: verify the new wrapping, skip it
        if (row.master_key_version === version && this.store.kind === 'directory') {
          unwrapKey(
            newMasterKey,
            row.wrapped_data_key,
            wrapAad(row.tenant, 'data', row.data_key_version, version),
          );
          continue;
        }
        if (row.master_key_version !== oldVersion) {
          throw new VaultIntegrityError('tenant key is wrapped with another master key version');
        }
        const rewrap = (kind: 'data' | 'token', wrapped: string) =>
          wrapKey(
            newMasterKey,
            unwrapKey(oldKey, wrapped, wrapAad(row.tenant, kind, row.data_key_version, oldVersion)),
            wrapAad(row.tenant, kind, row.data_key_version, version),
          );
        await this.store.replaceTenantKeys(trx, {
          ...row,
          master_key_version: version,
          wrapped_data_key: rewrap('data', row.wrapped_data_key),
          wrapped_token_key: rewrap('token', row.wrapped_token_key),
        });
      }
      return rows.length;
    });
    this.masterKey = newMasterKey;
    this.masterVersion = version;
    this.cache.clear();
    return { masterKeyVersion: version, rewrapped };
  }
}

/**
 * A vault that kept its keys in the database and is now configured with a key folder: the keys move
 * to the folder (idempotent, so concurrent starters agree) and leave the live database. Backups taken
 * before the move still hold them.
 */
async function moveKeysOutOfDatabase(db: Db, store: KeyStore): Promise<void> {
  const inDb = new DatabaseKeyStore();
  const tenants = await inDb.listTenantKeys(db);
  const subjects = await db.selectFrom('vault_subject_keys').selectAll().execute();
  if (tenants.length === 0 && subjects.length === 0) return;
  for (const row of tenants) {
    const existing = await store.getTenantKeys(db, row.tenant, row.data_key_version);
    if (existing && existing.wrapped_token_key !== row.wrapped_token_key) {
      throw new VaultIntegrityError('the key folder holds other keys for a tenant of this database');
    }
    await store.addTenantKeys(db, row);
  }
  for (const s of subjects) {
    await store.addSubjectKeys(
      db,
      s.tenant,
      [{ ref: s.ref, wrappingVersion: s.master_key_version, wrapped: s.wrapped_key }],
      s.created_at,
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('vault_subject_keys').execute();
    await trx.deleteFrom('vault_tenant_keys').execute();
  });
}
