/**
 * Envelope keys. The master key (from the environment, never stored) wraps one random data key
 * and one random token (HMAC) key per tenant. The database holds only wrapped keys and, per master
 * key version, a key-check value, so a wrong master key is refused before anything is read or
 * written, and rotation rewraps a few tenant keys instead of re-encrypting every value.
 */
import { InputError, VaultIntegrityError } from '../errors.js';
import type { Db } from '../db/database.js';
import { keyCheckMatches, keyCheckValue, newKey, unwrapKey, wrapKey } from './crypto.js';

export interface TenantKeys {
  dataKey: Buffer;
  dataKeyVersion: number;
  tokenKey: Buffer;
}

/** Data keys are per tenant; version 1 today, versioned so a later data-key rotation fits. */
const DATA_KEY_VERSION = 1;

const wrapAad = (tenant: string, kind: 'data' | 'token', dataKeyVersion: number, masterVersion: number) =>
  `${tenant}|${kind}|${dataKeyVersion}|${masterVersion}`;

export class Keyring {
  private readonly cache = new Map<string, Promise<TenantKeys>>();

  private constructor(
    private readonly db: Db,
    private masterKey: Buffer,
    private masterVersion: number,
    private readonly clock: () => Date,
  ) {}

  /** Checks the master key against the vault (initialising a new vault) before any other access. */
  static async open(db: Db, masterKey: Buffer, clock: () => Date): Promise<Keyring> {
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
    return new Keyring(db, masterKey, latest.version, clock);
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
    return this.db
      .selectFrom('vault_tenant_keys')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('data_key_version', '=', DATA_KEY_VERSION)
      .executeTakeFirst();
  }

  private async loadOrCreate(tenant: string): Promise<TenantKeys> {
    let row = await this.readRow(tenant);
    if (!row) {
      await this.db
        .insertInto('vault_tenant_keys')
        .values({
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
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
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
      const rows = await trx.selectFrom('vault_tenant_keys').selectAll().execute();
      for (const row of rows) {
        if (row.master_key_version !== oldVersion) {
          throw new VaultIntegrityError('tenant key is wrapped with another master key version');
        }
        const rewrap = (kind: 'data' | 'token', wrapped: string) =>
          wrapKey(
            newMasterKey,
            unwrapKey(oldKey, wrapped, wrapAad(row.tenant, kind, row.data_key_version, oldVersion)),
            wrapAad(row.tenant, kind, row.data_key_version, version),
          );
        await trx
          .updateTable('vault_tenant_keys')
          .set({
            master_key_version: version,
            wrapped_data_key: rewrap('data', row.wrapped_data_key),
            wrapped_token_key: rewrap('token', row.wrapped_token_key),
          })
          .where('tenant', '=', row.tenant)
          .where('data_key_version', '=', row.data_key_version)
          .execute();
      }
      return rows.length;
    });
    this.masterKey = newMasterKey;
    this.masterVersion = version;
    this.cache.clear();
    return { masterKeyVersion: version, rewrapped };
  }
}
