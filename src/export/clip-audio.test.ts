import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VerificationError } from '../errors.js';
import { checkClipBleeps, prepareReference, ReferenceReader, wavHeader } from './clip-audio.js';

let dir: string;
let reader: ReferenceReader;
const RATE = 8000;
const FRAMES = 8000;
const bleep = { start: 3000, end: 3400 };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-clip-audio-'));
  // a "call": every sample distinct, so an offset error of one sample shows
  const data = Buffer.alloc(FRAMES * 2);
  for (let n = 0; n < FRAMES; n++) data.writeInt16LE((n * 7) % 30000, n * 2);
  const call = path.join(dir, 'call.wav');
  await fs.writeFile(call, Buffer.concat([wavHeader(data.length, RATE, 1), data]));
  const info = {
    duration: 1,
    sampleRate: RATE,
    channels: 1,
    codec: 'pcm_s16le',
    container: 'wav',
    samples: FRAMES,
  };
  const tools = {
    ffmpegPath: 'ffmpeg-not-needed',
    ffprobePath: 'ffprobe-not-needed',
    source: 'system' as const,
  };
  const ref = await prepareReference(
    call,
    info,
    { sampleRate: 'keep', channels: 'keep' },
    path.join(dir, 'x.pcm'),
    tools,
  );
  expect(ref).toMatchObject({ converted: false, frames: FRAMES, dataOffset: 44 });
  reader = await ReferenceReader.open(ref);
});

afterAll(async () => {
  await reader.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('ReferenceReader + checkClipBleeps', () => {
  it('writes a clip that is the call from its start frame and passes the check', async () => {
    const file = path.join(dir, 'ok.wav');
    expect(await reader.writeClip({ start: 2500, end: 4000 }, file)).toBe(1500);
    const bytes = await fs.readFile(file);
    expect(bytes.length).toBe(44 + 3000);
    expect(bytes.readInt16LE(44)).toBe((2500 * 7) % 30000);
    expect(await checkClipBleeps(reader, file, 2500, [bleep], 'clip-ok')).toBe(1);
  });

  it('refuses a clip whose bleep is one sample off, naming the clip', async () => {
    const file = path.join(dir, 'off.wav');
    await reader.writeClip({ start: 2501, end: 4001 }, file);
    const check = checkClipBleeps(reader, file, 2500, [bleep], 'clip-off');
    await expect(check).rejects.toThrow(VerificationError);
    await expect(checkClipBleeps(reader, file, 2500, [bleep], 'clip-off')).rejects.toThrow(
      /^clip clip-off: bleep at frame 500 does not match the call$/,
    );
  });

  it('refuses a clip with one changed sample inside a bleep', async () => {
    const file = path.join(dir, 'tampered.wav');
    await reader.writeClip({ start: 2500, end: 4000 }, file);
    const bytes = await fs.readFile(file);
    bytes.writeInt16LE(bytes.readInt16LE(44 + 2 * 700) + 1, 44 + 2 * 700);
    await fs.writeFile(file, bytes);
    await expect(checkClipBleeps(reader, file, 2500, [bleep], 'clip-t')).rejects.toThrow(
      /does not match the call/,
    );
  });

  it('refuses a clip that cuts through a bleep', async () => {
    const file = path.join(dir, 'cut.wav');
    await reader.writeClip({ start: 3200, end: 4000 }, file);
    await expect(checkClipBleeps(reader, file, 3200, [bleep], 'clip-c')).rejects.toThrow(
      /cuts through a bleep/,
    );
  });
});
