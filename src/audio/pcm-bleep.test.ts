import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AudioError } from '../errors.js';
import type { Span } from '../types.js';
import { DEFAULT_BLEEP } from './defaults.js';
import { BYTES_PER_SAMPLE, PCM_CODECS, pcmBleeper, type PcmCodec } from './pcm-bleep.js';
import type { AudioInfo, BleepKind } from './types.js';

const RATE = 8000;

function infoOf(channels: number, frames: number): AudioInfo {
  return {
    duration: frames / RATE,
    sampleRate: RATE,
    channels,
    codec: 'pcm_s16le',
    container: 'wav',
    samples: frames,
  };
}

/** deterministic non-silent bytes, so replaced and kept samples can be told apart */
function pattern(bytes: number): Buffer {
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = (i * 131 + 7) & 0xff;
  return buf;
}

/** Runs the bleeper over `data` split at `cuts` (frame indices), chunk by chunk. */
function inChunks(
  data: Buffer,
  cuts: number[],
  bleep: (chunk: Buffer, first: number) => void,
  frameBytes: number,
): Buffer {
  const out = Buffer.from(data);
  const edges = [0, ...cuts, out.length / frameBytes];
  for (let k = 0; k + 1 < edges.length; k++) {
    const chunk = Buffer.from(out.subarray(edges[k]! * frameBytes, edges[k + 1]! * frameBytes));
    bleep(chunk, edges[k]!);
    chunk.copy(out, edges[k]! * frameBytes);
  }
  return out;
}

describe('pcmBleeper', () => {
  const frames = 4000;

  it('gives the same bytes however the data is chunked (span across chunk edges)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PCM_CODECS),
        fc.constantFrom<BleepKind>('tone', 'noise', 'silence'),
        fc.integer({ min: 1, max: 2 }),
        fc.uniqueArray(fc.integer({ min: 1, max: frames - 1 }), { maxLength: 6 }),
        (codec: PcmCodec, kind, channels, cuts) => {
          const info = infoOf(channels, frames);
          const spans: Span[] = [
            { start: 0.0101, end: 0.2 },
            { start: 0.25, end: 0.4, channel: channels - 1 },
          ];
          const bleep = pcmBleeper(spans, info, { ...DEFAULT_BLEEP, kind }, codec);
          const frameBytes = BYTES_PER_SAMPLE[codec] * channels;
          const data = pattern(frames * frameBytes);
          const whole = inChunks(data, [], bleep, frameBytes);
          const chunked = inChunks(
            data,
            [...cuts].sort((a, b) => a - b),
            bleep,
            frameBytes,
          );
          expect(chunked.equals(whole)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('block-copies the span interiors to exactly the bytes computed sample by sample', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PCM_CODECS),
        fc.constantFrom<BleepKind>('tone', 'noise', 'silence'),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(250, 1000, 1234, 3999),
        fc.constantFrom(0, 0.001, 0.005, 0.04),
        fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: frames - 2 }),
            length: fc.integer({ min: 1, max: 1500 }),
            channel: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.uniqueArray(fc.integer({ min: 1, max: frames - 1 }), { maxLength: 4 }),
        (codec: PcmCodec, kind, channels, frequency, fade, raw, cuts) => {
          const info = infoOf(channels, frames);
          const spans: Span[] = raw.map((r) => ({
            start: r.start / RATE,
            end: Math.min(frames, r.start + r.length) / RATE,
            ...(r.channel !== undefined && r.channel < channels ? { channel: r.channel } : {}),
          }));
          const options = { ...DEFAULT_BLEEP, kind, frequency, fade };
          const frameBytes = BYTES_PER_SAMPLE[codec] * channels;
          const data = pattern(frames * frameBytes);
          const sorted = [...cuts].sort((a, b) => a - b);
          const fast = inChunks(data, sorted, pcmBleeper(spans, info, options, codec), frameBytes);
          const reference = pcmBleeper(spans, info, options, codec, { blockCopy: false });
          expect(fast.equals(inChunks(data, [], reference, frameBytes))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('replaces exactly [floor(start*rate), ceil(end*rate)) on the span channel only', () => {
    const info = infoOf(2, frames);
    const span: Span = { start: 0.10006, end: 0.20001, channel: 1 };
    const bleep = pcmBleeper([span], info, { ...DEFAULT_BLEEP, kind: 'silence' }, 'pcm_s16le');
    const data = pattern(frames * 4);
    const out = inChunks(data, [1000, 1001], bleep, 4);
    const from = Math.floor(span.start * RATE);
    const to = Math.ceil(span.end * RATE);
    expect([from, to]).toEqual([800, 1601]);
    for (let n = 0; n < frames; n++) {
      expect(out.readInt16LE(n * 4)).toBe(data.readInt16LE(n * 4));
      const inside = n >= from && n < to;
      expect(out.readInt16LE(n * 4 + 2)).toBe(inside ? 0 : data.readInt16LE(n * 4 + 2));
    }
  });

  it('silence in unsigned 8-bit is the midpoint 0x80', () => {
    const bleep = pcmBleeper(
      [{ start: 0.1, end: 0.2 }],
      infoOf(1, frames),
      { ...DEFAULT_BLEEP, kind: 'silence' },
      'pcm_u8',
    );
    const out = inChunks(pattern(frames), [], bleep, 1);
    expect([...out.subarray(800, 1600)].every((b) => b === 0x80)).toBe(true);
    expect(out[799]).toBe(pattern(frames)[799]);
  });

  it('tone: configured level and frequency, faded in over the fade time', () => {
    const bleep = pcmBleeper([{ start: 0.1, end: 0.4 }], infoOf(1, frames), DEFAULT_BLEEP, 'pcm_f32le');
    const out = inChunks(pattern(frames * 4), [], bleep, 4);
    const samples = Array.from({ length: 2400 }, (_, i) => out.readFloatLE((800 + i) * 4));
    const amplitude = 10 ** (DEFAULT_BLEEP.levelDb / 20);
    const body = samples.slice(100, 2300);
    expect(Math.max(...body.map(Math.abs))).toBeCloseTo(amplitude, 2);
    // 1 kHz at 8 kHz: one period is 8 samples
    for (let i = 100; i < 2200; i++) expect(samples[i + 8]).toBeCloseTo(samples[i]!, 5);
    // 5 ms fade = 40 samples; sample i of the span is i + 0.5 samples into the ramp
    for (let i = 0; i < 40; i++) {
      expect(Math.abs(samples[i]!)).toBeLessThanOrEqual(amplitude * ((i + 0.5) / 40) + 1e-6);
      expect(Math.abs(samples[2399 - i]!)).toBeLessThanOrEqual(amplitude * ((i + 0.5) / 40) + 1e-6);
    }
  });

  it('rejects spans outside the audio like the ffmpeg engine', () => {
    expect(() =>
      pcmBleeper([{ start: 0.2, end: 0.9 }], infoOf(1, frames), DEFAULT_BLEEP, 'pcm_s16le'),
    ).toThrow(AudioError);
  });
});
