/**
 * Dataset and clip exports over HTTP: the API process (real Redis, SQLite, folder store) with two completed
 * calls in its ledger and storage, published by the pipeline as workers publish them. Reviewers
 * request an export, follow it to completed and download the dataset as a tar archive, read here
 * with the system's tar; uploaders are refused; another tenant sees nothing; an export with nothing
 * to export fails with its reason and has no result.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps } from '../../src/pipeline/deps.js';
import { openStore } from '../../src/storage/open-store.js';
import { getJson, startHarness, waitFor, type Harness } from '../helpers/api-harness.js';
import { publishCompletedCall } from '../helpers/published-calls.js';
import { REPO_ROOT } from '../helpers/cli.js';

const run = promisify(execFile);
const SAMPLES = path.join(REPO_ROOT, 'samples/calls');
const CALLS = ['retail-return', 'pharmacy-refill'];

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  const store = openStore(h.config);
  const pipeline = await createPipelineDeps(h.config, createLogger({ level: 'silent' }));
  try {
    for (const name of CALLS) {
      await publishCompletedCall(h.database.db, store, pipeline, {
        transcriptPath: path.join(SAMPLES, `${name}.json`),
        audioPath: path.join(SAMPLES, `${name}.wav`),
      });
    }
  } finally {
    await pipeline.close();
    await store.close();
  }
}, 300_000);

afterAll(async () => {
  await h?.close();
});

const post = async (key: string, body: unknown) => {
  const res = await fetch(`${h.base}/v1/exports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const finished = (id: string) =>
  waitFor(
    `export ${id}`,
    async () => {
      const { body } = await getJson(h.base, h.keys.reviewer, `/v1/exports/${id}`);
      return body.state === 'running' ? undefined : body;
    },
    240_000,
  );

describe('POST /v1/exports', () => {
  it('exports the completed calls as a Kaldi dataset, downloadable as a tar archive', async () => {
    const created = await post(h.keys.reviewer, { format: 'kaldi', seed: 7 });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ state: 'running', links: { result: `/v1/exports/${id}/result` } });

    const done = await finished(id);
    expect(done).toMatchObject({ state: 'completed', error: null, request: { format: 'kaldi', seed: 7 } });
    const summary = done.summary as { exportedCalls: number; utterances: Record<string, number> };
    expect(summary.exportedCalls).toBe(CALLS.length);
    expect(JSON.stringify(done)).not.toContain(h.dir); // no server paths

    const res = await fetch(`${h.base}/v1/exports/${id}/result`, {
      headers: { authorization: `Bearer ${h.keys.reviewer}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-tar');
    const archive = path.join(h.dir, 'result.tar');
    await fs.writeFile(archive, Buffer.from(await res.arrayBuffer()));
    const unpacked = path.join(h.dir, 'unpacked');
    await fs.mkdir(unpacked);
    await run('tar', ['-xf', archive, '-C', unpacked]);
    const dataset = path.join(unpacked, 'dataset');
    const total = Object.values(summary.utterances).reduce((a, b) => a + b, 0);
    let segments = 0;
    for (const split of ['train', 'dev', 'test']) {
      const file = path.join(dataset, 'data', split, 'segments');
      const text = await fs.readFile(file, 'utf8').catch(() => '');
      segments += text.split('\n').filter(Boolean).length;
    }
    expect(segments).toBe(total);
    // every wav.scp entry is a file of the archive
    const scp = await fs.readFile(path.join(dataset, 'data', 'train', 'wav.scp'), 'utf8');
    for (const line of scp.trim().split('\n')) await fs.access(path.join(dataset, line.split(' ')[1]!));
    expect(await fs.readFile(path.join(dataset, 'README.md'), 'utf8')).toMatch(/ledger/);
    const manifest = JSON.parse(await fs.readFile(path.join(dataset, 'manifest.json'), 'utf8')) as {
      kind: string;
    };
    expect(manifest.kind).toBe('dataset');
  });

  it('cuts clips by speaker turn, each with its transcript slice, as `export clips` does', async () => {
    const created = await post(h.keys.reviewer, {
      kind: 'clips',
      turns: [0],
      sample_rate: 16000,
      channels: 'mono',
    });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    const done = await finished(id);
    expect(done).toMatchObject({ state: 'completed', error: null, request: { kind: 'clips', turns: [0] } });
    const summary = done.summary as { calls: number; clips: number; seconds: number };
    // the first speaker turn of each call
    expect(summary.clips).toBe(CALLS.length);
    expect(summary.calls).toBe(CALLS.length);
    const res = await fetch(`${h.base}/v1/exports/${id}/result`, {
      headers: { authorization: `Bearer ${h.keys.reviewer}` },
    });
    expect(res.status).toBe(200);
    const archive = path.join(h.dir, 'clips.tar');
    await fs.writeFile(archive, Buffer.from(await res.arrayBuffer()));
    const unpacked = path.join(h.dir, 'clips-unpacked');
    await fs.mkdir(unpacked);
    await run('tar', ['-xf', archive, '-C', unpacked]);
    const root = path.join(unpacked, 'dataset');
    const { clips } = JSON.parse(await fs.readFile(path.join(root, 'clips.json'), 'utf8')) as {
      clips: { id: string; start: number; end: number }[];
    };
    expect(clips).toHaveLength(summary.clips);
    for (const clip of clips) {
      await fs.access(path.join(root, clip.id, 'audio.wav'));
      const slice = JSON.parse(await fs.readFile(path.join(root, clip.id, 'transcript.json'), 'utf8')) as {
        words: { start: number; end: number }[];
      };
      // times rebased to the clip
      for (const w of slice.words) expect(w.start).toBeGreaterThanOrEqual(0);
    }
    // a clips request needs a selection, and keeps to its own fields
    expect((await post(h.keys.reviewer, { kind: 'clips' })).status).toBe(400);
    expect((await post(h.keys.reviewer, { kind: 'clips', turns: [0], format: 'nemo' })).status).toBe(400);
    const backwards = { kind: 'clips', ranges: [{ start: 3, end: 1 }] };
    expect((await post(h.keys.reviewer, backwards)).status).toBe(400);
  });

  it('is for reviewers and admins only; another tenant does not see the export', async () => {
    expect((await post(h.keys.uploader, { format: 'nemo' })).status).toBe(403);
    const created = await post(h.keys.admin, { format: 'nemo', calls: ['state:failed'] });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    expect((await getJson(h.base, h.keys.otherTenant, `/v1/exports/${id}`)).status).toBe(404);
    // nothing matches: the export fails with its reason, and has no result
    const done = await finished(id);
    expect(done).toMatchObject({ state: 'failed', error: { code: 'INVALID_INPUT' } });
    const result = await getJson(h.base, h.keys.reviewer, `/v1/exports/${id}/result`);
    expect(result.status).toBe(409);
  });

  it('refuses an invalid request at once', async () => {
    const bad = await post(h.keys.reviewer, { format: 'wav2vec' });
    expect(bad.status).toBe(400);
    const tenant = await post(h.keys.reviewer, { format: 'nemo', calls: ['tenant:globex'] });
    expect(tenant.status).toBe(400);
    expect(tenant.body).toMatchObject({ error: { message: expect.stringMatching(/own tenant/) } });
  });
});
