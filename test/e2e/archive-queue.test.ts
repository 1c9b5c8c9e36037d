/**
 * Archive runs through the queue: 500 generated calls in a folder, redacted into an
 * S3-compatible bucket (s3rver on loopback) by two real worker processes. The run is started over
 * HTTP (POST /v1/archives, admin) and followed with GET /v1/archives/:id; one worker is killed
 * with SIGKILL mid-run and the run still finishes with every call done once. Then the same run
 * from the CLI with `--queue`, its files touched, re-runs with back-pressure on a short bulk lane
 * and skips every call. Redis job data carries ids only. (Re-runs of untouched files are skipped
 * by the feeder without jobs: test/e2e/archive-rerun-db.test.ts.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../../src/storage/open-store.js';
import { readPublishedManifest, readText, type ObjectStore } from '../../src/storage/store.js';
import { getJson, startHarness, waitFor, type Harness } from '../helpers/api-harness.js';
import { CLI } from '../helpers/cli.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

const CALLS = 500;

describe('archive runs on the queue', () => {
  let s3: TestS3;
  let h: Harness;
  let bucket: ObjectStore;
  let source: string;

  beforeAll(async () => {
    s3 = await startTestS3();
    h = await startHarness({ ...s3.env, WORKER_CONCURRENCY: '2', LOG_LEVEL: 'warn' });
    bucket = openStoreAt(s3.url('redacted'), {
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    source = path.join(h.dir, 'archive');
    for (let i = 0; i < CALLS; i++) {
      const dir = path.join(source, `2026-11-${String((i % 28) + 1).padStart(2, '0')}`);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(
        path.join(dir, `call-${String(i).padStart(4, '0')}.txt`),
        `agent: good morning. caller: I am Idris Vantongeren, call me on 555-01${String(i % 100).padStart(2, '0')} (case ${i})\n`,
      );
    }
    await fs.writeFile(path.join(source, '2026-11-03', 'orphan.wav'), Buffer.alloc(64));
    await fs.writeFile(path.join(source, '2026-11-04', 'broken.json'), '{"words": [');
  });
  afterAll(async () => {
    await bucket?.close();
    await h?.close();
    await s3?.close();
  });

  it(
    'runs on two workers, survives a killed worker, reports over HTTP, and re-runs from the CLI with back-pressure',
    { timeout: 1_500_000 },
    async () => {
      const started = await fetch(`${h.base}/v1/archives`, {
        method: 'POST',
        headers: { authorization: `Bearer ${h.keys.admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ source, dest: s3.url('redacted') }),
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as { id: string };
      expect(id).toMatch(/^[a-f0-9]{20}$/);
      // admins only
      expect((await getJson(h.base, h.keys.uploader, `/v1/archives/${id}`)).status).toBe(403);

      const first = h.spawnWorker();
      h.spawnWorker();
      const status = async () => (await getJson(h.base, h.keys.admin, `/v1/archives/${id}`)).body;
      await waitFor(
        'some calls done',
        async () => ((await status()).done as number) >= 40 || undefined,
        600_000,
      );

      // Redis holds ids only: no file name, no transcript text
      const bulk = new Queue(`${h.env.QUEUE_PREFIX}-bulk`, { connection: h.redis });
      const jobs = await bulk.getJobs(['waiting', 'active', 'completed'], 0, 50);
      expect(jobs.length).toBeGreaterThan(0);
      for (const job of jobs) {
        expect(Object.keys(job.data as object).sort()).toEqual(['item', 'pass', 'run']);
        expect(JSON.stringify(job.data)).not.toMatch(/call-|2026-11|idris|555-01/i);
      }

      // a dead machine: SIGKILL one worker, start another
      first.kill('SIGKILL');
      h.spawnWorker();
      const finished = await waitFor(
        'the run to finish',
        async () => {
          const s = await status();
          return s.state === 'finished' ? s : undefined;
        },
        1_200_000,
      );
      expect(finished).toMatchObject({
        discovered: CALLS + 2,
        queued: 0,
        done: CALLS,
        failed: 1,
        unpaired: 1,
      });
      expect(finished.failures).toEqual([
        { name: '2026-11-03/orphan', reason: 'unpaired: audio without transcript' },
        {
          name: '2026-11-04/broken',
          reason: expect.stringMatching(/^failed: INVALID_TRANSCRIPT: /) as string,
        },
      ]);
      expect(JSON.stringify(finished)).not.toMatch(/idris|555-01/i);
      expect(finished.callsPerMinute as number).toBeGreaterThan(0);

      // published in the bucket, redacted
      const manifest = await readPublishedManifest(bucket, '2026-11-08/call-0007');
      expect(manifest?.base).toMatch(/^v-/);
      const text = await readText(bucket, `2026-11-08/call-0007/${manifest!.base}/transcript.txt`);
      expect(text).toContain('[PHONE_NUMBER]');
      expect(text).not.toMatch(/vantongeren|555-0107/i);

      // the same run from a terminal, every source file touched (same bytes, new modification
      // time): the feeder cannot skip from the listing, so every call goes through a short bulk
      // lane and the workers, which hash the files, find the outputs standing and skip them
      const touched = new Date(Date.now() + 60_000);
      for (let i = 0; i < CALLS; i++) {
        const file = path.join(
          source,
          `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
          `call-${String(i).padStart(4, '0')}.txt`,
        );
        await fs.utimes(file, touched, touched);
      }
      let maxBacklog = 0;
      const sampling = setInterval(() => {
        void bulk
          .getJobCounts('waiting', 'delayed', 'prioritized')
          .then((c) => (maxBacklog = Math.max(maxBacklog, c.waiting! + c.delayed! + c.prioritized!)))
          .catch(() => undefined);
      }, 100);
      const cli = spawn(
        process.execPath,
        // a short lane: at most 50 waiting jobs before the next batch of 25 is added
        [CLI, 'archive', 'run', source, '--out', s3.url('redacted'), '--queue', '--tenant', 'acme'].concat([
          '--max-queued',
          '50',
          '--batch',
          '25',
        ]),
        { env: { ...process.env, ...h.env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      cli.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      cli.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
      clearInterval(sampling);
      expect(out).toContain(`archive ${id} finished`);
      expect(code).toBe(1); // the corrupt file still fails
      const rerun = await status();
      expect(rerun).toMatchObject({ state: 'finished', done: 0, skipped: CALLS, failed: 1, unpaired: 1 });
      expect(maxBacklog).toBeGreaterThan(0);
      expect(maxBacklog).toBeLessThanOrEqual(50 + 25);
      await bulk.close();
    },
  );
});
