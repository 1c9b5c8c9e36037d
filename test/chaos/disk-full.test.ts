/**
 * Issue 13, disk full: STORAGE_DIR on a small tmpfs (mounted by the test; it needs root) filled up
 * with a filler file
 * - while an upload streams in: the client gets 507 INSUFFICIENT_STORAGE, no bytes, ledger row or
 *   queue job remain, and the next upload after space frees is accepted and completed;
 * - while a worker writes a call's outputs: nothing is published, the raw original stays, no
 *   staging folder or temp file remains, and the job is retried (with backoff) until it completes
 *   once space frees.
 * The same two cases run again with a file-size limit (where `mount` is refused, or with
 * CHAOS_DISK_FULL=fsize, only those: the fallback is exercised on every CI run either way) (RLIMIT_FSIZE, `ulimit -f`) on an API process (`callredact serve`) and on a worker
 * process: a write past the limit fails with EFBIG (Node ignores SIGXFSZ; an ffmpeg child gets it
 * and dies), which the service must treat as ENOSPC. "Space frees" is the limit lifted on the
 * running processes (`prlimit --pid`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, REPO, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { CLI } from '../helpers/cli.js';
import { descendants } from '../helpers/processes.js';
import { assertWholeOrNothing, completionsById, freePort, leftovers, settledCall } from '../helpers/chaos.js';

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

const forceLimit = process.env.CHAOS_DISK_FULL === 'fsize';
const mountDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-tmpfs-'));
const mounted = !forceLimit && tryMount(mountDir);
if (!mounted) {
  await fs.rm(mountDir, { recursive: true, force: true });
  console.warn(
    forceLimit
      ? 'disk-full cases: file-size limit (CHAOS_DISK_FULL=fsize)'
      : 'disk-full cases: `mount -t tmpfs` refused (needs root): file-size limit instead',
  );
}

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

/** The file-size limit of the fallback, in KiB (`ulimit -f`): above what SQLite and logs write here. */
const LIMIT_KIB = 8 * 1024;
/** 1500 filler words: 305 s of 16 kHz audio, about 9.8 MB, past the limit */
const BIG_CALL_WORDS = 1500;

/** Spawns `command` under a soft file-size limit (the hard limit stays, so it can be lifted). */
function spawnLimited(command: string[], env: Record<string, string>, logs: string[]): ChildProcess {
  const child = spawn('bash', ['-c', `ulimit -S -f ${LIMIT_KIB} && exec "$@"`, 'bash', ...command], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => logs.push(d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => logs.push(d.toString('utf8')));
  return child;
}

/** Space frees: the limit lifted on a running process and all its descendants (sandboxes). */
function liftLimit(pid: number): void {
  for (const p of [pid, ...descendants(pid).map((d) => d.pid)]) {
    try {
      execFileSync('prlimit', ['--pid', String(p), '--fsize=unlimited'], { stdio: 'ignore' });
    } catch {
      // a descendant that ended meanwhile
    }
  }
}

/** The soft file-size limit of a running process, as /proc shows it. */
async function fsizeLimit(pid: number): Promise<string> {
  const limits = await fs.readFile(`/proc/${pid}/limits`, 'utf8');
  return /^Max file size\s+(\S+)/m.exec(limits)?.[1] ?? '?';
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describe('disk full by a file-size limit (also where tmpfs cannot be mounted)', () => {
  let h: Harness;
  let tmpDir: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-worker-tmp-'));
    h = await startHarness({ TMPDIR: tmpDir, MAX_UPLOAD_BYTES: String(64 * 1024 * 1024) });
  });
  afterAll(async () => {
    for (const child of children) await stop(child);
    await h?.close();
    await fs.rm(tmpDir, { recursive: true, force: true });
  });

  it('an upload past the limit gets 507; nothing is kept; once lifted the next one is accepted', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 1, BIG_CALL_WORDS);
    expect(fixture.audio.length).toBeGreaterThan(LIMIT_KIB * 1024);
    const port = await freePort();
    const logs: string[] = [];
    const api = spawnLimited([process.execPath, CLI, 'serve'], { ...h.env, PORT: String(port) }, logs);
    children.push(api);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(
      'the limited API',
      async () => ((await fetch(`${base}/healthz`).catch(() => null))?.ok ? true : undefined),
      120_000,
    );
    expect(await fsizeLimit(api.pid!)).toBe(String(LIMIT_KIB * 1024));

    const res = await upload(base, h.keys.uploader, fixture);
    console.log(`upload past the file-size limit: ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.status).toBe(507);
    expect((res.body.error as { code: string }).code).toBe('INSUFFICIENT_STORAGE');
    expect(JSON.stringify(res.body)).not.toContain(h.config.STORAGE_DIR);
    expect(await leftovers(h.config.STORAGE_DIR, tmpDir)).toEqual([]);
    expect(await h.database.db.selectFrom('calls').select('id').execute()).toEqual([]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    liftLimit(api.pid!);
    expect(await fsizeLimit(api.pid!)).toBe('unlimited');
    const worker = h.spawnWorker();
    const ok = await upload(base, h.keys.uploader, fixture);
    expect(ok.status).toBe(202);
    const id = ok.body.id as string;
    expect((await settledCall(h.base, h.keys.uploader, id)).state).toBe('completed');
    expect(await assertWholeOrNothing(h.config.STORAGE_DIR, id)).toBe('whole');
    await h.stopWorker(worker);
  }, 400_000);

  it('a worker past the limit publishes nothing, keeps the original, and retries once lifted', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 2, BIG_CALL_WORDS);
    const res = await upload(h.base, h.keys.uploader, fixture);
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    const rawAudio = path.join(h.config.STORAGE_DIR, 'raw', id, 'audio');
    const sha = createHash('sha256').update(fixture.audio).digest('hex');

    const logs: string[] = [];
    const worker = spawnLimited([process.execPath, '--import', 'tsx', 'src/queue/main.ts'], h.env, logs);
    children.push(worker);
    const jobKey = `bull:${h.env.QUEUE_PREFIX}-interactive:${id}`;
    const reason = await waitFor(
      'a failed attempt',
      async () => (await h.redis.hget(jobKey, 'failedReason')) || undefined,
      240_000,
    );
    console.log(`attempt past the file-size limit failed with: ${reason}`);
    expect(reason).toMatch(/^INSUFFICIENT_STORAGE: /);
    expect(await assertWholeOrNothing(h.config.STORAGE_DIR, id)).toBe('none');
    expect(
      createHash('sha256')
        .update(await fs.readFile(rawAudio))
        .digest('hex'),
    ).toBe(sha);
    await waitFor(
      'staging removed',
      async () => ((await leftovers(h.config.STORAGE_DIR, tmpDir)).length === 0 ? true : undefined),
      10_000,
    ).catch(() => undefined);
    expect(await leftovers(h.config.STORAGE_DIR, tmpDir)).toEqual([]);

    liftLimit(worker.pid!);
    const done = await settledCall(h.base, h.keys.uploader, id);
    console.log(`after the limit was lifted: ${done.state} ${JSON.stringify(done.failure)}`);
    expect(done.state).toBe('completed');
    expect(await assertWholeOrNothing(h.config.STORAGE_DIR, id)).toBe('whole');
    expect(completionsById(logs).get(id)).toBe(1);
    expect(await leftovers(h.config.STORAGE_DIR, tmpDir)).toEqual([]);
  }, 400_000);
});
