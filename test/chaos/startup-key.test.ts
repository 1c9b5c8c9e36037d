/**
 * Issue 13.10: `serve` and `worker` started with a master key that is not the vault's exit
 * non-zero with a clear message (serve used to log it and keep running; the worker did not check
 * the key until its first job).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { openVault } from '../../src/vault/vault.js';
import { CLI } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'cr-startkey-'));
const env = {
  SQLITE_PATH: path.join(dir, 'callredact.sqlite'),
  STORAGE_DIR: path.join(dir, 'storage'),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `crkey-${randomBytes(4).toString('hex')}`,
  PORT: '0',
  HOST: '127.0.0.1',
  VAULT_MASTER_KEY: randomBytes(32).toString('base64'),
};

beforeAll(async () => {
  // a vault created with another key
  const database = await openDatabase({ sqlitePath: env.SQLITE_PATH });
  await openVault({ db: database.db, masterKey: randomBytes(32) });
  await database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command until it exits or `limitMs` passes (then SIGKILL: it kept running). */
function runUntilExit(args: string[], limitMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('start-up with a wrong master key', () => {
  for (const command of ['serve', 'worker']) {
    it(`${command} exits non-zero and says why`, async () => {
      const { code, stderr } = await runUntilExit([command], 60_000);
      expect(code).toBe(1);
      expect(stderr).toContain(`callredact ${command}: cannot start: master key does not match the vault`);
      expect(stderr).not.toContain(env.VAULT_MASTER_KEY);
    });
  }
});
