/**
 * Issue 13.5 and 13.6 against real worker processes, real ffmpeg and Redis: a worker SIGKILLed
 * while its sandbox runs ffmpeg leaves no ffmpeg, sandbox or temp file behind and the call is
 * completed once by the next worker; a worker sent SIGTERM during a long job exits within its
 * shutdown grace, hands the job back explicitly (no attempt used) and another worker completes it
 * once; an idle worker exits 0 at once.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempEntries, startWatchedHarness, type WatchedHarness } from '../helpers/chaos.js';
import { readManifest } from '../../src/storage/publish.js';
import { callStorageKeys, resolveStorageKey } from '../../src/storage/uploads.js';
import { makeFixture, upload, waitFor, waitForCall, type Harness } from '../helpers/api-harness.js';
import { descendants, waitGone } from '../helpers/processes.js';

const run = promisify(execFile);
const GRACE_MS = 2_000;
/** 20 min of 8 kHz mono PCM re-encoded to Opus: several seconds of ffmpeg CPU on a quiet machine */
const AUDIO_SECONDS = 1_200;

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Waits until an ffmpeg runs under `worker` (its sandbox's child); returns the tree's pids. */
async function ffmpegUnder(worker: ChildProcess): Promise<number[]> {
  return waitFor(
    'an ffmpeg under the worker',
    async () => {
      const tree = descendants(worker.pid!);
      return tree.some((p) => p.comm === 'ffmpeg') ? tree.map((p) => p.pid) : undefined;
    },
    150_000,
  );
}

describe('worker processes and signals', () => {
  let h: Harness;
  let tmp: string;
  let audio: Buffer;
  let watched: WatchedHarness | undefined;
  let queue: Queue;
  let completions: string[] = [];

  beforeAll(async () => {
    watched = await startWatchedHarness('cr-signals-tmp', {
      MAX_UPLOAD_BYTES: String(128 * 1024 * 1024),
      WORKER_LOCK_MS: '3000',
      WORKER_STALLED_INTERVAL_MS: '500',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
    });
    ({ h, tmp, queue, completions } = watched);
    const wav = path.join(tmp, 'long.wav');
    await run('ffmpeg', [
      ...['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi'],
      ...['-i', `sine=frequency=330:sample_rate=8000:duration=${AUDIO_SECONDS}`],
      ...['-ac', '1', '-c:a', 'pcm_s16le', '-fflags', '+bitexact', '-map_metadata', '-1', wav],
    ]);
    audio = await fs.readFile(wav);
    await fs.rm(wav);
  }, 120_000);

  afterAll(async () => {
    await watched?.close();
  });

  /** A long call (Opus output: the whole audio goes through ffmpeg); `variant` makes its id unique. */
  async function submitLongCall(variant: number): Promise<string> {
    const { transcript } = await makeFixture(path.join(h.dir, 'fixtures'), variant);
    const parts = { audio, transcript, audio_options: JSON.stringify({ format: 'opus' }) };
    // a keep-alive socket the server closes as it is reused resets the request: send it again
    const { status, body } = await upload(h.base, h.keys.uploader, parts).catch(() =>
      upload(h.base, h.keys.uploader, parts),
    );
    expect(status).toBe(202);
    return body.id as string;
  }

  async function expectPublishedOnce(id: string): Promise<void> {
    const done = await waitForCall(h.base, h.keys.uploader, id);
    expect(done.state).toBe('completed');
    await waitFor('the completed event', async () => (completions.includes(id) ? true : undefined));
    expect(completions.filter((c) => c === id)).toEqual([id]);
    const outDir = resolveStorageKey(h.config.STORAGE_DIR, callStorageKeys(id).outputKey);
    const manifest = await readManifest(outDir);
    expect(Object.keys(manifest!.artefacts)).toContain('audio.opus');
  }

  it('SIGKILL mid-ffmpeg: no ffmpeg, sandbox or temp file outlives the worker; the call completes once', async () => {
    const id = await submitLongCall(11);
    const first = h.spawnWorker();
    const tree = await ffmpegUnder(first);
    first.kill('SIGKILL');
    await exitOf(first);
    // the sandbox sees its worker gone and abandons the job; setpriv's parent-death signal ends ffmpeg
    const goneMs = await waitGone(tree, 2_000);
    expect(await tempEntries(tmp)).toEqual([]);
    expect(await tempEntries(h.config.STORAGE_DIR)).toEqual([]);
    expect(await (await queue.getJob(id))!.getState()).toBe('active');
    console.log(`worker SIGKILLed mid-ffmpeg: its ${tree.length} descendants gone after ${goneMs} ms`);

    const restarted = Date.now();
    const second = h.spawnWorker();
    await expectPublishedOnce(id);
    console.log(`completed ${Date.now() - restarted} ms after the next worker was started`);
    expect(await tempEntries(tmp)).toEqual([]);
    expect(await tempEntries(h.config.STORAGE_DIR)).toEqual([]);
    await h.stopWorker(second);
  }, 240_000);

  it('SIGTERM mid-job: exits 1 within the grace, hands the job back unused, another worker completes it once', async () => {
    const id = await submitLongCall(12);
    const first = h.spawnWorker();
    const tree = await ffmpegUnder(first);
    const started = Date.now();
    first.kill('SIGTERM');
    const exit = await exitOf(first);
    const tookMs = Date.now() - started;
    console.log(`SIGTERM with a ${GRACE_MS} ms grace: worker exited ${exit.code} after ${tookMs} ms`);
    expect(exit.code).toBe(1);
    expect(tookMs).toBeLessThan(GRACE_MS + 6_000);
    await waitGone(tree, 3_000);
    const job = (await queue.getJob(id))!;
    // handed back: waiting again at once (not left to its lock), no attempt used up
    expect(await job.getState()).toBe('waiting');
    expect(job.attemptsMade).toBe(0);
    const row = await h.database.db
      .selectFrom('calls')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row?.state).not.toBe('completed');
    expect(await tempEntries(tmp)).toEqual([]);
    expect(await tempEntries(h.config.STORAGE_DIR)).toEqual([]);
    expect(h.workerLogs.join('')).toContain('job handed back to the queue');

    const second = h.spawnWorker();
    await expectPublishedOnce(id);
    expect(await tempEntries(tmp)).toEqual([]);

    // an idle worker drains at once and exits 0
    const idleStart = Date.now();
    second.kill('SIGTERM');
    expect((await exitOf(second)).code).toBe(0);
    expect(Date.now() - idleStart).toBeLessThan(5_000);
  }, 240_000);
});
