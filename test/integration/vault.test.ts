import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { NotFoundError, VaultIntegrityError } from '../../src/errors.js';
import { parsePolicy } from '../../src/policy.js';
import { buildEdits } from '../../src/transform/apply.js';
import { createTokenOperator } from '../../src/transform/token-operator.js';
import type { Entity } from '../../src/types.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { BACKENDS, openTestVault, DPO, type TestDb, testKey } from './vault-backends.js';

const TOKEN = /^\[(PHONE_NUMBER|PERSON|EMAIL|ACCOUNT_NUMBER)_[0-9A-HJKMNP-TV-Z]{8}\]$/;

describe.each(BACKENDS)('vault on %s', (backend) => {
  let t: TestDb;
  let database: Database;
  let masterKey: Buffer;
  let vault: Vault;

  beforeEach(async () => {
    ({ t, database, masterKey, vault } = await openTestVault(backend));
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const count = async (table: 'vault_entries' | 'vault_occurrences' | 'vault_audit') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('gives one token per normalised value, per type and per tenant', async () => {
    const op = createTokenOperator({ vault, tenant: 'acme', callId: 'call-1' });
    const spec = { operator: 'token' as const };
    const [a, b, c, d, e, f] = await op.replaceAll(
      [
        { type: 'PHONE_NUMBER', value: '(415) 555-0132' },
        { type: 'PHONE_NUMBER', value: '+1 415 555 0132' },
        { type: 'PHONE_NUMBER', value: '4155550199' },
        { type: 'PERSON', value: 'Jane  O’Doe' },
        { type: 'PERSON', value: 'jane odoe' },
        { type: 'ACCOUNT_NUMBER', value: '4155550132' },
      ],
      spec,
    );
    for (const tok of [a, b, c, d, e, f]) expect(tok).toMatch(TOKEN);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(e).toBe(d);
    expect(f!.slice(-9)).not.toBe(a!.slice(-9)); // the type is part of the hash, not just the prefix

    const later = createTokenOperator({ vault, tenant: 'acme', callId: 'call-2' });
    expect(await later.replaceAll([{ type: 'PHONE_NUMBER', value: '415.555.0132' }], spec)).toEqual([a]);
    const otherTenant = createTokenOperator({ vault, tenant: 'globex', callId: 'call-1' });
    expect(await otherTenant.replaceAll([{ type: 'PHONE_NUMBER', value: '4155550132' }], spec)).not.toEqual([
      a,
    ]);

    // a new process (new vault instance, same key) issues the same tokens
    const again = await openVault({ db: (await t.open()).db, masterKey });
    expect(
      await again.issueTokens({
        tenant: 'acme',
        callId: 'call-3',
        items: [{ type: 'PERSON', value: 'JANE ODOE' }],
      }),
    ).toEqual([d!.slice(1, -1)]);
  });

  it('is idempotent: the same call twice gives the same tokens and one set of rows', async () => {
    const items = [
      { type: 'PERSON' as const, value: 'Mara Quill' },
      { type: 'EMAIL' as const, value: 'Mara.Quill@example.com' },
      { type: 'PERSON' as const, value: 'mara quill' },
    ];
    const first = await vault.issueTokens({ tenant: 'acme', callId: 'c1', items });
    const rows = [await count('vault_entries'), await count('vault_occurrences')];
    expect(rows).toEqual([2, 2]);
    const second = await vault.issueTokens({ tenant: 'acme', callId: 'c1', items });
    expect(second).toEqual(first);
    expect([await count('vault_entries'), await count('vault_occurrences')]).toEqual(rows);
  });

  it('plugs into buildEdits as the token operator', async () => {
    const entities: Entity[] = [
      { type: 'PERSON', startWord: 2, endWord: 4, score: 0.9, detector: 'person', value: 'mara quill' },
      { type: 'PERSON', startWord: 9, endWord: 10, score: 0.9, detector: 'person', value: 'Mara Quill' },
    ];
    const items = await buildEdits(entities, parsePolicy({ defaultOperator: { operator: 'token' } }), {
      token: createTokenOperator({ vault, tenant: 'acme', callId: 'c9' }),
    });
    expect(items.map((i) => i.operator)).toEqual(['token', 'token']);
    expect(items[0]!.edit.replacement).toMatch(TOKEN);
    expect(items[1]!.edit.replacement).toBe(items[0]!.edit.replacement);
  });

  it('reveals normalised values to a dpo and writes the audit record first', async () => {
    const [phone, person] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'c1',
      items: [
        { type: 'PHONE_NUMBER', value: '415-555-0132' },
        { type: 'PERSON', value: 'Tobin Reyes-Vale' },
      ],
    });
    const revealed = await vault.reveal({
      tenant: 'acme',
      tokens: [`[${person}]`, phone!],
      purpose: 'fraud case 17',
      actor: DPO,
    });
    expect(revealed).toEqual([
      { token: person, type: 'PERSON', value: 'tobin reyes vale' },
      { token: phone, type: 'PHONE_NUMBER', value: '4155550132' },
    ]);
    const audit = await database.db.selectFrom('vault_audit').selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: 'dana',
      actor_role: 'dpo',
      action: 'reveal',
      tenant: 'acme',
      purpose: 'fraud case 17',
      outcome: 'granted',
    });
    // the record names the subjects by their random references, never by token
    const refs = await database.db
      .selectFrom('vault_entries')
      .select('subject_ref')
      .where('token', 'in', [person!, phone!])
      .execute();
    expect(JSON.parse(audit[0]!.tokens)).toEqual(refs.map((r) => r.subject_ref).sort());
    expect(audit[0]!.tokens).not.toContain(person!.slice(-8));
    expect(await vault.verifyAudit()).toMatchObject({ ok: true, records: 1 });
  });

  it('returns nothing when the audit record cannot be written', async () => {
    const [tok] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'c1',
      items: [{ type: 'PERSON', value: 'Ivo Brandt' }],
    });
    await sql`ALTER TABLE vault_audit RENAME TO vault_audit_gone`.execute(database.db);
    const outcome = await vault
      .reveal({ tenant: 'acme', tokens: [tok!], purpose: 'audit outage drill', actor: DPO })
      .then(
        (values) => ({ values }),
        (error: unknown) => ({ error }),
      );
    expect(outcome).not.toHaveProperty('values');
    expect(outcome).toHaveProperty('error');
  });

  it('answers access requests and erases values for good (crypto-shredding)', async () => {
    const items = [{ type: 'EMAIL' as const, value: 'Lena.Voss@example.com' }];
    const [tok] = await vault.issueTokens({ tenant: 'acme', callId: 'call-b', items });
    await vault.issueTokens({ tenant: 'acme', callId: 'call-a', items });
    await vault.issueTokens({
      tenant: 'acme',
      callId: 'call-c',
      items: [{ type: 'EMAIL', value: 'other@example.com' }],
    });

    const access = await vault.findOccurrences({
      tenant: 'acme',
      type: 'EMAIL',
      value: 'lena.voss@EXAMPLE.com',
      actor: DPO,
    });
    expect(access).toEqual({ token: tok, callIds: ['call-a', 'call-b'] });
    expect(
      await vault.findOccurrences({ tenant: 'nobody', type: 'EMAIL', value: 'x@example.com', actor: DPO }),
    ).toEqual({
      token: null,
      callIds: [],
    });

    const erased = await vault.erase({
      tenant: 'acme',
      type: 'EMAIL',
      value: 'lena.voss@example.com',
      actor: DPO,
      purpose: 'DSR-42',
    });
    expect(erased).toMatchObject({ token: tok, callIds: ['call-a', 'call-b'] });
    await expect(
      vault.reveal({ tenant: 'acme', tokens: [tok!], purpose: 'after erasure', actor: DPO }),
    ).rejects.toThrow(NotFoundError);
    const leftovers = await Promise.all(
      (['vault_entries', 'vault_occurrences'] as const).map((table) =>
        database.db.selectFrom(table).select('token').where('token', '=', tok!).execute(),
      ),
    );
    expect(leftovers).toEqual([[], []]);
    expect(await count('vault_entries')).toBe(1);

    const actions = await database.db
      .selectFrom('vault_audit')
      .select(['action', 'outcome', 'purpose'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual([
      { action: 'access', outcome: 'found', purpose: 'data subject access request' },
      { action: 'access', outcome: 'not_found', purpose: 'data subject access request' },
      { action: 'erase', outcome: expect.stringMatching(/^erased era_/) as unknown, purpose: 'DSR-42' },
      { action: 'reveal', outcome: 'not_found', purpose: 'after erasure' },
    ]);
    expect(await vault.verifyAudit()).toMatchObject({ ok: true, records: 4 });
  });

  it('rotates the master key by rewrapping tenant keys only', async () => {
    const [tok] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'c1',
      items: [{ type: 'PERSON', value: 'Oda Finch' }],
    });
    await vault.issueTokens({
      tenant: 'globex',
      callId: 'c1',
      items: [{ type: 'PERSON', value: 'Oda Finch' }],
    });
    const entriesBefore = await database.db
      .selectFrom('vault_entries')
      .selectAll()
      .orderBy('token')
      .execute();
    const keysBefore = await database.db
      .selectFrom('vault_tenant_keys')
      .selectAll()
      .orderBy('tenant')
      .execute();

    const newKey = testKey();
    expect(await vault.rotate(newKey, DPO)).toEqual({ masterKeyVersion: 2, rewrapped: 2 });

    expect(await database.db.selectFrom('vault_entries').selectAll().orderBy('token').execute()).toEqual(
      entriesBefore,
    );
    const keysAfter = await database.db
      .selectFrom('vault_tenant_keys')
      .selectAll()
      .orderBy('tenant')
      .execute();
    expect(keysAfter.map((k) => k.master_key_version)).toEqual([2, 2]);
    expect(keysAfter[0]!.wrapped_data_key).not.toBe(keysBefore[0]!.wrapped_data_key);

    await expect(openVault({ db: database.db, masterKey })).rejects.toThrow(VaultIntegrityError);
    const reopened = await openVault({ db: (await t.open()).db, masterKey: newKey });
    expect(
      await reopened.reveal({ tenant: 'acme', tokens: [tok!], purpose: 'post-rotation check', actor: DPO }),
    ).toEqual([{ token: tok, type: 'PERSON', value: 'oda finch' }]);
    // same tokens after rotation: the token key did not change
    expect(
      await reopened.issueTokens({
        tenant: 'acme',
        callId: 'c2',
        items: [{ type: 'PERSON', value: 'oda finch' }],
      }),
    ).toEqual([tok]);
  });

  it('retention deletes old entries unless a newer call still uses them', async () => {
    const day = 86_400_000;
    const now = new Date('2026-06-30T00:00:00Z');
    let clock = new Date(now.getTime() - 40 * day);
    const timed = await openVault({ db: database.db, masterKey, clock: () => clock });
    const [old] = await timed.issueTokens({
      tenant: 'acme',
      callId: 'old',
      items: [{ type: 'PERSON', value: 'Old Only' }],
    });
    const [kept] = await timed.issueTokens({
      tenant: 'acme',
      callId: 'old',
      items: [{ type: 'PERSON', value: 'Still Here' }],
    });
    clock = new Date(now.getTime() - 2 * day);
    await timed.issueTokens({
      tenant: 'acme',
      callId: 'recent',
      items: [{ type: 'PERSON', value: 'still here' }],
    });

    const cutoffs: Date[] = [];
    const result = await timed.runRetention(
      { olderThanDays: 30, now, deleteRawOlderThan: async (cutoff) => (cutoffs.push(cutoff), 3) },
      { id: 'cron', role: 'system' },
    );
    expect(result).toEqual({ cutoff: '2026-05-31T00:00:00.000Z', entries: 1, occurrences: 2, rawFiles: 3 });
    expect(cutoffs).toEqual([new Date('2026-05-31T00:00:00Z')]);
    const left = await database.db.selectFrom('vault_entries').select('token').execute();
    expect(left.map((r) => r.token)).toEqual([kept]);
    await expect(
      timed.reveal({ tenant: 'acme', tokens: [old!], purpose: 'after retention', actor: DPO }),
    ).rejects.toThrow(NotFoundError);
  });

  it('property: consistent tokens and exact round trips for arbitrary unicode values', async () => {
    const other = await openVault({ db: (await t.open()).db, masterKey });
    let call = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), async (value) => {
        call++;
        const [a] = await vault.issueTokens({
          tenant: 'acme',
          callId: `p${call}`,
          items: [{ type: 'EMAIL', value }],
        });
        const [b] = await other.issueTokens({
          tenant: 'acme',
          callId: `q${call}`,
          items: [{ type: 'EMAIL', value }],
        });
        expect(b).toBe(a);
        const [revealed] = await vault.reveal({
          tenant: 'acme',
          tokens: [a!],
          purpose: 'property test',
          actor: DPO,
        });
        const expected = value.normalize('NFKC').trim().toLowerCase() || value.normalize('NFKC').trim();
        expect(revealed!.value).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('stores no plaintext: neither the database file nor the table dumps contain issued values', async () => {
    const values = [
      { type: 'PERSON' as const, value: 'Quentin Marlowe-Ashby' },
      { type: 'EMAIL' as const, value: 'quentin.marlowe@example.com' },
      { type: 'PHONE_NUMBER' as const, value: '415 555 0187' },
      { type: 'ADDRESS' as const, value: '1427 Larkspur Hollow Lane' },
    ];
    await vault.issueTokens({ tenant: 'acme', callId: 'c1', items: values });
    await vault.reveal({
      tenant: 'acme',
      tokens: await vault.issueTokens({ tenant: 'acme', callId: 'c2', items: values }),
      purpose: 'plaintext scan',
      actor: DPO,
    });
    const needles = ['quentin', 'marlowe', '4155550187', 'larkspur', 'Quentin', 'Larkspur'];
    const dump = await t.dump();
    expect(dump).toContain('PERSON_'); // the dump really has rows
    for (const n of needles) expect(dump).not.toContain(n);
    if (t.file) {
      await database.close();
      const { readFile, readdir } = await import('node:fs/promises');
      const path = await import('node:path');
      const dir = path.dirname(t.file);
      for (const name of await readdir(dir)) {
        const bytes = await readFile(path.join(dir, name));
        for (const n of needles)
          expect(bytes.includes(Buffer.from(n, 'utf8')), `${name} contains ${n}`).toBe(false);
      }
    }
  });
});
