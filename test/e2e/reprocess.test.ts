/**
 * `callredact reprocess`: an archive folder goes through the bulk lane of the real queue (real
 * Redis, a worker process of the built CLI) and every call with audio
 * is published; transcript-only calls are rejected with a reason; a second run adds no new calls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReprocess } from '../../src/commands/reprocess.js';
import { parseConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { readManifest } from '../../src/storage/publish.js';
import { CLI, REPO_ROOT } from '../helpers/cli.js';

let dir: string;
let config: Config;
let worker: ChildProcess;
const logger = createLogger({ level: 'silent' });
const quiet = new PassThrough() as unknown as NodeJS.WriteStream;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-reprocess-'));
  const archive = path.join(dir, 'archive');
  await fs.mkdir(archive);
  for (const name of [
    'retail-return.wav',
    'retail-return.json',
    'pharmacy-refill.wav',
    'pharmacy-refill.json',
    'mobile-plan-change.txt',
  ]) {
    await fs.copyFile(path.join(REPO_ROOT, 'samples/calls', name), path.join(archive, name));
  }
  const env = {
    STORAGE_DIR: path.join(dir, 'storage'),
    SQLITE_PATH: path.join(dir, 'db.sqlite'),
    QUEUE_PREFIX: `test-reprocess-${randomBytes(4).toString('hex')}`,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
  };
  config = parseConfig(env);
  // a real worker process of the built CLI (the global setup builds it)
  worker = spawn(process.execPath, [CLI, 'worker'], { env: { ...process.env, ...env }, stdio: 'ignore' });
});

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
  await fs.rm(dir, { recursive: true, force: true });
});

describe('callredact reprocess', () => {
  it('publishes every call of the archive through the bulk queue and is idempotent', async () => {
    const options = { folder: path.join(dir, 'archive'), tenant: 'acme', wait: true };
    const first = await runReprocess(options, config, logger, quiet);
    expect(first.submitted.map((s) => s.name).sort()).toEqual(['pharmacy-refill', 'retail-return']);
    expect(first.rejected).toEqual([
      { name: 'mobile-plan-change', error: expect.stringMatching(/audio and transcript/) },
    ]);
    expect(first.finished).toEqual({ completed: 2, failed: 0 });
    for (const { id } of first.submitted) {
      const manifest = await readManifest(path.join(config.STORAGE_DIR, 'outputs', id));
      expect(manifest?.callId).toBe(id);
      expect(Object.keys(manifest!.artefacts).sort()).toEqual([
        'audio.wav',
        'report.json',
        'transcript.json',
      ]);
    }

    const second = await runReprocess(options, config, logger, quiet);
    expect(second.submitted.map((s) => s.id).sort()).toEqual(first.submitted.map((s) => s.id).sort());
    expect(second.submitted.every((s) => !s.created)).toBe(true);
  });
});
