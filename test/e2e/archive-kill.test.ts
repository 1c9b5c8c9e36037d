/**
 * An inline archive run over 500 generated calls in a folder, killed with SIGKILL in the middle
 * (no chance to save anything), then the same command: it resumes from the saved cursor and
 * finishes without redoing the calls recorded before the kill. A third run skips everything.
 * Real CLI processes, SQLite state.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveStatus, runIdOf } from '../../src/archive/run.js';
import { canonicalJson } from '../../src/calls/call-id.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { CLI, runCli } from '../helpers/cli.js';
import { createHash } from 'node:crypto';

const CALLS = 500;

describe('archive run killed and resumed', () => {
  let dir: string;
  let source: string;
  let out: string;
  let env: Record<string, string>;
  let database: Database;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-archive-kill-'));
    source = path.join(dir, 'calls');
    out = path.join(dir, 'out');
    env = {
      SQLITE_PATH: path.join(dir, 'state.sqlite'),
      STORAGE_DIR: path.join(dir, 'storage'),
      LOG_LEVEL: 'error',
    };
    for (let i = 0; i < CALLS; i++) {
      const sub = path.join(source, `agent-${i % 9}`);
      await fs.mkdir(sub, { recursive: true });
      await fs.writeFile(
        path.join(sub, `c${String(i).padStart(4, '0')}.txt`),
        `caller: hello, this is Orla Brennigan at 42 Quillfeather Lane, phone 555-01${String(i % 100).padStart(2, '0')}, ticket ${i}\n`,
      );
    }
  });
  afterAll(async () => {
    await database?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('resumes after SIGKILL and redoes nothing recorded', { timeout: 1_500_000 }, async () => {
    const args = ['archive', 'run', source, '--out', out, '--inline', '--concurrency', '2', '--batch', '50'];
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    database = await openDatabase({ sqlitePath: env.SQLITE_PATH! });
    const policySha = createHash('sha256').update(canonicalJson(DEFAULT_POLICY)).digest('hex');
    const id = runIdOf('default', source, out, policySha);
    let before = 0;
    for (const deadline = Date.now() + 900_000; Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 200));
      const s = await archiveStatus(database.db, id).catch(() => null);
      if (s && s.done >= 120) {
        child.kill('SIGKILL');
        break;
      }
    }
    await exited;
    const killed = await archiveStatus(database.db, id);
    before = killed.done;
    expect(killed.state).toBe('running'); // nobody marked it: the process was killed
    expect(before).toBeGreaterThanOrEqual(120);
    expect(before).toBeLessThan(CALLS);

    const resumed = await runCli(args, { env });
    expect(resumed.stdout).toContain(`archive ${id} finished`);
    const after = await archiveStatus(database.db, id);
    expect(after).toMatchObject({ state: 'finished', failed: 0, unpaired: 0, discovered: CALLS });
    expect(after.done + after.skipped).toBe(CALLS);
    // only calls in flight at the kill (published, not yet recorded) can be found published again
    expect(after.skipped).toBeLessThanOrEqual(2);
    for (const i of [0, 137, 499]) {
      const name = `agent-${i % 9}/c${String(i).padStart(4, '0')}`;
      const text = await fs.readFile(path.join(out, name, 'transcript.txt'), 'utf8');
      expect(text).not.toMatch(/brennigan|555-01/i);
    }

    const again = await runCli(args, { env });
    expect(again.code).toBe(0);
    expect(await archiveStatus(database.db, id)).toMatchObject({
      state: 'finished',
      done: 0,
      skipped: CALLS,
    });
  });
});
