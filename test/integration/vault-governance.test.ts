/**
 * Governance of the vault (issue 14) on both backends: erasure that sticks when later calls say the
 * erased value again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { NotFoundError } from '../../src/errors.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { BACKENDS, createTestDb, DPO, type TestDb, testKey } from './vault-backends.js';

const PHONE = { type: 'PHONE_NUMBER' as const, value: '(415) 555-0142' };

describe.each(BACKENDS)('vault governance on %s', (backend) => {
  let t: TestDb;
  let database: Database;
  let vault: Vault;

  beforeEach(async () => {
    t = await createTestDb(backend);
    database = await t.open();
    vault = await openVault({ db: database.db, masterKey: testKey() });
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
});
