import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { ForbiddenError, InputError, NotFoundError, VaultIntegrityError } from '../../src/errors.js';
import { loadMasterKey } from '../../src/vault/master-key.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { ANALYST, BACKENDS, openTestVault, DPO, type TestDb, testKey } from './vault-backends.js';

describe.each(BACKENDS)('vault under attack on %s', (backend) => {
  let t: TestDb;
  let database: Database;
  let masterKey: Buffer;
  let vault: Vault;
  let token: string;

  beforeEach(async () => {
    ({ t, database, masterKey, vault } = await openTestVault(backend));
    [token] = (await vault.issueTokens({
      tenant: 'acme',
      callId: 'call-1',
      items: [{ type: 'PERSON', value: 'Wren Halloway' }],
    })) as [string];
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const revealError = (req: Partial<Parameters<Vault['reveal']>[0]>) =>
    vault.reveal({ tenant: 'acme', tokens: [token], purpose: 'investigation 9', actor: DPO, ...req }).then(
      () => null,
      (err: unknown) => err as Error,
    );

  const auditOutcomes = async () =>
    (await database.db.selectFrom('vault_audit').select(['action', 'outcome']).orderBy('id').execute()).map(
      (r) => `${r.action}:${r.outcome}`,
    );

  it('unknown tokens and other tenants’ tokens get the same NotFoundError', async () => {
    const unknown = await revealError({ tokens: ['PERSON_00000000'] });
    const foreign = await revealError({ tenant: 'globex' });
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(foreign!.message).toBe(unknown!.message);
    expect(await auditOutcomes()).toEqual(['reveal:not_found', 'reveal:not_found']);
    expect(await revealError({ tokens: ['not a token'] })).toBeInstanceOf(InputError);
  });

  it('refuses roles other than dpo, and records the attempt', async () => {
    expect(await revealError({ actor: ANALYST })).toBeInstanceOf(ForbiddenError);
    await expect(
      vault.findOccurrences({ tenant: 'acme', type: 'PERSON', value: 'wren halloway', actor: ANALYST }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      vault.erase({ tenant: 'acme', type: 'PERSON', value: 'wren halloway', actor: ANALYST }),
    ).rejects.toThrow(ForbiddenError);
    expect(await auditOutcomes()).toEqual(['reveal:forbidden', 'access:forbidden', 'erase:forbidden']);
    expect(await database.db.selectFrom('vault_entries').select('token').execute()).toEqual([{ token }]);
  });

  it('requires a purpose', async () => {
    expect(await revealError({ purpose: '' })).toBeInstanceOf(InputError);
    expect(await revealError({ purpose: '   ' })).toBeInstanceOf(InputError);
  });

  it('detects tampered and swapped ciphertexts', async () => {
    const [other] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'call-1',
      items: [{ type: 'PERSON', value: 'Ash Corrin' }],
    });
    const row = await database.db
      .selectFrom('vault_entries')
      .selectAll()
      .where('token', '=', token)
      .executeTakeFirstOrThrow();
    const bytes = Buffer.from(row.ciphertext, 'base64');
    bytes[0]! ^= 0x01;
    await database.db
      .updateTable('vault_entries')
      .set({ ciphertext: bytes.toString('base64') })
      .where('token', '=', token)
      .execute();
    expect(await revealError({})).toBeInstanceOf(VaultIntegrityError);

    // a valid ciphertext moved to another token's row fails too (AAD binds it to its token)
    await database.db
      .updateTable('vault_entries')
      .set({ ciphertext: row.ciphertext, iv: row.iv })
      .where('token', '=', other!)
      .execute();
    expect(await revealError({ tokens: [other!] })).toBeInstanceOf(VaultIntegrityError);
    expect(await auditOutcomes()).toEqual(['reveal:integrity_error', 'reveal:integrity_error']);
  });

  it('refuses a wrong master key at open and touches no data', async () => {
    const before = await t.dump();
    const err = await openVault({ db: (await t.open()).db, masterKey: testKey() }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(VaultIntegrityError);
    expect(err!.message).toBe('master key does not match the vault');
    expect(await t.dump()).toBe(before);
  });

  it('concurrent writers of the same value produce one row and one token', async () => {
    // Postgres: separate connection pools (as separate workers); SQLite: one connection per
    // process, so several vault instances share it
    const dbs = await Promise.all(
      [0, 1, 2, 3].map(async () => (backend === 'postgres' ? (await t.open()).db : database.db)),
    );
    const vaults = await Promise.all(dbs.map((db) => openVault({ db, masterKey })));
    // 40 batches over 10 calls (each call runs 4 times, concurrently); the phone number is in every
    // batch, each batch also names one of two people
    const batches = Array.from({ length: 40 }, (_, i) => ({
      callId: `call-${i % 10}`,
      person: i % 4 === 0 ? 'Alpha' : 'Beta',
      vault: vaults[i % vaults.length]!,
    }));
    const results = await Promise.all(
      batches.map((b) =>
        b.vault.issueTokens({
          tenant: 'fresh-tenant',
          callId: b.callId,
          items: [
            { type: 'PHONE_NUMBER', value: '415 555 0142' },
            { type: 'PERSON', value: `Caller ${b.person}` },
          ],
        }),
      ),
    );
    expect(new Set(results.map((r) => r[0])).size).toBe(1);
    const entries = await database.db
      .selectFrom('vault_entries')
      .select('token')
      .where('tenant', '=', 'fresh-tenant')
      .execute();
    expect(entries).toHaveLength(3);
    const occurrences = await database.db
      .selectFrom('vault_occurrences')
      .select('call_id')
      .where('tenant', '=', 'fresh-tenant')
      .execute();
    const pairs = new Set(batches.flatMap((b) => [`${b.callId}|phone`, `${b.callId}|${b.person}`]));
    expect(occurrences.length).toBe(pairs.size);
    const keys = await database.db
      .selectFrom('vault_tenant_keys')
      .select('tenant')
      .where('tenant', '=', 'fresh-tenant')
      .execute();
    expect(keys).toHaveLength(1);
    const [revealed] = await vaults[3]!.reveal({
      tenant: 'fresh-tenant',
      tokens: [results[0]![0]!],
      purpose: 'race check',
      actor: DPO,
    });
    expect(revealed!.value).toBe('4155550142');

    // concurrent reveals from all writers still form one unbroken audit chain
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        vaults[i % vaults.length]!.reveal({
          tenant: 'fresh-tenant',
          tokens: [results[i]![1]!],
          purpose: `race ${i}`,
          actor: DPO,
        }),
      ),
    );
    expect(await vaults[0]!.verifyAudit()).toMatchObject({ ok: true, records: 21 });
  });

  it('audit log: append-only in the database, and a hand edit is pinpointed by verifyAudit', async () => {
    for (const purpose of ['case 1', 'case 2', 'case 3']) {
      await vault.reveal({ tenant: 'acme', tokens: [token], purpose, actor: DPO });
    }
    expect(await vault.verifyAudit()).toMatchObject({ ok: true, records: 3 });
    await expect(
      database.db.updateTable('vault_audit').set({ purpose: 'nothing to see' }).where('id', '=', 2).execute(),
    ).rejects.toThrow();
    await expect(database.db.deleteFrom('vault_audit').where('id', '=', 3).execute()).rejects.toThrow();

    // an administrator with DDL rights drops the guard and rewrites history
    if (backend === 'postgres') {
      await t.admin(`ALTER TABLE vault_audit DISABLE TRIGGER vault_audit_no_change;
        UPDATE vault_audit SET purpose = 'routine check' WHERE id = 2`);
    } else {
      await t.admin(
        `DROP TRIGGER vault_audit_no_update; UPDATE vault_audit SET purpose = 'routine check' WHERE id = 2`,
      );
    }
    expect(await vault.verifyAudit()).toMatchObject({ ok: false, brokenId: 2, records: 2 });
  });

  it('deleting an audit record breaks the chain at the next record', async () => {
    for (const purpose of ['case 1', 'case 2', 'case 3']) {
      await vault.reveal({ tenant: 'acme', tokens: [token], purpose, actor: DPO });
    }
    await t.admin(
      backend === 'postgres'
        ? `ALTER TABLE vault_audit DISABLE TRIGGER vault_audit_no_change; DELETE FROM vault_audit WHERE id = 2`
        : `DROP TRIGGER vault_audit_no_delete; DELETE FROM vault_audit WHERE id = 2`,
    );
    expect(await vault.verifyAudit()).toMatchObject({ ok: false, brokenId: 3, records: 2 });
  });

  it('warns about a key file readable by group or others, and opens the vault with it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-key-'));
    try {
      const file = path.join(dir, 'master.key');
      await fs.writeFile(file, `${masterKey.toString('base64')}\n`, { mode: 0o644 });
      await fs.chmod(file, 0o644);
      const warnings: string[] = [];
      const logger = { warn: (_obj: Record<string, unknown>, msg: string) => void warnings.push(msg) };
      const loaded = await loadMasterKey({ keyFile: file }, logger);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/group or others/);
      expect(warnings.join()).not.toContain(masterKey.toString('base64'));
      const reopened = await openVault({ db: database.db, masterKey: loaded! });
      expect(
        await reopened.reveal({ tenant: 'acme', tokens: [token], purpose: 'key file check', actor: DPO }),
      ).toHaveLength(1);

      await fs.chmod(file, 0o600);
      await loadMasterKey({ keyFile: file }, logger);
      expect(warnings).toHaveLength(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
