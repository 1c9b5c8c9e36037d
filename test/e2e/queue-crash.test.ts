/**
 * At-least-once: a worker process is SIGKILLed (with its sandbox) while a job is active. The job's
 * lock expires, a new worker picks it up, the call completes exactly once, and the published output
 * is byte-identical to a clean in-process run of the same call.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps } from '../../src/pipeline/deps.js';
import { redactCall, STAGES } from '../../src/pipeline/redact-call.js';
import { readCallSettings } from '../../src/calls/settings.js';
import { queueName } from '../../src/queue/jobs.js';
import { readManifest } from '../../src/storage/publish.js';
import { callStorageKeys, resolveStorageKey } from '../../src/storage/uploads.js';
import {
  getJson,
  makeFixture,
  startHarness,
  upload,
  waitFor,
  waitForCall,
  type Harness,
} from '../helpers/api-harness.js';

describe('worker crash mid-job', () => {
  let h: Harness;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_BYTES: String(64 * 1024 * 1024) });
    queue = new Queue(queueName(h.env.QUEUE_PREFIX!, 'interactive'), {
      connection: { url: h.config.REDIS_URL },
    });
    events = new QueueEvents(queueName(h.env.QUEUE_PREFIX!, 'interactive'), {
      connection: { url: h.config.REDIS_URL },
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await queue?.close();
    await h?.close();
  });

  it('retries the job after a SIGKILL and publishes the same bytes as a clean run', async () => {
    const completions: string[] = [];
    events.on('completed', ({ jobId }) => completions.push(jobId));

    // a long transcript keeps the pipeline busy long enough to be killed mid-job
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 0, 4000);
    const { status, body } = await upload(h.base, h.keys.uploader, fixture);
    expect(status).toBe(202);
    const id = body.id as string;

    const first = h.spawnWorker({ detached: true });
    await waitFor('the job to become active', async () => {
      const row = await h.database.db
        .selectFrom('calls')
        .select('state')
        .where('id', '=', id)
        .executeTakeFirst();
      if (row?.state === 'completed') throw new Error('the job finished before it could be killed');
      return row?.state === 'active' ? true : undefined;
    });
    // the whole process group: the worker and its sandboxed processor, like an OOM kill of the container
    process.kill(-first.pid!, 'SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const outDir = resolveStorageKey(h.config.STORAGE_DIR, callStorageKeys(id).outputKey);
    expect(await readManifest(outDir)).toBeNull();
    expect(await (await queue.getJob(id))!.getState()).toBe('active');
    const { body: progress } = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`);
    expect(progress.state).toBe('active');
    expect(STAGES).toContain((progress.progress as { stage: string }).stage);

    h.spawnWorker();
    const done = await waitForCall(h.base, h.keys.uploader, id);
    expect(done.state).toBe('completed');
    await waitFor('the completed event', async () => (completions.length > 0 ? true : undefined));
    expect(completions).toEqual([id]);
    const job = (await queue.getJob(id))!;
    expect(await job.getState()).toBe('completed');

    // clean run of the same stored call, in-process, into another folder
    const keys = callStorageKeys(id);
    const cleanDir = path.join(h.dir, 'clean');
    const deps = await createPipelineDeps(h.config, createLogger({ level: 'silent' }));
    const settings = await readCallSettings(resolveStorageKey(h.config.STORAGE_DIR, keys.policyKey));
    await redactCall(
      {
        transcriptPath: resolveStorageKey(h.config.STORAGE_DIR, keys.transcriptKey),
        audioPath: resolveStorageKey(h.config.STORAGE_DIR, keys.audioKey),
        ...settings,
        outDir: cleanDir,
        tenant: 'acme',
        callId: id,
      },
      deps,
    );
    await deps.close();
    const published = await readManifest(outDir);
    const clean = await readManifest(cleanDir);
    expect(published).not.toBeNull();
    expect(published).toEqual(clean);
    for (const entry of Object.values(published!.artefacts)) {
      const [a, b] = await Promise.all([outDir, cleanDir].map((d) => fs.readFile(path.join(d, entry.file))));
      expect(a!.equals(b!), entry.file).toBe(true);
    }
  }, 180_000);
});
