/**
 * Issue 13, disk full: STORAGE_DIR on a small tmpfs (mounted by the test; it needs root, and is
 * skipped with a message where mount is refused) filled up with a filler file
 * - while an upload streams in: the client gets 507 INSUFFICIENT_STORAGE, no bytes, ledger row or
 *   queue job remain, and the next upload after space frees is accepted and completed;
 * - while a worker writes a call's outputs: nothing is published, the raw original stays, no
 *   staging folder or temp file remains, and the job is retried (with backoff) until it completes
 *   once space frees.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { assertWholeOrNothing, completionsById, leftovers, settledCall } from '../helpers/chaos.js';

const SIZE_MB = 12;

function tryMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE_MB}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freeBytes(dir: string): Promise<number> {
  const s = await fs.statfs(dir);
  return s.bavail * s.bsize;
}

/** Fills the volume of `dir` until `leave` bytes are free. */
async function fill(dir: string, leave: number): Promise<string> {
  const file = path.join(dir, 'filler');
  const size = (await freeBytes(dir)) - leave;
  const handle = await fs.open(file, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 1);
  let written = 0;
  while (written < size) {
    const n = Math.min(chunk.length, size - written);
    await handle.write(chunk, 0, n);
    written += n;
  }
  await handle.close();
  return file;
}

const mountDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-tmpfs-'));
const mounted = tryMount(mountDir);
if (!mounted) console.warn('disk-full cases skipped: `mount -t tmpfs` refused (needs root)');

describe.skipIf(!mounted)('disk full on the storage volume', () => {
  let h: Harness;
  let tmpDir: string;
  let storageDir: string;
  beforeAll(async () => {
    tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-worker-tmp-'));
    storageDir = path.join(mountDir, 'storage');
    h = await startHarness({ STORAGE_DIR: storageDir, TMPDIR: tmpDir });
  });
  afterAll(async () => {
    await h?.close();
    execFileSync('umount', [mountDir]);
    await fs.rm(mountDir, { recursive: true, force: true });
    await fs.rm(tmpDir, { recursive: true, force: true });
  });

  it('an upload that fills the volume gets 507; nothing is kept; the next one is accepted', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 1);
    const filler = await fill(mountDir, 64 * 1024);
    const res = await upload(h.base, h.keys.uploader, fixture);
    console.log(`upload on a full volume: ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.status).toBe(507);
    expect((res.body.error as { code: string }).code).toBe('INSUFFICIENT_STORAGE');
    expect(JSON.stringify(res.body)).not.toContain(mountDir);
    expect(await leftovers(storageDir, tmpDir)).toEqual([]);
    expect(await h.database.db.selectFrom('calls').select('id').execute()).toEqual([]);

    await fs.rm(filler);
    h.spawnWorker();
    const ok = await upload(h.base, h.keys.uploader, fixture);
    expect(ok.status).toBe(202);
    const id = ok.body.id as string;
    expect((await settledCall(h.base, h.keys.uploader, id)).state).toBe('completed');
    expect(await assertWholeOrNothing(storageDir, id)).toBe('whole');
  }, 300_000);

  it('a worker that fills the volume publishes nothing, keeps the original, and retries once space frees', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 2);
    const res = await upload(h.base, h.keys.uploader, fixture);
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    const rawAudio = path.join(storageDir, 'raw', id, 'audio');
    const sha = createHash('sha256').update(fixture.audio).digest('hex');

    const filler = await fill(mountDir, 16 * 1024);
    // the worker of the first case picks the job up; wait for an attempt that failed
    const jobKey = `bull:${h.env.QUEUE_PREFIX}-interactive:${id}`;
    const reason = await waitFor(
      'a failed attempt',
      async () => (await h.redis.hget(jobKey, 'failedReason')) || undefined,
      60_000,
    );
    console.log(`attempt on a full volume failed with: ${reason}`);
    expect(reason).toMatch(/^INSUFFICIENT_STORAGE: /);
    // nothing published, the original untouched, no staging folder or temp file
    expect(await assertWholeOrNothing(storageDir, id)).toBe('none');
    expect(
      createHash('sha256')
        .update(await fs.readFile(rawAudio))
        .digest('hex'),
    ).toBe(sha);
    await waitFor(
      'staging removed',
      async () => ((await leftovers(storageDir, tmpDir)).length === 0 ? true : undefined),
      10_000,
    ).catch(() => undefined);
    expect(await leftovers(storageDir, tmpDir)).toEqual([]);

    await fs.rm(filler);
    const done = await settledCall(h.base, h.keys.uploader, id);
    console.log(`after space freed: ${done.state} ${JSON.stringify(done.failure)}`);
    expect(done.state).toBe('completed');
    expect(await assertWholeOrNothing(storageDir, id)).toBe('whole');
    expect(completionsById(h.workerLogs).get(id)).toBe(1);
    expect(await leftovers(storageDir, tmpDir)).toEqual([]);
  }, 300_000);
});
