import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BLEEP } from './defaults.js';
import { toIntervals } from './filter-graph.js';
import { BYTES_PER_SAMPLE, pcmBleeper, type PcmCodec } from './pcm-bleep.js';
import { patchRawPcm, rawCodec } from './pcm-decoded.js';
import type { AudioInfo } from './types.js';

const RATE = 8000;

function infoOf(channels: number, frames: number): AudioInfo {
  return { duration: frames / RATE, sampleRate: RATE, channels, codec: 'mp3', container: 'mp3' };
}

/** deterministic non-silent bytes */
function pattern(bytes: number): Buffer {
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = (i * 151 + 3) & 0xff;
  return buf;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'callredact-pcm-decoded-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('patchRawPcm', () => {
  const frames = 3000;

  it('leaves the file exactly as bleeping the whole buffer at once (span regions only touched)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<PcmCodec>('pcm_u8', 'pcm_s16le', 'pcm_s32le', 'pcm_f32le'),
        fc.integer({ min: 1, max: 2 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: frames - 2 }),
            length: fc.integer({ min: 1, max: 1200 }),
            channel: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (codec, channels, raw) => {
          const info = infoOf(channels, frames);
          const spans = raw.map((r) => ({
            start: r.start / RATE,
            end: Math.min(frames, r.start + r.length) / RATE,
            ...(r.channel !== undefined && r.channel < channels ? { channel: r.channel } : {}),
          }));
          const frameBytes = BYTES_PER_SAMPLE[codec] * channels;
          const data = pattern(frames * frameBytes);
          const expected = Buffer.from(data);
          pcmBleeper(spans, info, DEFAULT_BLEEP, codec, { blockCopy: false })(expected, 0);
          const file = path.join(dir, `raw-${run++}.pcm`);
          await writeFile(file, data);
          const regions = toIntervals(spans, info)
            .flat()
            .sort((a, b) => a.start - b.start);
          await patchRawPcm(file, regions, pcmBleeper(spans, info, DEFAULT_BLEEP, codec), frameBytes);
          expect((await readFile(file)).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('many regions (patched in batches between turns of the event loop): same bytes as the reference', async () => {
    const info = infoOf(2, 40_000);
    // 300 spans of 3-60 frames, some on one channel, some touching
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = i * 130 + (i % 7);
      const end = start + 3 + ((i * 17) % 58) + (i % 5 === 0 ? 127 : 0);
      return { start: start / RATE, end: end / RATE, ...(i % 3 === 0 ? { channel: i % 2 } : {}) };
    });
    const data = pattern(40_000 * 4);
    const expected = Buffer.from(data);
    pcmBleeper(spans, info, DEFAULT_BLEEP, 'pcm_s16le', { blockCopy: false })(expected, 0);
    const file = path.join(dir, 'many.pcm');
    await writeFile(file, data);
    const regions = toIntervals(spans, info)
      .flat()
      .sort((a, b) => a.start - b.start);
    expect(regions.length).toBeGreaterThan(128);
    await patchRawPcm(file, regions, pcmBleeper(spans, info, DEFAULT_BLEEP, 'pcm_s16le'), 4);
    expect((await readFile(file)).equals(expected)).toBe(true);
  });

  it('clips regions past the decoded end (a container duration is an estimate)', async () => {
    const info = infoOf(1, 1000);
    const file = path.join(dir, 'short.pcm');
    const data = pattern(800 * 2);
    await writeFile(file, data);
    const spans = [{ start: 0.09, end: 0.125 }];
    // silence from frame 720 to the end of what was decoded (800), the rest kept
    const expected = Buffer.from(data);
    expected.fill(0, 720 * 2);
    await patchRawPcm(
      file,
      toIntervals(spans, info)[0]!,
      pcmBleeper(spans, info, { ...DEFAULT_BLEEP, kind: 'silence' }, 'pcm_s16le'),
      2,
    );
    const out = await readFile(file);
    expect(out.length).toBe(1600);
    expect(out.equals(expected)).toBe(true);
  });
});

describe('rawCodec', () => {
  it('keeps the decoder sample format, packed; double and unknown formats have none', () => {
    const info = (sampleFormat?: string): AudioInfo => ({
      ...infoOf(2, 8000),
      ...(sampleFormat && { sampleFormat }),
    });
    expect(rawCodec(info('fltp'))).toBe('pcm_f32le');
    expect(rawCodec(info('s16p'))).toBe('pcm_s16le');
    expect(rawCodec(info('s32'))).toBe('pcm_s32le');
    expect(rawCodec(info('u8'))).toBe('pcm_u8');
    expect(rawCodec(info('dblp'))).toBeUndefined();
    expect(rawCodec(info())).toBeUndefined();
  });
});
