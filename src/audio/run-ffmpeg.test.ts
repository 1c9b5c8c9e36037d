import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioProcessingError, InsufficientStorageError } from '../errors.js';
import { runFfmpeg } from './run-ffmpeg.js';

/**
 * ffmpeg that cannot write for want of space is a storage failure (507 / retried as
 * INSUFFICIENT_STORAGE), not a processing one: the real ffmpeg under a file-size limit (it gets
 * SIGXFSZ), and a stand-in that reports ENOSPC as ffmpeg does.
 */
describe('runFfmpeg failures', () => {
  let dir: string;
  const script = async (name: string, body: string): Promise<string> => {
    const file = path.join(dir, name);
    await fs.writeFile(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  };
  const tone = (out: string) => ['-y', '-f', 'lavfi', '-i', 'sine=duration=10', '-f', 'wav', out];
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-ffmpeg-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('a write past a file-size limit (SIGXFSZ) is storage full', async () => {
    // 100 KiB limit; ten seconds of 44.1 kHz WAV is about 880 kB
    const limited = await script('limited-ffmpeg', 'ulimit -f 100\nexec ffmpeg "$@"');
    const out = path.join(dir, 'big.wav');
    const err = await runFfmpeg(limited, tone(out), { timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InsufficientStorageError);
    expect((err as InsufficientStorageError).details).toMatchObject({ signal: 'SIGXFSZ' });
    // the same command without the limit succeeds (the failure is the limit's)
    await runFfmpeg('ffmpeg', tone(path.join(dir, 'ok.wav')), { timeoutMs: 60_000 });
  });

  it('ffmpeg reporting a full device is storage full; other failures stay processing failures', async () => {
    const full = await script('full-ffmpeg', 'echo "out.wav: No space left on device" >&2; exit 1');
    await expect(runFfmpeg(full, [], { timeoutMs: 10_000 })).rejects.toBeInstanceOf(InsufficientStorageError);
    const broken = await script(
      'broken-ffmpeg',
      'echo "Invalid data found when processing input" >&2; exit 1',
    );
    const err = await runFfmpeg(broken, [], { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AudioProcessingError);
    expect(err).not.toBeInstanceOf(InsufficientStorageError);
  });
});
