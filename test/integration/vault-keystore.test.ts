/**
 * The key folder (VAULT_KEYSTORE_DIR): keys of a vault that kept them in the database move out on
 * first open; master key rotation rewraps the tenant key files and can be run again after an
 * interruption; subject key files are created 0600 in a 0700 folder.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultIntegrityError } from '../../src/errors.js';
import { unwrapKey, wrapKey } from '../../src/vault/crypto.js';
import { DirectoryKeyStore } from '../../src/vault/keystore.js';
import { openVault } from '../../src/vault/vault.js';
import { BACKENDS, createTestDb, DPO, type TestDb, testKey } from './vault-backends.js';

describe.each(BACKENDS)('vault key folder on %s', (backend) => {
  let t: TestDb;
  let dir: string;
  beforeEach(async () => {
    t = await createTestDb(backend);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-keys-'));
  });
  afterEach(async () => {
    await t.cleanup();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('moves keys out of the database on first open, then rotates the master key', async () => {
    const db = (await t.open()).db;
    const masterKey = testKey();
    const before = await openVault({ db, masterKey });
    const [tok] = await before.issueTokens({
      tenant: 'acme',
      callId: 'c1',
      items: [{ type: 'PERSON', value: 'Ivo Marchetti' }],
    });
    expect(await db.selectFrom('vault_subject_keys').select('ref').execute()).toHaveLength(1);

    const vault = await openVault({ db, masterKey, keyStore: new DirectoryKeyStore(dir) });
    expect(await db.selectFrom('vault_tenant_keys').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('vault_subject_keys').selectAll().execute()).toEqual([]);
    const reveal = (v: typeof vault) =>
      v.reveal({ tenant: 'acme', tokens: [tok!], purpose: 'check', actor: DPO });
    expect(await reveal(vault)).toEqual([{ token: tok, type: 'PERSON', value: 'ivo marchetti' }]);
    // same token for the same value: the token key moved, it did not change
    expect(
      await vault.issueTokens({
        tenant: 'acme',
        callId: 'c2',
        items: [{ type: 'PERSON', value: 'ivo marchetti' }],
      }),
    ).toEqual([tok]);
    const files = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    for (const f of files) {
      const mode = (await fs.stat(path.join(f.parentPath, f.name))).mode & 0o777;
      expect(mode).toBe(f.isDirectory() ? 0o700 : 0o600);
    }

    await vault.issueTokens({
      tenant: 'globex',
      callId: 'g1',
      items: [{ type: 'PERSON', value: 'Ada Brel' }],
    });
    const newKey = testKey();
    // an interrupted rotation left one tenant file rewrapped with the new key, and nothing committed
    const store = new DirectoryKeyStore(dir);
    const [first] = await store.listTenantKeys();
    const rewrap = (kind: 'data' | 'token', wrapped: string) =>
      wrapKey(
        newKey,
        unwrapKey(masterKey, wrapped, `${first!.tenant}|${kind}|1|1`),
        `${first!.tenant}|${kind}|1|2`,
      );
    await store.replaceTenantKeys(db, {
      ...first!,
      master_key_version: 2,
      wrapped_data_key: rewrap('data', first!.wrapped_data_key),
      wrapped_token_key: rewrap('token', first!.wrapped_token_key),
    });
    // running the rotation again finishes it
    const rotated = await openVault({ db: (await t.open()).db, masterKey, keyStore: store });
    expect(await rotated.rotate(newKey, DPO)).toEqual({ masterKeyVersion: 2, rewrapped: 2 });
    expect((await store.listTenantKeys()).map((r) => r.master_key_version)).toEqual([2, 2]);
    await expect(openVault({ db, masterKey, keyStore: store })).rejects.toThrow(VaultIntegrityError);
    const reopened = await openVault({ db: (await t.open()).db, masterKey: newKey, keyStore: store });
    expect(await reveal(reopened)).toEqual([{ token: tok, type: 'PERSON', value: 'ivo marchetti' }]);
  });
});
