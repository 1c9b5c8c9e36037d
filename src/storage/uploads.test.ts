import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveStorageKey, streamToTempFile } from './uploads.js';

describe('uploads', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-uploads-'));
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('streams to a random name while hashing', async () => {
    const data = Buffer.alloc(300_000, 7);
    const temp = await streamToTempFile(
      Readable.from([data.subarray(0, 1000), data.subarray(1000)]),
      path.join(root, 'in'),
    );
    expect(temp.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(temp.bytes).toBe(data.length);
    expect(path.dirname(temp.path)).toBe(path.join(root, 'in'));
    expect(await fs.readFile(temp.path)).toEqual(data);
  });

  it('removes the partial file when the source fails', async () => {
    const source = new Readable({
      read() {
        this.push(Buffer.alloc(10));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(streamToTempFile(source, path.join(root, 'in'))).rejects.toThrow();
    expect(await fs.readdir(path.join(root, 'in'))).toEqual([]);
  });

  it('keeps storage keys inside the root', () => {
    expect(resolveStorageKey(root, 'outputs/abc')).toBe(path.join(root, 'outputs', 'abc'));
    expect(() => resolveStorageKey(root, '../etc/passwd')).toThrow();
    expect(() => resolveStorageKey(root, '/etc/passwd')).toThrow();
  });
});
