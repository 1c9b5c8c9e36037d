/**
 * Issue 14.3: what each leak gives an attacker after an erasure, on both backends. The attacker
 * knows the code (token and hash algorithms, key wrapping) and holds some of: the database (live, or
 * a backup taken before the erasure, which is what a PostgreSQL WAL or SQLite WAL file replays), the
 * published outputs, the master key, the key folder (VAULT_KEYSTORE_DIR). They try to recover the
 * erased phone number by brute force over its known range (10 000 numbers), and to decrypt it.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../src/db/database.js';
import type { Tables } from '../../src/db/schema.js';
import { NotFoundError } from '../../src/errors.js';
import { unseal, unwrapKey } from '../../src/vault/crypto.js';
import { DatabaseKeyStore, DirectoryKeyStore, type KeyStore } from '../../src/vault/keystore.js';
import { tokenFor, valueHash } from '../../src/vault/tokens.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { openTestDatabase } from '../helpers/database.js';
import { BACKENDS, createTestDb, DPO, type TestDb, testKey } from './vault-backends.js';

const TABLES = [
  'vault_master_keys',
  'vault_tenant_keys',
  'vault_subject_keys',
  'vault_entries',
  'vault_occurrences',
  'vault_tombstones',
  'vault_erasures',
  'vault_audit',
] as const;
type Snapshot = { [K in (typeof TABLES)[number]]: Tables[K][] };

async function snapshot(db: Db): Promise<Snapshot> {
  const out: Partial<Snapshot> = {};
  for (const t of TABLES) (out as Record<string, unknown>)[t] = await db.selectFrom(t).selectAll().execute();
  return out as Snapshot;
}

const PHONE = { type: 'PHONE_NUMBER' as const, value: '(415) 555-0142' };
const ERASED_DIGITS = '4155550142';
/** the attacker's known range: 415-555-0000 .. 415-555-9999 */
const RANGE = Array.from({ length: 10_000 }, (_, n) => `415555${String(n).padStart(4, '0')}`);
const TOKEN_RE = /[A-Z_]+_[0-9A-HJKMNP-TV-Z]{8}/g;

/** The tenant token key, from whatever key material the attacker holds (or null: none in reach). */
async function tokenKeyFrom(
  leaked: { db?: Snapshot; keystoreDir?: string },
  masterKey: Buffer,
): Promise<Buffer | null> {
  const rows = [...(leaked.db?.vault_tenant_keys ?? [])];
  if (leaked.keystoreDir) rows.push(...(await new DirectoryKeyStore(leaked.keystoreDir).listTenantKeys()));
  const row = rows.find((r) => r.tenant === 'acme');
  if (!row) return null;
  return unwrapKey(
    masterKey,
    row.wrapped_token_key,
    `acme|token|${row.data_key_version}|${row.master_key_version}`,
  );
}

/**
 * Brute force over the range: a guess is confirmed when its keyed hash is a tombstone or an entry's
 * value hash, or its token is in the outputs or the audit log. Returns the confirmed values (numbers
 * that were never erased are confirmed too: that is the deterministic tokens' linkage by design).
 */
function bruteForce(tokenKey: Buffer, artefacts: { db: Snapshot; outputs: string }): string[] {
  const hashes = new Set([
    ...artefacts.db.vault_tombstones.map((r) => r.value_hash),
    ...artefacts.db.vault_entries.map((r) => r.value_hash),
  ]);
  const tokens = new Set([
    ...(artefacts.outputs.match(TOKEN_RE) ?? []),
    ...artefacts.db.vault_audit.flatMap((r) => r.tokens.match(TOKEN_RE) ?? []),
  ]);
  const confirmed: string[] = [];
  for (const guess of RANGE) {
    const h = valueHash(tokenKey, 'PHONE_NUMBER', guess);
    if (hashes.has(h.toString('hex')) || tokens.has(tokenFor('PHONE_NUMBER', h))) confirmed.push(guess);
  }
  return confirmed;
}

describe.each(BACKENDS)('leaks after an erasure on %s', (backend) => {
  let t: TestDb;
  let database: Database;
  let masterKey: Buffer;
  let keystoreDir: string;

  beforeEach(async () => {
    t = await createTestDb(backend);
    database = await t.open();
    masterKey = testKey();
    keystoreDir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-keys-'));
  });
  afterEach(async () => {
    await t.cleanup();
    await fs.rm(keystoreDir, { recursive: true, force: true });
  });

  /** Three calls say the phone number (two before the erasure, one after); outputs as published. */
  async function scenario(keyStore: KeyStore) {
    const vault = await openVault({ db: database.db, masterKey, keyStore });
    const outputs = new Map<string, string>();
    const publish = async (callId: string, items: { type: 'PHONE_NUMBER' | 'PERSON'; value: string }[]) => {
      const tokens = await vault.issueTokens({ tenant: 'acme', callId, items });
      outputs.set(callId, tokens.map((tok) => `[${tok}]`).join(' '));
      return tokens;
    };
    const [oldToken] = await publish('call-1', [PHONE, { type: 'PERSON', value: 'Wren Halloway' }]);
    await publish('call-2', [PHONE, { type: 'PHONE_NUMBER', value: '415 555 0177' }]);
    // someone looked the number up before the erasure: the audit log has a reveal and an access
    await vault.reveal({ tenant: 'acme', tokens: [oldToken!], purpose: 'ticket 5', actor: DPO });
    await vault.findOccurrences({ tenant: 'acme', ...PHONE, actor: DPO });
    const backup = await snapshot(database.db);

    const { erasureId } = await vault.erase({ tenant: 'acme', ...PHONE, actor: DPO, purpose: 'DSR-31' });
    // re-render as storage/rerender.ts does: the token becomes the placeholder
    await vault.resumeErasure({ tenant: 'acme', erasureId, actor: DPO }, async (callId, token) => {
      outputs.set(callId, outputs.get(callId)!.replaceAll(`[${token}]`, '[PHONE_NUMBER]'));
      return 1;
    });
    const [replacement] = await publish('call-3', [PHONE]);
    const live = await snapshot(database.db);
    return { vault, oldToken: oldToken!, replacement: replacement!, backup, live, outputs };
  }

  it('with a key folder: the database (live or backup), outputs and master key do not recover it', async () => {
    const s = await scenario(new DirectoryKeyStore(keystoreDir));
    const outputs = [...s.outputs.values()].join('\n');
    const liveText = JSON.stringify(s.live);

    // database alone: no key of any kind, no erased token, no value, no replacement
    expect(s.live.vault_tenant_keys).toEqual([]);
    expect(s.live.vault_subject_keys).toEqual([]);
    expect(liveText).not.toContain(s.oldToken);
    expect(liveText).not.toContain(s.oldToken.slice(-8));
    expect(liveText).not.toContain(s.replacement.slice(-8));
    expect(liveText).not.toContain(ERASED_DIGITS);
    // the audit log names subjects by random reference: no token at all, before or after erasure
    expect(s.live.vault_audit.map((r) => r.tokens).join('')).not.toMatch(TOKEN_RE);
    expect(s.live.vault_audit.map((r) => r.action)).toEqual(['reveal', 'access', 'erase', 'rerender']);
    const erasedRef = s.backup.vault_entries.find((e) => e.token === s.oldToken)!.subject_ref!;
    expect(erasedRef).toMatch(/^sub_[0-9a-f]{32}$/);
    // the reference in the log leads nowhere any more
    expect(liveText.split(erasedRef).length - 1).toBe(3); // reveal, access, erase records only

    // database + outputs: the old token is gone from the outputs, the replacement is stored nowhere
    // and differs per call; neither can be revealed
    expect(outputs).not.toContain(s.oldToken);
    expect(outputs).toContain('[PHONE_NUMBER]');
    for (const tok of [s.oldToken, s.replacement]) {
      await expect(
        s.vault.reveal({ tenant: 'acme', tokens: [tok], purpose: 'attack', actor: DPO }),
      ).rejects.toThrow(NotFoundError);
    }

    // database (live and backup) + outputs + master key: no tenant key in reach, nothing to guess with
    expect(await tokenKeyFrom({ db: s.live }, masterKey)).toBeNull();
    expect(await tokenKeyFrom({ db: s.backup }, masterKey)).toBeNull();

    // backup + all keys (master key and the key folder): the erased value's ciphertext is in the
    // backup, its subject key is not in the folder any more, and the tenant data key does not open it
    const row = s.backup.vault_entries.find((e) => e.token === s.oldToken)!;
    const store = new DirectoryKeyStore(keystoreDir);
    expect(await store.getSubjectKey(database.db, 'acme', erasedRef)).toBeUndefined();
    const files = await fs.readdir(keystoreDir, { recursive: true });
    expect(files.join('\n')).not.toContain(erasedRef);
    const tenantRow = (await store.listTenantKeys())[0]!;
    const dataKey = unwrapKey(masterKey, tenantRow.wrapped_data_key, `acme|data|1|1`);
    expect(() =>
      unseal(
        dataKey,
        { iv: Buffer.from(row.iv, 'base64'), data: Buffer.from(row.ciphertext, 'base64') },
        `acme|${row.token}|${erasedRef}`,
      ),
    ).toThrow(/authentication/);
    // every other value of the backup still decrypts with its own key (the attack code is right)
    const kept = s.backup.vault_entries.find((e) => e.token !== s.oldToken)!;
    const keptKey = await store.getSubjectKey(database.db, 'acme', kept.subject_ref!);
    expect(keptKey).toBeDefined();

    // RESIDUAL RISK (README threat model): with the database and all keys, a low-entropy value can
    // still be confirmed by guessing, because tokens are deterministic and the tombstone must
    // recognise the value in later calls
    const tokenKey = (await tokenKeyFrom({ keystoreDir }, masterKey))!;
    const started = process.hrtime.bigint();
    expect(bruteForce(tokenKey, { db: s.live, outputs })).toContain(ERASED_DIGITS);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(bruteForce(tokenKey, { db: s.backup, outputs: '' })).toContain(ERASED_DIGITS);
    // ...but not from the outputs and the audit log alone: they no longer carry the token
    expect(
      bruteForce(tokenKey, { db: { ...s.live, vault_tombstones: [], vault_entries: [] }, outputs }),
    ).not.toContain(ERASED_DIGITS);
    process.stdout.write(`brute force over 10 000 numbers with all keys: ${ms.toFixed(0)} ms\n`);
  });

  it('with keys in the database (default): erasure destroys the subject key; backup + master key is the residual', async () => {
    const s = await scenario(new DatabaseKeyStore());
    const erasedRef = s.backup.vault_entries.find((e) => e.token === s.oldToken)!.subject_ref!;
    expect(s.backup.vault_subject_keys.map((k) => k.ref)).toContain(erasedRef);
    expect(s.live.vault_subject_keys.map((k) => k.ref)).not.toContain(erasedRef);
    expect(s.live.vault_subject_keys).toHaveLength(s.live.vault_entries.length);
    expect(JSON.stringify(s.live)).not.toContain(s.oldToken.slice(-8));
    // RESIDUAL RISK: the database holds the wrapped token key, so database + master key can guess
    const tokenKey = (await tokenKeyFrom({ db: s.live }, masterKey))!;
    expect(tokenKey).not.toBeNull();
    expect(bruteForce(tokenKey, { db: s.live, outputs: '' })).toContain(ERASED_DIGITS);
  });

  it('a database restored from before the erasure does not undo it when the keys live apart', async () => {
    const s = await scenario(new DirectoryKeyStore(keystoreDir));
    // the restore: a fresh database holding the backup's rows, the same key folder
    const restored = await openTestDatabase(backend, 'cr_restore');
    try {
      for (const table of TABLES) {
        const rows = s.backup[table] as unknown[];
        if (rows.length)
          await restored.db
            .insertInto(table)
            .values(rows as never)
            .execute();
      }
      const vault: Vault = await openVault({
        db: restored.db,
        masterKey,
        keyStore: new DirectoryKeyStore(keystoreDir),
      });
      await expect(
        vault.reveal({ tenant: 'acme', tokens: [s.oldToken], purpose: 'after restore', actor: DPO }),
      ).rejects.toThrow(NotFoundError);
      let erased = 0;
      const [again] = await vault.issueTokens({
        tenant: 'acme',
        callId: 'call-4',
        items: [PHONE],
        onErased: (n) => void (erased += n),
      });
      expect(erased).toBe(1);
      expect(again).not.toBe(s.oldToken);
      const audit = await restored.db
        .selectFrom('vault_audit')
        .select('outcome')
        .orderBy('id', 'desc')
        .execute();
      expect(audit[0]!.outcome).toBe('not_found: subject key destroyed');
      // other subjects are intact
      const person = s.backup.vault_entries.find((e) => e.token.startsWith('PERSON_'))!.token;
      expect(
        await vault.reveal({ tenant: 'acme', tokens: [person], purpose: 'after restore', actor: DPO }),
      ).toEqual([{ token: person, type: 'PERSON', value: 'wren halloway' }]);
    } finally {
      await restored.close();
    }
  });
});
