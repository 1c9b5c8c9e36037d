/**
 * Issue 13's "the same job twice concurrently, and once more later", with real worker processes:
 * a worker and its sandbox frozen (SIGSTOP of its process group, like a paused VM) past the job's
 * lock while the sandbox is mid-call (a large transcript-only call, in detection); another worker takes the job over and completes the call;
 * then the frozen one is let run again (SIGCONT). Its attempt must publish nothing (the publish
 * guard, README "Worker processes"). Then the same content is uploaded again and the same call's
 * job is replayed: the same call, nothing published again.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/storage/publish.js';
import { callStorageKeys, resolveStorageKey } from '../../src/storage/uploads.js';
import {
  assertWholeOrNothing,
  completionsById,
  leftovers,
  readyWorker,
  settledCall,
  startWatchedHarness,
  type WatchedHarness,
} from '../helpers/chaos.js';
import { upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { descendants, running, waitGone } from '../helpers/processes.js';

const LOCK_MS = 3_000;
const STALLED_MS = 500;
const WORDS = Number(process.env.CHAOS_TWICE_WORDS ?? 60_000);

/**
 * A transcript-only call of `words` words (fictional PII first): no audio, so no ffprobe or ffmpeg
 * runs in the attempt, whose time goes to detection (CPU-bound in the sandbox).
 */
function longTranscript(words: number): Buffer {
  const head = ['my', 'name', 'is', 'Odalys', 'Brenwick', 'call', 'me', 'at', '(555)', '555-0163'];
  const vocab = ['so', 'the', 'account', 'number', 'is', 'four', 'one', 'five', 'okay', 'and'];
  const list = Array.from({ length: words }, (_, i) => head[i] ?? vocab[(i * 7) % vocab.length]!);
  return Buffer.from(
    JSON.stringify({
      words: list.map((text, i) => ({
        text,
        start: (i * 20) / 1000,
        end: (i * 20 + 15) / 1000,
        speaker: i < head.length ? 'customer' : 'agent',
      })),
      note: 'twice',
    }),
  );
}

/** Every published file of the call's output folder with its inode and modification time. */
async function outputStats(dir: string): Promise<Record<string, string>> {
  const stats: Record<string, string> = {};
  for (const name of (await fs.readdir(dir)).sort()) {
    const s = await fs.stat(path.join(dir, name));
    stats[name] = `${s.ino}:${s.mtimeMs}:${s.size}`;
  }
  return stats;
}

describe('the same job twice', () => {
  let h: Harness;
  let tmp: string;
  let watched: WatchedHarness | undefined;
  let queue: Queue;
  let completions: string[] = [];
  const frozen = new Set<ChildProcess>();

  beforeAll(async () => {
    watched = await startWatchedHarness('cr-twice-tmp', {
      MAX_UPLOAD_BYTES: String(64 * 1024 * 1024),
      WORKER_LOCK_MS: String(LOCK_MS),
      WORKER_STALLED_INTERVAL_MS: String(STALLED_MS),
    });
    ({ h, tmp, queue, completions } = watched);
  }, 120_000);

  afterAll(async () => {
    // a worker left frozen by a failed run would never answer the harness's SIGTERM
    for (const child of frozen) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await watched?.close();
  });

  const rowOf = (id: string) =>
    h.database.db
      .selectFrom('calls')
      .select(['state', 'stage', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst();

  it('a worker frozen past its lock, resumed after another completed the call, publishes nothing; the same content later is the same call', async () => {
    // the first worker in a process group of its own, so one signal freezes it, its sandbox and
    // any ffmpeg of the sandbox together
    const first = await readyWorker(h, { detached: true }, 180_000);
    const firstLogs: string[] = [];
    first.stdout!.on('data', (d: Buffer) => firstLogs.push(d.toString('utf8')));
    first.stderr!.on('data', (d: Buffer) => firstLogs.push(d.toString('utf8')));
    const call = { transcript: longTranscript(WORDS) };
    const sent = await upload(h.base, h.keys.uploader, call);
    expect(sent.status).toBe(202);
    const id = sent.body.id as string;

    // Freeze as soon as the ledger says active: the attempt is past its "already completed?"
    // check and busy with detection, far from its publish check. (The first version of this test
    // froze a call with audio there, in its ffprobe: when let run again, the probe's 30 s timeout
    // fired at once and the attempt failed as INVALID_AUDIO before reaching the publish check;
    // such a probe is now a retryable failure, src/audio/probe.test.ts.)
    await waitFor(
      'the call active in the first worker',
      async () => {
        const row = await rowOf(id);
        if (row?.state === 'completed') throw new Error('the call finished before it could be frozen');
        return row?.state === 'active' ? true : undefined;
      },
      240_000,
    );
    process.kill(-first.pid!, 'SIGSTOP');
    frozen.add(first);
    const stageAtFreeze = (await rowOf(id))?.stage;
    const frozenTree = descendants(first.pid!).map((p) => `${p.comm}:${p.state}`);
    expect(frozenTree.filter((p) => /^(ffmpeg|ffprobe|setpriv)/.test(p))).toEqual([]);
    const frozenAt = Date.now();
    const rowAtFreeze = await rowOf(id);

    const second = await readyWorker(h, {}, 180_000);
    const done = await settledCall(h.base, h.keys.uploader, id, 400_000);
    expect(done.state).toBe('completed');
    const takenOverMs = Date.now() - frozenAt;
    const outDir = resolveStorageKey(h.config.STORAGE_DIR, callStorageKeys(id).outputKey);
    const published = await outputStats(outDir);
    expect(Object.keys(published)).toContain(MANIFEST_FILE);
    const manifestBefore = await fs.readFile(path.join(outDir, MANIFEST_FILE));
    await waitFor('the completed event', async () => (completions.includes(id) ? true : undefined));
    const job = (await queue.getJob(id))!;
    expect(job.attemptsStarted).toBeGreaterThanOrEqual(2);
    const rowAfterTakeOver = await rowOf(id);

    // let the frozen attempt run on: it reaches its publish check and gives up
    const resumedFrom = firstLogs.length;
    process.kill(-first.pid!, 'SIGCONT');
    frozen.delete(first);
    const outcomeOf = (text: string) => {
      if (text.includes('attempt superseded')) return 'superseded';
      if (text.includes('call attempt failed')) return 'failed';
      if (text.includes('call job completed')) return 'completed';
      // the attempt returned and the queue refused its result (the job is no longer its)
      if (/Missing lock for job [^\n]*moveToFinished/.test(text)) return 'finished';
      return undefined;
    };
    await waitFor(
      'the resumed attempt to end',
      async () => outcomeOf(firstLogs.slice(resumedFrom).join('')),
      300_000,
    );
    // give the first worker's own reaction to its lost job (lock renewal, moving the job) time;
    // the sandbox's lines reach us relayed through the worker's output, so its "superseded" line
    // may arrive after the worker's own "Missing lock" line: decide on all lines once both are in
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const outcome = outcomeOf(firstLogs.slice(resumedFrom).join(''));
    console.log(
      `frozen at stage ${stageAtFreeze} (${frozenTree.join(' ')}); call completed by the other worker ${takenOverMs} ms later; ` +
        `resumed attempt: ${outcome}; first worker's lines after SIGCONT:\n${firstLogs
          .slice(resumedFrom)
          .join('')
          .split('\n')
          .filter((l) => /callId|job|lock|error/i.test(l))
          .map((l) => l.slice(0, 300))
          .join('\n')}`,
    );
    // the published outputs are the other worker's, untouched
    expect(await outputStats(outDir)).toEqual(published);
    expect(await fs.readFile(path.join(outDir, MANIFEST_FILE))).toEqual(manifestBefore);
    // refused by the publish check because it no longer held the job
    expect(outcome).toBe('superseded');
    expect(firstLogs.slice(resumedFrom).join('')).toMatch(/"reason":"lock"[^\n]*attempt superseded/);
    expect(await assertWholeOrNothing(h.config.STORAGE_DIR, id)).toBe('whole');
    expect(completions.filter((c) => c === id)).toEqual([id]);
    expect(completionsById(h.workerLogs).get(id)).toBe(1);
    // the ledger row was completed once and the resumed attempt did not touch it
    const rowDone = await rowOf(id);
    expect(rowDone?.state).toBe('completed');
    expect(rowDone?.updated_at).toBe(rowAfterTakeOver?.updated_at);
    expect(rowAtFreeze?.state).toBe('active');
    expect((await queue.getJob(id))?.finishedOn).toBe(job.finishedOn);
    expect(await leftovers(h.config.STORAGE_DIR, tmp)).toEqual([]);

    // once more later: the same content uploaded again is the same call, already done
    const again = await upload(h.base, h.keys.uploader, call);
    expect(again.body.id).toBe(id);
    expect([200, 202]).toContain(again.status);
    // and the same call's job replayed (a re-queued or duplicated job) publishes nothing again
    const replay = await queue.add(job.name, job.data, { jobId: `${id}-replay` });
    await waitFor('the replayed job', async () => (completions.includes(replay.id!) ? true : undefined));
    expect(await outputStats(outDir)).toEqual(published);
    expect((await rowOf(id))?.state).toBe('completed');
    expect(completionsById(h.workerLogs).get(id)).toBe(1);
    expect(await leftovers(h.config.STORAGE_DIR, tmp)).toEqual([]);

    first.kill('SIGKILL');
    await waitGone([first.pid!], 30_000);
    expect(running(first.pid!)).toBe(false);
    await h.stopWorker(second);
  }, 900_000);
});
