/**
 * Issue 13.3: orphaned uploads. A duplicate file field and a client that goes away mid-upload
 * leave nothing in raw/.incoming; upload bytes and `.staging-*` output folders left by a killed
 * process are swept at API start-up and by retention (only past ORPHAN_MAX_AGE_MS).
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { createLogger } from '../../src/log.js';
import { runRetentionOnce } from '../../src/maintenance/retention.js';
import { startHarness, waitFor, type Harness } from '../helpers/api-harness.js';

const HOUR = 3_600_000;

describe('orphaned uploads', () => {
  let h: Harness;
  let incoming: string;
  beforeAll(async () => {
    h = await startHarness();
    incoming = path.join(h.config.STORAGE_DIR, 'raw', '.incoming');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a duplicate file field is refused and leaves no bytes behind', async () => {
    const form = new FormData();
    const big = Buffer.alloc(1_500_000, 7);
    form.append('audio', new Blob([big]), 'a.wav');
    form.append('audio', new Blob([big]), 'b.wav');
    form.append('transcript', new Blob([big]), 't.json');
    const res = await fetch(`${h.base}/v1/calls`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${h.keys.uploader}` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
    expect(await fs.readdir(incoming)).toEqual([]);
  });

  it('a client that aborts mid-upload leaves no bytes behind', async () => {
    const boundary = 'chaosboundary';
    const url = new URL(`${h.base}/v1/calls`);
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${h.keys.uploader}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(1_900_000),
      },
    });
    req.on('error', () => undefined);
    req.write(
      `--${boundary}\r\ncontent-disposition: form-data; name="audio"; filename="x.wav"\r\ncontent-type: audio/wav\r\n\r\n`,
    );
    req.write(Buffer.alloc(600_000, 1));
    // the partial file exists while the upload is in flight, then the client goes away
    await waitFor('partial upload', async () => ((await fs.readdir(incoming)).length > 0 ? true : undefined));
    req.destroy();
    await waitFor(
      'incoming emptied',
      async () => ((await fs.readdir(incoming)).length === 0 ? true : undefined),
      20_000,
    );
  });

  it('sweeps orphans older than ORPHAN_MAX_AGE_MS at start-up and in retention, and keeps fresh ones', async () => {
    const outputs = path.join(h.config.STORAGE_DIR, 'outputs');
    const old = new Date(Date.now() - 3 * HOUR);
    const plant = async (kind: 'file' | 'dir', file: string, mtime?: Date): Promise<void> => {
      await fs.mkdir(path.dirname(file), { recursive: true });
      if (kind === 'dir') {
        await fs.mkdir(file, { recursive: true });
        await fs.writeFile(path.join(file, 'audio.wav'), 'partial');
      } else {
        await fs.writeFile(file, 'partial upload bytes');
      }
      if (mtime) await fs.utimes(file, mtime, mtime);
    };
    await plant('file', path.join(incoming, 'old-upload'), old);
    await plant('dir', path.join(outputs, '.staging-old123'), old);
    await plant('file', path.join(incoming, 'fresh-upload'));
    await plant('dir', path.join(outputs, '.staging-fresh1'));

    // start-up: a second API process on the same folder
    const second = await startServer(h.config, createLogger({ level: 'silent' }), { handleSignals: false });
    await second.close();
    expect((await fs.readdir(incoming)).sort()).toEqual(['fresh-upload']);
    expect((await fs.readdir(outputs)).filter((n) => n.startsWith('.staging-'))).toEqual(['.staging-fresh1']);

    // retention: the same sweep (here with "now" far enough ahead that the fresh ones are old)
    const summary = await runRetentionOnce(h.config, createLogger({ level: 'silent' }), {
      olderThanDays: 30,
      actor: { id: 'chaos-test', role: 'system' },
      now: new Date(Date.now() + 3 * HOUR),
    });
    expect(summary.orphans).toEqual({ incomingFiles: 1, stagingFolders: 1 });
    expect(await fs.readdir(incoming)).toEqual([]);
    expect((await fs.readdir(outputs)).filter((n) => n.startsWith('.staging-'))).toEqual([]);
  });
});
