/**
 * PCM fast path, sample replacement (pure): overwrites, in place, the samples of a chunk of
 * interleaved little-endian PCM frames that fall inside the spans. The chunk's absolute position
 * (its first sample frame) is all the state there is, so any chunking gives the same bytes.
 *
 * It matches the ffmpeg engine (filter-graph.ts):
 * - exactly the same samples are replaced (toIntervals: floor/ceil of the span times, merged per
 *   channel); every other byte is copied unchanged;
 * - the same bleep: level, frequency, 5 ms fades inside the span edges measured from half a
 *   sample outside them, and libswresample's conversion to the sample format (round half to
 *   even, clip; 24-bit keeps the top 24 bits of the 32-bit value, as ffmpeg's encoder does).
 * The tone is computed from the sample index (ffmpeg evaluates sin(w * t) on a rounded double t),
 * so tone samples may differ from the ffmpeg engine's by one step of the sample format (measured:
 * rare at 16 bit); noise is a hash of the sample index and channel (ffmpeg's random() state
 * depends on its frame scheduling), deterministic and chunk-independent.
 */
import type { Span } from '../types.js';
import { DEFAULT_BLEEP } from './defaults.js';
import { toIntervals, type Interval } from './filter-graph.js';
import type { AudioInfo, BleepOptions } from './types.js';

export const PCM_CODECS = ['pcm_u8', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le'] as const;
export type PcmCodec = (typeof PCM_CODECS)[number];

export function isPcmCodec(codec: string): codec is PcmCodec {
  return (PCM_CODECS as readonly string[]).includes(codec);
}

export const BYTES_PER_SAMPLE: Readonly<Record<PcmCodec, number>> = {
  pcm_u8: 1,
  pcm_s16le: 2,
  pcm_s24le: 3,
  pcm_s32le: 4,
  pcm_f32le: 4,
};

/** lrint() in the default rounding mode: half to even */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function clip(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

type Writer = (view: DataView, offset: number, value: number) => void;

/** libswresample's double -> sample format conversions, then the WAV encoder's byte layout */
const WRITERS: Readonly<Record<PcmCodec, Writer>> = {
  pcm_u8: (view, offset, value) => view.setUint8(offset, clip(rint(value * 128) + 128, 0, 255)),
  pcm_s16le: (view, offset, value) => view.setInt16(offset, clip(rint(value * 32768), -32768, 32767), true),
  pcm_s24le: (view, offset, value) => {
    const s24 = Math.floor(clip(rint(value * 2 ** 31), INT32_MIN, INT32_MAX) / 256);
    view.setUint16(offset, s24 & 0xffff, true);
    view.setInt8(offset + 2, s24 >> 16);
  },
  pcm_s32le: (view, offset, value) =>
    view.setInt32(offset, clip(rint(value * 2 ** 31), INT32_MIN, INT32_MAX), true),
  pcm_f32le: (view, offset, value) => view.setFloat32(offset, value, true),
};

/** murmur3's 32-bit finaliser: a well-mixed hash of a 32-bit integer */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const NOISE_SEED = 0x2545f491;

/** uniform in [0, 1), a fixed function of the sample frame and channel */
function noiseAt(frame: number, channel: number): number {
  const high = Math.floor(frame / 2 ** 32);
  return fmix32((frame >>> 0) ^ fmix32(NOISE_SEED + channel * 0x9e3779b1 + high)) / 2 ** 32;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * sin(2 pi f n / rate) from the sample index n. With integer f and rate the tone repeats every
 * rate / gcd(f, rate) samples (16 for 1 kHz at 16 kHz): one period is tabulated, so a sample
 * costs a table read instead of a Math.sin of a large argument (~100 ns).
 */
function tonePeriod(frequency: number, rate: number): Float64Array | undefined {
  if (!Number.isInteger(frequency) || !Number.isInteger(rate)) return undefined;
  const period = rate / gcd(Math.abs(frequency), rate);
  return Float64Array.from({ length: period }, (_, k) =>
    Math.sin((2 * Math.PI * ((k * frequency) % rate)) / rate),
  );
}

function toneAt(frequency: number, rate: number): (frame: number) => number {
  const table = tonePeriod(frequency, rate);
  if (table) return (frame) => table[frame % table.length]!;
  return (frame) => {
    const cycles = (frame * frequency) / rate;
    return Math.sin(2 * Math.PI * (cycles - Math.floor(cycles)));
  };
}

type SampleValue = (frame: number, channel: number, interval: Interval) => number;

function bleepValue(bleep: BleepOptions, rate: number): SampleValue {
  const amplitude = 10 ** (bleep.levelDb / 20);
  const fadeSamples = bleep.fade * rate;
  // the fade lies inside the span: 0 at the span's outer sample edges, 1 after `fade` seconds
  const envelope = (frame: number, iv: Interval): number =>
    fadeSamples > 0 ? Math.min(1, Math.min(frame - iv.start + 0.5, iv.end - frame - 0.5) / fadeSamples) : 1;
  switch (bleep.kind) {
    case 'silence':
      return () => 0;
    case 'tone': {
      const tone = toneAt(bleep.frequency ?? DEFAULT_BLEEP.frequency ?? 1000, rate);
      return (frame, _channel, iv) => amplitude * tone(frame) * envelope(frame, iv);
    }
    case 'noise':
      return (frame, channel, iv) => amplitude * (2 * noiseAt(frame, channel) - 1) * envelope(frame, iv);
  }
}

/**
 * Inside a span, past its fades, a tone or silence repeats every `period` frames: its encoded
 * bytes (one sample per frame, `bytes` wide) are written once here and block-copied into the
 * chunk, so bleeped time costs about what copied time costs. `period` is a multiple of the tone's
 * own period, large enough (>= 4096 frames) that a copy moves kilobytes. Noise has no period:
 * undefined, and its samples are computed one by one.
 */
interface InteriorPattern {
  period: number;
  encoded: Buffer;
}

const PATTERN_MIN_FRAMES = 4096;

function interiorPattern(bleep: BleepOptions, rate: number, codec: PcmCodec): InteriorPattern | undefined {
  const amplitude = 10 ** (bleep.levelDb / 20);
  let values: Float64Array;
  if (bleep.kind === 'silence') values = new Float64Array(1);
  else if (bleep.kind === 'tone') {
    const table = tonePeriod(bleep.frequency ?? DEFAULT_BLEEP.frequency ?? 1000, rate);
    if (!table) return undefined;
    values = table.map((v) => amplitude * v);
  } else return undefined;
  const repeats = Math.ceil(PATTERN_MIN_FRAMES / values.length);
  const period = values.length * repeats;
  const bytes = BYTES_PER_SAMPLE[codec];
  const encoded = Buffer.alloc(period * bytes);
  const view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  for (let k = 0; k < period; k++) WRITERS[codec](view, k * bytes, values[k % values.length]!);
  return { period, encoded };
}

/**
 * Frames [from, to) of an interval past its fades, where the envelope is exactly 1 (the same
 * condition bleepValue's envelope computes), so the pattern's bytes equal the per-sample ones.
 */
function interiorOf(iv: Interval, fadeSamples: number): Interval {
  if (fadeSamples <= 0) return iv;
  const start = Math.max(iv.start, Math.ceil(iv.start + fadeSamples - 0.5));
  const end = Math.min(iv.end, Math.floor(iv.end - 0.5 - fadeSamples) + 1);
  return start < end ? { start, end } : { start: iv.end, end: iv.end };
}

/** index of the first interval ending after `frame` */
function firstEndingAfter(intervals: readonly Interval[], frame: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]!.end > frame) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Overwrites the span samples of `chunk` (whole frames) whose first frame is `firstFrame`. */
export type ChunkBleeper = (chunk: Buffer, firstFrame: number) => void;

/** Validates the spans (AudioError as in the ffmpeg engine) and returns the chunk function. */
export function pcmBleeper(
  spans: readonly Span[],
  info: AudioInfo,
  bleep: BleepOptions,
  codec: PcmCodec,
  /** blockCopy false: every sample computed one by one (the reference the tests compare with) */
  options: { blockCopy?: boolean } = {},
): ChunkBleeper {
  const perChannel = toIntervals(spans, info);
  const channels = info.channels;
  const bytes = BYTES_PER_SAMPLE[codec];
  const frameBytes = bytes * channels;
  const write = WRITERS[codec];
  const value = bleepValue(bleep, info.sampleRate);
  const pattern = options.blockCopy === false ? undefined : interiorPattern(bleep, info.sampleRate, codec);
  const fadeSamples = bleep.fade * info.sampleRate;
  const perSample = (
    view: DataView,
    c: number,
    iv: Interval,
    from: number,
    to: number,
    firstFrame: number,
  ) => {
    for (let n = from; n < to; n++) write(view, ((n - firstFrame) * channels + c) * bytes, value(n, c, iv));
  };
  /** the interior frames [from, to) of channel c, copied from the pattern */
  const copyPattern = (
    chunk: Buffer,
    p: InteriorPattern,
    c: number,
    from: number,
    to: number,
    firstFrame: number,
  ) => {
    if (channels === 1) {
      for (let n = from; n < to;) {
        const phase = n % p.period;
        const count = Math.min(p.period - phase, to - n);
        p.encoded.copy(chunk, (n - firstFrame) * bytes, phase * bytes, (phase + count) * bytes);
        n += count;
      }
      return;
    }
    for (let n = from; n < to; n++) {
      const source = (n % p.period) * bytes;
      const target = ((n - firstFrame) * channels + c) * bytes;
      for (let b = 0; b < bytes; b++) chunk[target + b] = p.encoded[source + b]!;
    }
  };
  return (chunk, firstFrame) => {
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (chunk.length % frameBytes !== 0) {
      throw new RangeError(`PCM chunk of ${chunk.length} bytes is not a whole number of frames`);
    }
    const endFrame = firstFrame + chunk.length / frameBytes;
    perChannel.forEach((intervals, c) => {
      for (let k = firstEndingAfter(intervals, firstFrame); k < intervals.length; k++) {
        const iv = intervals[k]!;
        if (iv.start >= endFrame) break;
        const from = Math.max(iv.start, firstFrame);
        const to = Math.min(iv.end, endFrame);
        if (!pattern) {
          perSample(view, c, iv, from, to, firstFrame);
          continue;
        }
        const inner = interiorOf(iv, fadeSamples);
        const innerFrom = Math.min(Math.max(inner.start, from), to);
        const innerTo = Math.max(Math.min(inner.end, to), innerFrom);
        perSample(view, c, iv, from, innerFrom, firstFrame);
        copyPattern(chunk, pattern, c, innerFrom, innerTo, firstFrame);
        perSample(view, c, iv, innerTo, to, firstFrame);
      }
    });
  };
}
