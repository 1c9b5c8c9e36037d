/**
 * Retention: `callredact retention run` and the workers' repeatable job delete raw uploads older
 * than the retention age (and, with a vault, expired vault entries), and keep newer ones.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { createApiKey } from '../../src/keys/api-keys.js';
import { CLI, runCli } from '../helpers/cli.js';

let dir: string;
let env: Record<string, string>;

async function rawUpload(id: string, ageDays: number): Promise<string> {
  const folder = path.join(dir, 'storage', 'raw', id);
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(path.join(folder, 'transcript'), '{"words":[]}');
  // a call's raw upload is as old as its newest object (the same rule on a folder and a bucket)
  const when = new Date(Date.now() - ageDays * 86_400_000);
  await fs.utimes(path.join(folder, 'transcript'), when, when);
  await fs.utimes(folder, when, when);
  return folder;
}

const exists = (p: string) =>
  fs.stat(p).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-retention-'));
  env = {
    STORAGE_DIR: path.join(dir, 'storage'),
    SQLITE_PATH: path.join(dir, 'db.sqlite'),
    QUEUE_PREFIX: `test-retention-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
  };
  // retention from the CLI needs an admin credential checked against the database
  const database = await openDatabase({ sqlitePath: env.SQLITE_PATH });
  try {
    env.CALLREDACT_API_KEY = (await createApiKey(database.db, { role: 'admin', tenant: 'default' })).key;
  } finally {
    await database.close();
  }
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('retention', () => {
  it('deletes raw uploads older than --days and keeps newer ones (no vault configured)', async () => {
    const old = await rawUpload('a'.repeat(32), 10);
    const fresh = await rawUpload('b'.repeat(32), 1);
    const result = await runCli(['retention', 'run', '--days', '5'], { env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/1 raw upload\(s\) deleted \(no vault configured\)/);
    expect(await exists(old)).toBe(false);
    expect(await exists(fresh)).toBe(true);
  });

  it('runs through the vault (audited) when a master key is configured', async () => {
    const old = await rawUpload('c'.repeat(32), 40);
    const withVault = { ...env, VAULT_MASTER_KEY: randomBytes(32).toString('base64') };
    const result = await runCli(['retention', 'run'], { env: withVault });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 vault entr\(ies\), 0 occurrence row\(s\), 1 raw upload\(s\) deleted/);
    expect(await exists(old)).toBe(false);
    const audit = await runCli(['audit', 'verify'], { env: withVault });
    expect(audit.stdout).toMatch(/audit log intact: 1 record/);
  });

  it("runs as the workers' repeatable job", async () => {
    const old = await rawUpload('d'.repeat(32), 3);
    const fresh = await rawUpload('e'.repeat(32), 0);
    const worker = spawn(process.execPath, [CLI, 'worker'], {
      env: { ...process.env, ...env, RETENTION_DAYS: '2', RETENTION_INTERVAL_MS: '1000' },
      stdio: 'ignore',
    });
    try {
      const deadline = Date.now() + 30_000;
      while ((await exists(old)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(await exists(old)).toBe(false);
      expect(await exists(fresh)).toBe(true);
    } finally {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
  });
});
