import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { describeFfmpeg, resolveFfmpeg } from '../../src/audio/index.js';
import { tempDir } from '../helpers/audio.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

describe('resolveFfmpeg', () => {
  it('uses the system ffmpeg/ffprobe when no path is configured', async () => {
    const tools = await resolveFfmpeg({});
    expect(tools.source).toBe('system');
    expect(tools.versions?.ffmpeg).toMatch(/^ffmpeg version /);
    expect(tools.versions?.ffprobe).toMatch(/^ffprobe version /);
  });

  it('prefers FFMPEG_PATH/FFPROBE_PATH', async () => {
    const { default: npmFfmpeg } = await import('@ffmpeg-installer/ffmpeg');
    const { default: npmFfprobe } = await import('@ffprobe-installer/ffprobe');
    const tools = await resolveFfmpeg({ FFMPEG_PATH: npmFfmpeg.path, FFPROBE_PATH: npmFfprobe.path });
    expect(tools).toMatchObject({ ffmpegPath: npmFfmpeg.path, ffprobePath: npmFfprobe.path, source: 'env' });
    expect(tools.versions?.ffmpeg).toMatch(/^ffmpeg version /);
  });

  it('a configured path that does not run is a ConfigError, not a silent fallback', async () => {
    const broken = path.join(dir, 'ffmpeg');
    await writeFile(broken, '#!/bin/sh\nexit 3\n');
    await chmod(broken, 0o755);
    await expect(resolveFfmpeg({ FFMPEG_PATH: broken })).rejects.toThrow(ConfigError);
    await expect(resolveFfmpeg({ FFMPEG_PATH: path.join(dir, 'nope') })).rejects.toThrow(/does not run/);
  });

  it('describes the binaries and the filters audio redaction needs', async () => {
    const lines = await describeFfmpeg(await resolveFfmpeg({}));
    expect(lines.join('\n')).toMatch(/filters ok/);
  });
});
