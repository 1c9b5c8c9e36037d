/**
 * Issue 13, the embedded SQLite database locked by another program (RELIABILITY.md F8): the API
 * (in-process) and a worker process on the default SQLite file; another process (a backup tool, an
 * operator's `sqlite3` shell) holds `BEGIN EXCLUSIVE` on that file for longer than busy_timeout
 * (5 s) while an upload arrives and while the worker is on a call:
 * - the upload gets 503 UNAVAILABLE (not 500) and nothing of it is kept;
 * - the worker's attempt is retried, not failed for good; after the lock is released every call
 *   completes exactly once, and the processes stay up;
 * - no path, driver code or PII in any answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { expectEachCompletedOnce, leftovers, settledCall } from '../helpers/chaos.js';

/** How long the other program keeps its lock: twice busy_timeout. */
const HOLD_MS = 10_000;

/**
 * A separate process (another program) that takes SQLite's write lock on `file` and keeps it
 * until `HOLD_MS` has passed; resolves once the lock is held.
 */
async function holdLock(file: string): Promise<ChildProcess> {
  const script = `
    const SQLite = require('better-sqlite3');
    const db = new SQLite(process.env.LOCK_FILE);
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.exit(0); }, Number(process.env.HOLD_MS));
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: process.cwd(),
    env: { ...process.env, LOCK_FILE: file, HOLD_MS: String(HOLD_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited ${code} before locking`)));
  });
  return child;
}

function exited(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
}

describe('embedded SQLite database locked by another program', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_BYTES: String(16 * 1024 * 1024) });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers 503 while the file is locked, retries the worker, and completes everything once', async () => {
    expect(h.config.DATABASE_URL ?? '').toBe('');
    const dbFile = h.config.SQLITE_PATH;
    const worker = h.spawnWorker();
    const fixtures = path.join(h.dir, 'fixtures');
    const first = await upload(h.base, h.keys.uploader, await makeFixture(fixtures, 1));
    expect(first.status).toBe(202);
    const firstId = first.body.id as string;
    expect((await settledCall(h.base, h.keys.uploader, firstId)).state).toBe('completed');

    // a long call; the lock is taken while the worker is on it
    const long = await upload(h.base, h.keys.uploader, await makeFixture(fixtures, 2, 600));
    expect(long.status).toBe(202);
    const longId = long.body.id as string;
    await waitFor(
      'the long call to start',
      async () =>
        (await getJson(h.base, h.keys.uploader, `/v1/calls/${longId}`)).body.state === 'active'
          ? true
          : undefined,
      240_000,
    );
    const locker = await holdLock(dbFile);

    const during = await upload(h.base, h.keys.uploader, await makeFixture(fixtures, 3));
    console.log(`upload while the database is locked: ${during.status} ${JSON.stringify(during.body)}`);
    // either refused as a busy dependency, or (had the lock gone in time) accepted; never a 500
    expect([202, 503]).toContain(during.status);
    const ids = [firstId, longId];
    if (during.status === 503) {
      expect((during.body.error as { code: string }).code).toBe('UNAVAILABLE');
      expect(JSON.stringify(during.body)).not.toMatch(/SQLITE|sqlite|\/tmp\/|555-01|example\.com/);
      // nothing of the refused upload kept
      expect(await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', '.incoming'))).toEqual([]);
    } else {
      ids.push(during.body.id as string);
    }
    // the worker runs into the lock too; then the other program lets go
    await exited(locker);
    expect(worker.exitCode).toBeNull();

    const again = await upload(h.base, h.keys.uploader, await makeFixture(fixtures, 3));
    expect(again.status).toBe(202);
    if (!ids.includes(again.body.id as string)) ids.push(again.body.id as string);
    await expectEachCompletedOnce(h, ids);
    const logs = h.workerLogs.join('');
    // what the worker said about the lock (attempt failures are logged by code, without PII)
    for (const line of logs.split('\n').filter((l) => /UNAVAILABLE|INTERNAL|busy|locked/i.test(l)))
      console.log(`worker: ${line.slice(0, 400)}`);
    expect(logs).not.toMatch(/"code":"INTERNAL"|internal error/);
    expect(logs).not.toMatch(/555-01\d\d|@example\.com/);
    expect(await leftovers(h.config.STORAGE_DIR)).toEqual([]);
    expect(worker.exitCode).toBeNull();
  }, 400_000);
});
