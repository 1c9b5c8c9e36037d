/**
 * API and workers on an S3-compatible bucket end to end (STORAGE_URL=s3://...): an upload goes
 * to the bucket, a worker process reads it from there and publishes the outputs there (version
 * prefix, manifest last), the API serves them from the bucket, and nothing of the call stays on
 * the local disk. The bucket is s3rver on loopback, read back here with the project's S3 store.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../../src/storage/open-store.js';
import { artefactKey, listAll, readPublishedManifest, type ObjectStore } from '../../src/storage/store.js';
import {
  FIXTURE_PII,
  getJson,
  makeFixture,
  startHarness,
  upload,
  waitFor,
  type Fixture,
  type Harness,
} from '../helpers/api-harness.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

async function readAll(store: ObjectStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('API and workers on an S3-compatible bucket', () => {
  let s3: TestS3;
  let h: Harness;
  let bucket: ObjectStore;
  let fixture: Fixture;

  beforeAll(async () => {
    s3 = await startTestS3();
    h = await startHarness({ STORAGE_URL: s3.url('tenants/acme'), ...s3.env });
    bucket = openStoreAt(s3.url('tenants/acme'), {
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    fixture = await makeFixture(path.join(h.dir, 'fixtures'), 7);
  });
  afterAll(async () => {
    await bucket?.close();
    await h?.close();
    await s3?.close();
  });

  it(
    'stores the upload in the bucket, processes it in a worker and serves the outputs from the bucket',
    { timeout: 240_000 },
    async () => {
      const ready = await getJson(h.base, null, '/readyz');
      expect((ready.body.checks as Record<string, string>).storage).toBe('ok');

      const submitted = await upload(h.base, h.keys.uploader, fixture);
      expect(submitted.status).toBe(202);
      const id = submitted.body.id as string;
      // the raw upload is in the bucket under its content id, byte for byte
      expect(
        createHash('sha256')
          .update(await readAll(bucket, `raw/${id}/audio`))
          .digest('hex'),
      ).toBe(createHash('sha256').update(fixture.audio).digest('hex'));

      h.spawnWorker();
      // generous: the first job of a worker loads the detectors, slow on a busy 2-core machine
      const done = await waitFor(
        `call ${id}`,
        async () => {
          const { body } = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`);
          return body.state === 'completed' || body.state === 'failed' ? body : undefined;
        },
        180_000,
      );
      expect(done.state).toBe('completed');

      // published in the bucket: manifest naming a version prefix, every artefact as the manifest says
      const prefix = `outputs/${id}`;
      const manifest = await readPublishedManifest(bucket, prefix);
      expect(manifest?.callId).toBe(id);
      expect(manifest?.base).toMatch(/^v-[0-9a-f]{16}$/);
      expect(Object.keys(manifest!.artefacts).sort()).toEqual([
        'audio.wav',
        'report.json',
        'transcript.json',
      ]);
      for (const [name, entry] of Object.entries(manifest!.artefacts)) {
        const bytes = await readAll(bucket, artefactKey(prefix, manifest!, name));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      }

      // the API serves the same bytes from the bucket
      const transcriptRes = await fetch(`${h.base}/v1/calls/${id}/transcript`, {
        headers: { authorization: `Bearer ${h.keys.reviewer}` },
      });
      expect(transcriptRes.status).toBe(200);
      const served = Buffer.from(await transcriptRes.arrayBuffer());
      expect(served.equals(await readAll(bucket, artefactKey(prefix, manifest!, 'transcript.json')))).toBe(
        true,
      );
      const text = served.toString('utf8').toLowerCase();
      for (const pii of FIXTURE_PII) expect(text).not.toContain(pii);
      const audioRes = await fetch(`${h.base}/v1/calls/${id}/audio`, {
        headers: { authorization: `Bearer ${h.keys.admin}` },
      });
      expect(audioRes.status).toBe(200);
      expect(Number(audioRes.headers.get('content-length'))).toBe(manifest!.artefacts['audio.wav']!.bytes);
      expect((await audioRes.arrayBuffer()).byteLength).toBe(manifest!.artefacts['audio.wav']!.bytes);

      // nothing of the call is left on the local disk (incoming and scratch are empty)
      expect(await filesUnder(h.config.STORAGE_DIR)).toEqual([]);
      const keys: string[] = [];
      for await (const o of listAll(bucket, '')) keys.push(o.key);
      expect(keys.filter((k) => k.startsWith('raw/'))).toHaveLength(3);
      expect(keys.filter((k) => k.startsWith('outputs/'))).toHaveLength(4);
    },
  );
});
