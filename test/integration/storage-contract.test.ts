/**
 * One contract, two backends: the local folder and an S3-compatible bucket (s3rver, a real S3 API
 * server on loopback). Streams in and out, multipart for large objects, paged listings with a
 * cursor, deletes, and atomic publication of a call's artefacts with the manifest last.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/errors.js';
import { openStoreAt } from '../../src/storage/open-store.js';
import {
  artefactKey,
  listAll,
  readPublishedManifest,
  readText,
  type ObjectStore,
} from '../../src/storage/store.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

let s3: TestS3;
let scratch: string;

beforeAll(async () => {
  s3 = await startTestS3();
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-store-'));
});
afterAll(async () => {
  await s3.close();
  await fs.rm(scratch, { recursive: true, force: true });
});

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const BACKENDS: Record<string, (name: string) => ObjectStore> = {
  folder: (name) => openStoreAt(path.join(scratch, name), {}),
  s3: (name) =>
    openStoreAt(s3.url(`runs/${name}`), {
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      scratchDir: path.join(scratch, 'staging'),
    }),
};

describe.each(Object.keys(BACKENDS))('object store contract: %s', (backend) => {
  let store: ObjectStore;
  let n = 0;
  const fresh = () => BACKENDS[backend]!(`${backend}-${n++}`);

  beforeAll(() => {
    store = fresh();
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes from strings, bytes and streams and reads back the same bytes', async () => {
    await store.put('a/text.txt', 'hello');
    await store.put('a/bytes.bin', new Uint8Array([1, 2, 3]));
    await store.put('a/stream.bin', Readable.from([Buffer.alloc(1000, 1), Buffer.alloc(2000, 2)]));
    expect((await readAll(await store.get('a/text.txt'))).toString()).toBe('hello');
    expect([...(await readAll(await store.get('a/bytes.bin')))]).toEqual([1, 2, 3]);
    const streamed = await readAll(await store.get('a/stream.bin'));
    expect(streamed.length).toBe(3000);
    expect(streamed[999]).toBe(1);
    expect(streamed[1000]).toBe(2);
    expect(await store.stat('a/stream.bin')).toMatchObject({ key: 'a/stream.bin', bytes: 3000 });
    // a version that changes when the object is rewritten (archive re-runs compare it)
    const before = (await store.stat('a/text.txt'))?.version;
    expect(before).toEqual(expect.any(String));
    await store.put('a/text.txt', 'hello again');
    expect((await store.stat('a/text.txt'))?.version).not.toBe(before);
  });

  it('reads a byte range (inclusive, as HTTP Range asks) for a seeking player', async () => {
    await store.put(
      'r/range.bin',
      Uint8Array.from({ length: 100 }, (_, i) => i),
    );
    expect([...(await readAll(await store.get('r/range.bin', { start: 10, end: 14 })))]).toEqual([
      10, 11, 12, 13, 14,
    ]);
    expect([...(await readAll(await store.get('r/range.bin', { start: 98, end: 99 })))]).toEqual([98, 99]);
  });

  it('moves large local files in by streaming (multipart on S3) and keeps them intact', async () => {
    const big = Buffer.alloc(17 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE(i, i);
    const file = path.join(scratch, `${backend}-big.bin`);
    await fs.writeFile(file, big);
    await store.putFile('big/file.bin', file, { move: true });
    await expect(fs.access(file)).rejects.toThrow();
    expect(sha(await readAll(await store.get('big/file.bin')))).toBe(sha(big));
    // and streamed from a stream of unknown length
    await store.put('big/stream.bin', createReadStream(await writeTemp(big)));
    expect((await store.stat('big/stream.bin'))?.bytes).toBe(big.length);
  });

  it('answers NotFound for missing objects and refuses keys that leave the prefix', async () => {
    await expect(store.get('nothing/here')).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.stat('nothing/here')).toBeNull();
    await store.delete('nothing/here');
    for (const bad of ['../x', '/abs', 'a//b', 'a/../b', 'a/.hidden', 'a\\b']) {
      await expect(store.put(bad, 'x')).rejects.toBeInstanceOf(InputError);
    }
  });

  it('lists in key order, page by page, resuming from any cursor', async () => {
    const listed = fresh();
    // S3 lists in UTF-8 byte order, where "a-1" and "a.json" come before "a/nested"; s3rver's
    // file-system walk lists a folder before such siblings, so that case runs on the folder only
    const nested = backend === 'folder' ? ['calls/a/nested.json'] : ['calls/c/nested.json'];
    const keys = [
      'calls/a-1.json',
      'calls/a.json',
      'calls/a.wav',
      ...nested,
      'calls/b.json',
      'calls/deep/x/y/z.json',
      'calls0.json',
      ...Array.from({ length: 20 }, (_, i) => `calls/m${String(i).padStart(2, '0')}.txt`),
    ];
    for (const key of keys) await listed.put(key, key);
    const expected = keys.filter((k) => k.startsWith('calls/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const page = await listed.list('calls/', { cursor, limit: 7 });
      expect(page.objects.length).toBeLessThanOrEqual(7);
      pages.push(page.objects.map((o) => o.key));
      cursor = page.cursor;
    } while (cursor !== null);
    expect(pages.flat()).toEqual(expected);
    expect(pages.length).toBeGreaterThanOrEqual(4);

    // a stored cursor (another process, a resumed run) continues exactly after it
    const resumed: string[] = [];
    for await (const o of listAll(listed, 'calls/', { cursor: expected[10]!, pageSize: 5 }))
      resumed.push(o.key);
    expect(resumed).toEqual(expected.slice(11));
    // a partial-name prefix
    expect((await listed.list('calls/a')).objects.map((o) => o.key)).toEqual(
      expected.filter((k) => k.startsWith('calls/a')),
    );
    expect((await listed.list('calls/m1', { limit: 100 })).objects.map((o) => o.bytes)).toEqual(
      Array.from({ length: 10 }, (_, i) => `calls/m1${i}.txt`.length),
    );

    await listed.deletePrefix('calls/deep/');
    await listed.delete('calls/a.wav');
    const after = [];
    for await (const o of listAll(listed, 'calls/')) after.push(o.key);
    expect(after).toEqual(expected.filter((k) => k !== 'calls/a.wav' && !k.startsWith('calls/deep/')));
    await listed.close();
  });

  it('publishes a call atomically: manifest last, a republish replaces the set, a discard changes nothing', async () => {
    const prefix = 'outputs/0123abcd';
    expect(await readPublishedManifest(store, prefix)).toBeNull();

    const first = await store.stage(prefix);
    await first.write('transcript.json', '{"words":[]}');
    await fs.writeFile(first.pathFor('audio.wav'), Buffer.alloc(5000, 3));
    // nothing is visible before publish
    expect(await readPublishedManifest(store, prefix)).toBeNull();
    const published = await first.publish('0123abcd');
    expect(Object.keys(published.artefacts)).toEqual(['audio.wav', 'transcript.json']);

    const manifest = await readPublishedManifest(store, prefix);
    expect(manifest).toEqual(published);
    for (const [name, entry] of Object.entries(manifest!.artefacts)) {
      const bytes = await readAll(await store.get(artefactKey(prefix, manifest!, name)));
      expect({ bytes: bytes.length, sha256: sha(bytes) }).toEqual({
        bytes: entry.bytes,
        sha256: entry.sha256,
      });
    }

    // a failed attempt leaves the published set as it was
    const failed = await store.stage(prefix);
    await failed.write('transcript.json', '{"words":[1]}');
    await failed.discard();
    expect(await readPublishedManifest(store, prefix)).toEqual(published);

    // a republish with other content replaces it whole; the old version's objects are gone
    const second = await store.stage(prefix);
    await second.write('transcript.json', '{"words":[2]}');
    await second.write('report.json', '{}');
    const republished = await second.publish('0123abcd');
    const now = await readPublishedManifest(store, prefix);
    expect(now).toEqual(republished);
    expect(await readText(store, artefactKey(prefix, now!, 'transcript.json'))).toBe('{"words":[2]}');
    const keys = [];
    for await (const o of listAll(store, `${prefix}/`)) keys.push(o.key);
    expect(keys.sort()).toEqual(
      ['manifest.json', 'report.json', 'transcript.json']
        .map((name) => (name === 'manifest.json' ? `${prefix}/${name}` : artefactKey(prefix, now!, name)))
        .sort(),
    );

    // the same outputs again give byte-identical objects (deterministic version)
    const third = await store.stage(prefix);
    await third.write('transcript.json', '{"words":[2]}');
    await third.write('report.json', '{}');
    expect(await third.publish('0123abcd')).toEqual(republished);
  });

  it('answers a readiness probe', async () => {
    await store.probe();
  });
});

async function writeTemp(data: Buffer): Promise<string> {
  const file = path.join(scratch, `tmp-${Math.random().toString(36).slice(2)}`);
  await fs.writeFile(file, data);
  return file;
}
