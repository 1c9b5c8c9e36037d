import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioError, AudioProcessingError } from '../errors.js';
import { probeAudio } from './probe.js';

/**
 * A probe that gives no verdict (killed by its timeout: a busy machine, or a process paused and
 * resumed past it) is not the audio's fault: retryable, never INVALID_AUDIO (which fails the call
 * for good). Stand-in ffprobe scripts make each outcome certain.
 */
describe('probeAudio failures', () => {
  let dir: string;
  let audio: string;
  const script = async (name: string, body: string): Promise<string> => {
    const file = path.join(dir, name);
    await fs.writeFile(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  };
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-probe-'));
    audio = path.join(dir, 'call.wav');
    await fs.writeFile(audio, 'not really audio');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('a probe killed by its timeout is a retryable processing failure', async () => {
    const ffprobePath = await script('slow-ffprobe', 'exec sleep 30');
    const err = await probeAudio(audio, { ffprobePath }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AudioProcessingError);
    expect((err as AudioProcessingError).retryable).toBe(true);
    expect((err as Error).message).not.toMatch(/cannot be read/);
  });

  it('a probe that exits with an error is invalid audio (not retried)', async () => {
    const ffprobePath = await script('failing-ffprobe', 'echo "Invalid data found" >&2; exit 1');
    const err = await probeAudio(audio, { ffprobePath }, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AudioError);
    expect((err as AudioError).retryable).toBe(false);
    expect((err as Error).message).toMatch(/cannot be read as audio/);
  });
});
