import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConfigError,
  ForbiddenError,
  InputError,
  VaultIntegrityError,
} from '../../src/errors.js';
import { cliPrincipal } from '../../src/commands/cli-credential.js';
import { createApiKey, revokeApiKey } from '../../src/keys/api-keys.js';
import {
  auditVerifyCommand,
  retentionRunCommand,
  vaultAccessCommand,
  vaultEraseCommand,
  vaultRevealCommand,
  vaultRotateCommand,
} from '../../src/commands/vault-commands.js';
import { openVaultFromConfig, requireVault } from '../../src/vault/open-from-config.js';
import { openVault, type Vault } from '../../src/vault/vault.js';
import { BACKENDS, createTestDb, DPO, type TestDb, testKey } from './vault-backends.js';

describe.each(BACKENDS)('vault CLI commands on %s', (backend) => {
  let t: TestDb;
  let vault: Vault;
  let dir: string;
  const logger = { warn: () => undefined };

  beforeEach(async () => {
    t = await createTestDb(backend);
    vault = await openVault({ db: (await t.open()).db, masterKey: testKey() });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-cmd-'));
  });
  afterEach(async () => {
    await t.cleanup();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('takes roles from an API key checked against the database, never from a claim', async () => {
    const database = await t.open();
    const keyFor = async (role: 'dpo' | 'reviewer' | 'admin') =>
      (await createApiKey(database.db, { role, tenant: 'acme' })).key;
    const dpoKey = await keyFor('dpo');
    const file = path.join(dir, 'operator.key');
    await fs.writeFile(file, dpoKey + '\n', { mode: 0o600 });
    expect(await cliPrincipal(database.db, { keyFile: file })).toMatchObject({ role: 'dpo', tenant: 'acme' });
    expect(await cliPrincipal(database.db, { apiKey: dpoKey }, { tenant: 'acme' })).toMatchObject({
      role: 'dpo',
    });
    await expect(cliPrincipal(database.db, {})).rejects.toThrow(AuthenticationError);
    await expect(cliPrincipal(database.db, { apiKey: 'cr_' + 'x'.repeat(40) })).rejects.toThrow(
      AuthenticationError,
    );
    await expect(cliPrincipal(database.db, { apiKey: dpoKey }, { tenant: 'globex' })).rejects.toThrow(
      ForbiddenError,
    );
    // a key file others can read is refused outright
    await fs.chmod(file, 0o644);
    await expect(cliPrincipal(database.db, { keyFile: file })).rejects.toThrow(/chmod 600/);
    // rotation and retention need admin: a dpo key is not enough, an admin key is
    await expect(cliPrincipal(database.db, { apiKey: dpoKey }, { roles: ['admin'] })).rejects.toThrow(
      ForbiddenError,
    );
    expect(
      await cliPrincipal(database.db, { apiKey: await keyFor('admin') }, { roles: ['admin'] }),
    ).toMatchObject({ role: 'admin' });
    // a revoked key no longer works
    const reviewer = await createApiKey(database.db, { role: 'reviewer', tenant: 'acme' });
    await revokeApiKey(database.db, reviewer.id);
    await expect(cliPrincipal(database.db, { apiKey: reviewer.key })).rejects.toThrow(AuthenticationError);
  });

  it('reveal, access, erase, rotate, verify and retention print results', async () => {
    const [tok] = await vault.issueTokens({
      tenant: 'acme',
      callId: 'call-7',
      items: [{ type: 'PERSON', value: 'Nell Pryor' }],
    });
    const base = { vault, tenant: 'acme', actor: DPO };
    expect(await vaultRevealCommand({ ...base, tokens: [`[${tok}]`], purpose: 'QA dispute 3' })).toBe(
      `${tok}\tnell pryor`,
    );
    await expect(
      vaultRevealCommand({ ...base, actor: { id: 'alex', role: 'analyst' }, tokens: [tok!], purpose: 'x' }),
    ).rejects.toThrow(ForbiddenError);
    expect(await vaultAccessCommand({ ...base, type: 'person', value: 'NELL PRYOR' })).toBe(
      `token ${tok} appears in 1 call(s):\ncall-7`,
    );
    await expect(vaultAccessCommand({ ...base, type: 'CAR', value: 'x' })).rejects.toThrow(InputError);

    const keyFile = path.join(dir, 'new.key');
    await fs.writeFile(keyFile, testKey().toString('hex'), { mode: 0o600 });
    expect(await vaultRotateCommand({ vault, actor: DPO, newKeyFile: keyFile, logger })).toMatch(
      /^master key rotated to version 2; 1 tenant key\(s\) rewrapped/,
    );

    const erased = await vaultEraseCommand({
      ...base,
      type: 'PERSON',
      value: 'nell pryor',
      purpose: 'DSR-9',
    });
    const erasureId = /erasure (era_[0-9a-f]{24})/.exec(erased)?.[1];
    expect(erased).toBe(
      `token ${tok} erased; it can no longer be revealed. erasure ${erasureId}, 1 call(s) affected:\ncall-7\n` +
        `re-render their outputs with: callredact vault rerender ${erasureId}`,
    );
    expect(await vaultEraseCommand({ ...base, type: 'PERSON', value: 'nell pryor' })).toMatch(
      /^value not found in the vault; erasure era_[0-9a-f]{24} recorded, later calls will not tokenise it$/,
    );
    expect(
      await retentionRunCommand({
        vault,
        actor: DPO,
        olderThanDays: 30,
        now: new Date('2030-01-01T00:00:00Z'),
      }),
    ).toBe('retention cutoff 2029-12-02T00:00:00.000Z: 0 vault entr(ies), 0 occurrence row(s) deleted');
    // reveal, forbidden reveal, access, rotate, erase, erase (not found), retention
    expect(await auditVerifyCommand({ vault })).toEqual({
      ok: true,
      text: expect.stringMatching(
        /^audit log intact: 7 record\(s\), no checkpoint given \(audit key [0-9a-f]{16}\)$/,
      ) as unknown,
    });
  });
});

describe('opening the vault from the configuration (SQLite file)', () => {
  it('opens with a key, returns null without one, and refuses a different key', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-cfg-'));
    const logger = { warn: () => undefined };
    const config = { DATABASE_URL: undefined, SQLITE_PATH: path.join(dir, 'db', 'vault.sqlite') };
    try {
      expect(
        await openVaultFromConfig(
          { ...config, VAULT_MASTER_KEY: undefined, VAULT_MASTER_KEY_FILE: undefined },
          logger,
        ),
      ).toBeNull();
      await expect(
        requireVault({ ...config, VAULT_MASTER_KEY: undefined, VAULT_MASTER_KEY_FILE: undefined }, logger),
      ).rejects.toThrow(ConfigError);

      const key = testKey().toString('base64');
      const opened = await requireVault(
        { ...config, VAULT_MASTER_KEY: key, VAULT_MASTER_KEY_FILE: undefined },
        logger,
      );
      const [tok] = await opened.vault.issueTokens({
        tenant: 't',
        callId: 'c',
        items: [{ type: 'EMAIL', value: 'cfg@example.com' }],
      });
      expect(tok).toMatch(/^EMAIL_/);
      await opened.close();

      await expect(
        requireVault(
          { ...config, VAULT_MASTER_KEY: testKey().toString('hex'), VAULT_MASTER_KEY_FILE: undefined },
          logger,
        ),
      ).rejects.toThrow(VaultIntegrityError);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
