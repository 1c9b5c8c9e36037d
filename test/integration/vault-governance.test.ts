/**
 * Governance of the vault (issue 14) on both backends: erasure that sticks when later calls say the
 * erased value again.
 */
import { createHash, createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { NotFoundError } from '../../src/errors.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { BACKENDS, openTestVault, DPO, type TestDb, testKey } from './vault-backends.js';

/** What an attacker with DDL rights types to make the audit table editable. */
const unguard = (backend: string) =>
  backend === 'postgres'
    ? 'ALTER TABLE vault_audit DISABLE TRIGGER vault_audit_no_change;'
    : 'DROP TRIGGER IF EXISTS vault_audit_no_update; DROP TRIGGER IF EXISTS vault_audit_no_delete;';

const PHONE = { type: 'PHONE_NUMBER' as const, value: '(415) 555-0142' };

describe.each(BACKENDS)('vault governance on %s', (backend) => {
  let t: TestDb;
  let database: Database;
  let vault: Vault;
  let masterKey: Buffer;

  beforeEach(async () => {
    ({ t, database, masterKey, vault } = await openTestVault(backend));
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const issue = async (callId: string, items = [PHONE]) => {
    let erased = 0;
    const tokens = await vault.issueTokens({
      tenant: 'acme',
      callId,
      items,
      onErased: (n) => void (erased += n),
    });
    return { tokens, erased };
  };
  const reveal = (token: string) =>
    vault.reveal({ tenant: 'acme', tokens: [token], purpose: 'DSR-7', actor: DPO }).then(
      (v) => v,
      (err: unknown) => err as Error,
    );

  it('gives an erased value a one-off replacement that cannot be revealed or linked', async () => {
    const {
      tokens: [old],
    } = await issue('call-1');
    await vault.erase({ tenant: 'acme', ...PHONE, actor: DPO, purpose: 'DSR-7' });

    const later = await issue('call-2', [PHONE, { type: 'PHONE_NUMBER', value: '415 555 0142' }]);
    expect(later.erased).toBe(2);
    const [fresh, again] = later.tokens as [string, string];
    expect(fresh).toMatch(/^PHONE_NUMBER_[0-9A-Z]{8}$/);
    expect(fresh).not.toBe(old);
    expect(again).toBe(fresh);
    expect(await reveal(fresh)).toBeInstanceOf(NotFoundError);
    expect(await reveal(old!)).toBeInstanceOf(NotFoundError);

    // the same call again: the same replacement (byte-identical re-runs); another call: another one
    expect((await issue('call-2')).tokens).toEqual([fresh]);
    const third = await issue('call-3');
    expect(third.tokens[0]).not.toBe(fresh);
    expect(third.tokens[0]).not.toBe(old);

    // nothing was stored for it: access finds no calls, and other values still tokenise normally
    const access = await vault.findOccurrences({ tenant: 'acme', ...PHONE, actor: DPO });
    expect(access.callIds).toEqual([]);
    const other = await issue('call-4', [{ type: 'PHONE_NUMBER', value: '415 555 0199' }]);
    expect(other.erased).toBe(0);
    expect((await reveal(other.tokens[0]!)) as unknown).toEqual([
      { token: other.tokens[0], type: 'PHONE_NUMBER', value: '4155550199' },
    ]);
  });

  it('keeps a value erased before it was ever tokenised out of the vault', async () => {
    await vault.erase({ tenant: 'acme', ...PHONE, actor: DPO });
    const { tokens, erased } = await issue('call-1');
    expect(erased).toBe(1);
    expect(await reveal(tokens[0]!)).toBeInstanceOf(NotFoundError);
  });

  describe('audit chain', () => {
    const reveals = async (n: number) => {
      const [token] = await vault.issueTokens({ tenant: 'acme', callId: 'call-1', items: [PHONE] });
      for (let i = 1; i <= n; i++) {
        await vault.reveal({ tenant: 'acme', tokens: [token!], purpose: `case ${i}`, actor: DPO });
      }
    };
    type Row = Record<string, unknown> & { id: number; prev_hash: string; hash: string };
    /** Rewrites purpose of record 2 and recomputes every hash after it with `mac`. */
    const rewrite = async (mac: (prev: string, row: Row) => string) => {
      await t.admin(unguard(backend));
      const rows = (await database.db.selectFrom('vault_audit').selectAll().orderBy('id').execute()) as Row[];
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const edited = { ...row, prev_hash: prev, purpose: row.id === 2 ? 'routine check' : row.purpose };
        const hash = mac(prev, edited);
        await t.admin(
          `UPDATE vault_audit SET purpose = '${String(edited.purpose)}', prev_hash = '${prev}_', hash = '${hash}' WHERE id = ${row.id}`,
        );
        prev = hash;
      }
      // second pass: prev_hash is unique, so links were parked with a suffix
      await t.admin(`UPDATE vault_audit SET prev_hash = substr(prev_hash, 1, 64)`);
    };
    const canonical = (r: Row) =>
      JSON.stringify([
        r.id,
        r.at,
        r.actor_id,
        r.actor_role,
        r.action,
        r.tenant,
        r.tokens,
        r.purpose,
        r.outcome,
        r.key_id,
      ]);

    it('a chain recomputed without the audit key fails verification', async () => {
      await reveals(3);
      expect(await vault.verifyAudit()).toMatchObject({ ok: true, records: 3 });
      await rewrite((prev, row) =>
        createHash('sha256')
          .update(prev)
          .update(
            JSON.stringify([
              row.id,
              row.at,
              row.actor_id,
              row.actor_role,
              row.action,
              row.tenant,
              row.tokens,
              row.purpose,
              row.outcome,
            ]),
          )
          .digest('hex'),
      );
      expect(await vault.verifyAudit()).toMatchObject({ ok: false, brokenId: 1, reason: 'record altered' });
      await rewrite((prev, row) =>
        createHmac('sha256', testKey()).update(prev).update(canonical(row)).digest('hex'),
      );
      expect(await vault.verifyAudit()).toMatchObject({ ok: false, brokenId: 1, reason: 'record altered' });
    });

    it('a signed checkpoint detects a deleted tail, and a chain rebuilt with the key', async () => {
      const auditKey = testKey();
      const keyed = await openVault({ db: database.db, masterKey, auditKey });
      vault = keyed;
      await reveals(3);
      const checkpoint = await keyed.auditCheckpoint();
      expect(checkpoint).toMatchObject({ version: 1, headId: 3, count: 3 });

      // the tail goes: the chain alone still verifies; the checkpoint does not
      await t.admin(`${unguard(backend)} DELETE FROM vault_audit WHERE id = 3`);
      expect(await keyed.verifyAudit()).toMatchObject({ ok: true, records: 2 });
      expect(await keyed.verifyAudit([checkpoint])).toMatchObject({
        ok: false,
        reason: 'log truncated: checkpoint of ' + checkpoint.at + ' covers 3 record(s), log has 2',
      });

      // with the audit key leaked, an edited chain is recomputed: only the checkpoint catches it
      await reveals(1);
      const cp2 = await keyed.auditCheckpoint();
      await rewrite((prev, row) =>
        createHmac('sha256', auditKey).update(prev).update(canonical(row)).digest('hex'),
      );
      expect(await keyed.verifyAudit()).toMatchObject({ ok: true });
      expect(await keyed.verifyAudit([cp2])).toMatchObject({
        ok: false,
        reason: 'record differs from checkpoint',
      });

      // a forged checkpoint, and a checkpoint of another key, are refused and named
      expect(await keyed.verifyAudit([{ ...cp2, count: 99, headId: 99 }])).toMatchObject({
        ok: false,
        reason: 'checkpoint signature invalid',
      });
      const other = await openVault({ db: database.db, masterKey, auditKey: testKey() });
      const verdict = await other.verifyAudit();
      expect(verdict).toMatchObject({ ok: false, brokenId: 1 });
      expect(verdict.ok ? '' : verdict.reason).toMatch(/^record needs audit key [0-9a-f]{16}$/);
    });
  });

  it('audits every reveal attempt: blank purpose, malformed token and wrong role too', async () => {
    const [token] = await vault.issueTokens({ tenant: 'acme', callId: 'call-1', items: [PHONE] });
    const attempts = [
      { tokens: [token!], purpose: '   ', actor: DPO },
      { tokens: [token!, 'PHONE_NUMBER_1234'], purpose: 'DSR-8', actor: DPO },
      { tokens: [token!], purpose: 'curious', actor: { id: 'rex', role: 'reviewer' } },
      { tokens: [], purpose: 'DSR-8', actor: DPO },
    ];
    for (const a of attempts) {
      await expect(vault.reveal({ tenant: 'acme', ...a })).rejects.toThrow();
    }
    const rows = await database.db
      .selectFrom('vault_audit')
      .select(['actor_id', 'actor_role', 'action', 'purpose', 'outcome'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { actor_id: 'dana', actor_role: 'dpo', action: 'reveal', purpose: '', outcome: 'refused: no purpose' },
      {
        actor_id: 'dana',
        actor_role: 'dpo',
        action: 'reveal',
        purpose: 'DSR-8',
        outcome: 'refused: 1 malformed token(s)',
      },
      { actor_id: 'rex', actor_role: 'reviewer', action: 'reveal', purpose: 'curious', outcome: 'forbidden' },
      {
        actor_id: 'dana',
        actor_role: 'dpo',
        action: 'reveal',
        purpose: 'DSR-8',
        outcome: 'refused: no tokens',
      },
    ]);
    expect(await vault.verifyAudit()).toMatchObject({ ok: true, records: 4 });
  });
});
