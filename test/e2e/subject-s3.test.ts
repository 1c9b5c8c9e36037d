/**
 * Data subject access and erasure with the outputs in an S3-compatible bucket (s3rver): the
 * access export lists the occurrences from the report in the bucket, and erasure re-renders the
 * call's published output and its corrected version there (new version prefix, manifest last):
 * the erased token is in no artefact a manifest names afterwards.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../../src/storage/open-store.js';
import { artefactKey, readPublishedManifest, readText, type ObjectStore } from '../../src/storage/store.js';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

describe('data subject requests on a bucket', () => {
  let s3: TestS3;
  let h: Harness;
  let bucket: ObjectStore;

  beforeAll(async () => {
    s3 = await startTestS3();
    h = await startHarness({
      STORAGE_URL: s3.url('tenants/acme'),
      ...s3.env,
      VAULT_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    bucket = openStoreAt(s3.url('tenants/acme'), {
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    h.spawnWorker();
  }, 60_000);
  afterAll(async () => {
    await bucket?.close();
    await h?.close();
    await s3?.close();
  });

  const post = async (url: string, key: string, body: unknown) => {
    const res = await fetch(`${h.base}${url}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const publishedTexts = async (prefix: string): Promise<string> => {
    const manifest = await readPublishedManifest(bucket, prefix);
    expect(manifest).not.toBeNull();
    const names = Object.keys(manifest!.artefacts).filter((n) => !n.startsWith('audio'));
    return (await Promise.all(names.map((n) => readText(bucket, artefactKey(prefix, manifest!, n))))).join(
      '\n',
    );
  };

  it('lists occurrences from the bucket and re-renders every published version there', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 11);
    const policy = JSON.stringify({
      entities: { PHONE_NUMBER: { operator: 'token' }, PERSON: { operator: 'token' } },
    });
    const submitted = await upload(h.base, h.keys.uploader, { ...fixture, policy });
    expect(submitted.status).toBe(202);
    const id = submitted.body.id as string;
    const done = await waitFor(
      `call ${id}`,
      async () => {
        const { body } = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`);
        return body.state === 'completed' || body.state === 'failed' ? body : undefined;
      },
      180_000,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}; worker said: ${h.workerLogs.join('').slice(-2000)}`);
    });
    expect(done.state).toBe('completed');
    const first = await publishedTexts(`outputs/${id}`);
    const phoneToken = first.match(/PHONE_NUMBER_[0-9A-Z]{8}/)?.[0];
    expect(phoneToken).toBeDefined();

    // a reviewer's correction makes version 2, published in the bucket too (it keeps the token)
    const corrected = await post(`/v1/calls/${id}/corrections`, h.keys.reviewer, {
      base_version: 1,
      corrections: [{ action: 'add', type: 'ADDRESS', start_word: 0, end_word: 1 }],
    });
    // the worker renders it: 202 with the version rendering, then ready
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(202);
    expect(corrected.body).toMatchObject({ version: 2, state: 'rendering' });
    const v2 = await waitFor(
      'version 2',
      async () => {
        const row = await h.database.db
          .selectFrom('call_versions')
          .select(['output_key', 'state', 'failure'])
          .where('call_id', '=', id)
          .where('version', '=', 2)
          .executeTakeFirstOrThrow();
        return row.state === 'rendering' ? undefined : row;
      },
      180_000,
    );
    expect(v2).toMatchObject({ state: 'ready', failure: null });
    expect(await publishedTexts(v2.output_key)).toContain(phoneToken);

    const subject = { type: 'PHONE_NUMBER', value: '(555) 555-0147' };
    const access = await post('/v1/subjects/access', h.keys.dpo, { subjects: [subject] });
    expect(access.status).toBe(200);
    expect(access.body).toMatchObject({
      subjects: [
        {
          token: phoneToken,
          calls: [
            {
              callId: id,
              occurrences: [expect.objectContaining({ field: 'transcript', type: 'PHONE_NUMBER' })],
            },
          ],
        },
      ],
    });

    const erase = await post('/v1/subjects/erase', h.keys.dpo, { subjects: [subject], purpose: 'DSR-s3' });
    expect(erase.status).toBe(200);
    expect(erase.body).toMatchObject({
      erasures: [{ found: true, state: 'complete', callIds: [id], rerendered: [id], failures: [] }],
    });
    for (const prefix of [`outputs/${id}`, v2.output_key]) {
      const texts = await publishedTexts(prefix);
      expect(texts).not.toContain(phoneToken);
      expect(texts).toContain('[PHONE_NUMBER]');
    }
    // and the API serves the re-rendered transcript from the bucket
    const served = await fetch(`${h.base}/v1/calls/${id}/transcript`, {
      headers: { authorization: `Bearer ${h.keys.reviewer}` },
    });
    expect(await served.text()).not.toContain(phoneToken);
  }, 300_000);
});
