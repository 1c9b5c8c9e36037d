/**
 * Retention on object storage: with STORAGE_URL=s3://..., the retention run lists the bucket's
 * raw uploads and deletes the expired ones itself (no lifecycle rule needed), keeps newer ones
 * and the published outputs; against s3rver on loopback.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { runRetentionOnce } from '../../src/maintenance/retention.js';
import { openStore } from '../../src/storage/open-store.js';
import { listAll } from '../../src/storage/store.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

const DAY_MS = 86_400_000;
let s3: TestS3;
let dir: string;

beforeAll(async () => {
  s3 = await startTestS3();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-retention-s3-'));
});
afterAll(async () => {
  await s3?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('retention on an S3 bucket', () => {
  it('deletes expired raw uploads through the storage interface and keeps newer ones and outputs', async () => {
    const config = parseConfig({
      ...s3.env,
      STORAGE_URL: s3.url(`retention-${randomBytes(4).toString('hex')}`),
      STORAGE_DIR: path.join(dir, 'storage'),
      SQLITE_PATH: path.join(dir, 'db.sqlite'),
      LOG_LEVEL: 'silent',
    });
    const store = openStore(config);
    const [expired, alsoExpired, fresh, mixed] = ['a', 'b', 'c', 'd'].map((c) => c.repeat(32));
    try {
      // written before the cutoff
      for (const id of [expired!, alsoExpired!, mixed!]) {
        await store.put(`raw/${id}/transcript`, '{"words":[]}');
        await store.put(`raw/${id}/policy.json`, '{}');
      }
      await store.put(`outputs/${expired}/manifest.json`, '{"version":1}');
      await new Promise((r) => setTimeout(r, 1_500));
      const cutoff = Date.now();
      await new Promise((r) => setTimeout(r, 1_500));
      // written after it: a fresh call, and a new object of an older call (the call is as old as its newest object)
      await store.put(`raw/${fresh}/transcript`, '{"words":[]}');
      await store.put(`raw/${mixed}/audio`, 'RIFF');

      const summary = await runRetentionOnce(config, createLogger({ level: 'silent', name: 'test' }), {
        olderThanDays: 1,
        actor: { id: 'test', role: 'system' },
        now: new Date(cutoff + DAY_MS),
      });
      expect(summary.rawFiles).toBe(2);
      const left: string[] = [];
      for await (const object of listAll(store, '')) left.push(object.key);
      expect(left.sort()).toEqual(
        [
          `outputs/${expired}/manifest.json`,
          `raw/${fresh}/transcript`,
          `raw/${mixed}/audio`,
          `raw/${mixed}/policy.json`,
          `raw/${mixed}/transcript`,
        ].sort(),
      );
      // the local folder was never the place: nothing was looked for or written there but scratch
      await expect(fs.access(path.join(dir, 'storage', 'raw', expired!))).rejects.toThrow();
    } finally {
      await store.close();
    }
  });
});
