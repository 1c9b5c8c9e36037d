/**
 * The PCM fast path (Node, pcm-wav.ts) against the ffmpeg filter graph on the same requests: both
 * must write the same samples (inside and outside the spans), a clean WAV, and fail closed.
 */
import { existsSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AudioError } from '../../src/errors.js';
import { DEFAULT_BLEEP, probeAudio, redactAudio, type BleepOptions } from '../../src/audio/index.js';
import type { Span } from '../../src/types.js';
import { differingRanges, decode, makeNoise, probeTags, useAudioWorkspace } from '../helpers/audio.js';

const ws = useAudioWorkspace();

const file = ws.file;

/** bytes of the data chunk of a WAV file */
async function wavData(wav: string): Promise<Buffer> {
  const bytes = await readFile(wav);
  const at = bytes.indexOf('data', 12, 'latin1');
  return bytes.subarray(at + 8, at + 8 + bytes.readUInt32LE(at + 4));
}

async function bothEngines(
  name: string,
  spans: Span[],
  bleep: BleepOptions = DEFAULT_BLEEP,
): Promise<{ input: string; fast: string; slow: string }> {
  const input = file(`${name}.wav`);
  const info = await probeAudio(input, ws.tools);
  const fast = file(`${name}.fast.wav`);
  const slow = file(`${name}.ffmpeg.wav`);
  const request = { input, info, spans, bleep, format: 'same' as const };
  const a = await redactAudio({ ...request, output: fast }, ws.tools);
  const b = await redactAudio({ ...request, output: slow, engine: 'ffmpeg' }, ws.tools);
  expect(a.info).toEqual(b.info);
  return { input, fast, slow };
}

/** Frames the spans cover, per the ffmpeg engine's rounding: [floor(start*rate), ceil(end*rate)). */
function covered(spans: Span[], rate: number): [number, number][] {
  return spans.map((s) => [Math.floor(s.start * rate), Math.ceil(s.end * rate)]);
}

type Codec = 'pcm_u8' | 'pcm_s16le' | 'pcm_s24le' | 'pcm_s32le' | 'pcm_f32le';

/** Interleaved samples of a WAV data chunk in the codec's own units (integers, or floats). */
function samples(data: Buffer, codec: Codec): number[] {
  const read: Record<Codec, [number, (at: number) => number]> = {
    pcm_u8: [1, (at) => data.readUInt8(at)],
    pcm_s16le: [2, (at) => data.readInt16LE(at)],
    pcm_s24le: [3, (at) => data.readIntLE(at, 3)],
    pcm_s32le: [4, (at) => data.readInt32LE(at)],
    pcm_f32le: [4, (at) => data.readFloatLE(at)],
  };
  const [size, at] = read[codec];
  return Array.from({ length: data.length / size }, (_, i) => at(i * size));
}

/**
 * Outside the spans both outputs equal the input, bit for bit. Inside, both replaced the same
 * samples with the same bleep: the tone is computed from the sample index in Node and from a
 * rounded time value in ffmpeg, so a sample may differ by one step of the format (integers) or
 * a float rounding (f32), never more. Returns how many span samples are bit-identical.
 */
async function expectSameBleep(
  input: string,
  fast: string,
  slow: string,
  spans: Span[],
  codec: Codec,
): Promise<{ inside: number; identical: number }> {
  const info = await probeAudio(input, ws.tools);
  const [original, a, b] = await Promise.all(
    [input, fast, slow].map(async (f) => samples(await wavData(f), codec)),
  );
  expect(a!.length).toBe(original!.length);
  expect(b!.length).toBe(original!.length);
  const step = codec === 'pcm_f32le' ? 1e-6 : 1;
  let inside = 0;
  let identical = 0;
  for (let k = 0; k < original!.length; k++) {
    const frame = Math.floor(k / info.channels);
    const c = k % info.channels;
    const mine = spans.filter((s) => s.channel === undefined || s.channel === c);
    if (covered(mine, info.sampleRate).some(([from, to]) => frame >= from && frame < to)) {
      inside++;
      if (a![k] === b![k]) identical++;
      else if (Math.abs(a![k]! - b![k]!) > step) {
        throw new Error(`sample ${k}: engines differ by ${Math.abs(a![k]! - b![k]!)}`);
      }
    } else if (a![k] !== original![k] || b![k] !== original![k]) {
      throw new Error(`sample ${k} (frame ${frame}, channel ${c}) changed outside the spans`);
    }
  }
  expect(inside).toBeGreaterThan(0);
  return { inside, identical };
}

describe('PCM fast path and ffmpeg engine replace the same samples with the same bleep', () => {
  it('16-bit mono, tone with fades, spans starting mid-frame', async () => {
    await makeNoise(file('s16.wav'), { seconds: 6, rate: 16000, codec: 'pcm_s16le', seed: 21 });
    const spans: Span[] = [
      { start: 0.0213, end: 0.4 },
      { start: 1.23456, end: 1.3 },
      { start: 2.0, end: 4.5 },
      { start: 5.9, end: 6 },
    ];
    const { input, fast, slow } = await bothEngines('s16', spans);
    const { inside, identical } = await expectSameBleep(input, fast, slow, spans, 'pcm_s16le');
    // one step apart happens, but rarely at 16 bit
    expect(identical / inside).toBeGreaterThan(0.999);
    // and every span sample was replaced (white noise input: a kept sample would stand out)
    const changed = differingRanges(await decode(input), await decode(fast));
    const total = changed.reduce((sum, [from, to]) => sum + to - from, 0);
    expect(total).toBeGreaterThan(inside * 0.99);
  });

  it('24-bit stereo with per-channel spans', async () => {
    await makeNoise(file('s24.wav'), { seconds: 4, rate: 48000, channels: 2, codec: 'pcm_s24le', seed: 4 });
    const spans: Span[] = [
      { start: 0.30001, end: 1.1, channel: 1 },
      { start: 0.9, end: 1.6, channel: 0 },
      { start: 2.5, end: 3.25 },
    ];
    const { input, fast, slow } = await bothEngines('s24', spans);
    await expectSameBleep(input, fast, slow, spans, 'pcm_s24le');
    // channel 1 is bleeped while channel 0 is kept during the first, channel-1-only span
    const original = await decode(input);
    const redacted = await decode(fast);
    let kept = 0;
    for (let i = Math.ceil(0.30001 * 48000); i < 0.9 * 48000; i++) {
      if (redacted.data[i * 2 + 1] === original.data[i * 2 + 1]) kept++;
    }
    expect(kept).toBeLessThan(5);
  });

  it.each([
    ['pcm_u8', 'silence', 1, 1.000125],
    ['pcm_u8', 'tone', 2, 2],
    ['pcm_s32le', 'tone', 2, 2],
    ['pcm_f32le', 'tone', 2, 2],
  ] as const)('%s with a %s bleep, %i channel(s), %f s', async (codec, kind, channels, seconds) => {
    const name = `fmt-${codec}-${kind}-${channels}`;
    await makeNoise(file(`${name}.wav`), { seconds, rate: 8000, channels, codec, seed: 9 });
    const spans: Span[] = [
      { start: 0.333, end: 0.9345, channel: channels - 1 },
      { start: 0.95, end: 1.000125 },
    ];
    const { input, fast, slow } = await bothEngines(name, spans, { ...DEFAULT_BLEEP, kind });
    await expectSameBleep(input, fast, slow, spans, codec);
    const info = await probeAudio(fast, ws.tools);
    expect(info.codec).toBe(codec);
    expect(info.samples).toBe((await probeAudio(input, ws.tools)).samples);
  });
});

describe('PCM fast path output', () => {
  it('noise bleeps are deterministic and replace every span sample', async () => {
    await makeNoise(file('noise.wav'), { seconds: 3, rate: 16000, codec: 'pcm_s16le', seed: 2 });
    const spans: Span[] = [{ start: 0.5, end: 1.5 }];
    const input = file('noise.wav');
    const info = await probeAudio(input, ws.tools);
    const bleep = { ...DEFAULT_BLEEP, kind: 'noise' as const };
    for (const output of [file('noise.1.wav'), file('noise.2.wav')]) {
      await redactAudio({ input, output, info, spans, bleep, format: 'same' }, ws.tools);
    }
    expect(await readFile(file('noise.1.wav'))).toEqual(await readFile(file('noise.2.wav')));
    const original = await decode(input);
    const redacted = await decode(file('noise.1.wav'));
    // with white noise on both sides, a kept sample would match by chance only rarely
    let kept = 0;
    for (let i = 8000; i < 24000; i++) if (original.data[i] === redacted.data[i]) kept++;
    expect(kept).toBeLessThan(20);
  });

  it('keeps only the fmt and data chunks: tags and other chunks are gone', async () => {
    const input = file('tagged.wav');
    await makeNoise(input, {
      seconds: 1,
      rate: 16000,
      codec: 'pcm_s16le',
      extra: ['-metadata', 'title=Rosalind Quill', '-metadata', 'artist=Oakbarrow Lane'],
    });
    expect((await readFile(input)).toString('latin1')).toContain('Quill');
    const output = file('tagged.out.wav');
    const info = await probeAudio(input, ws.tools);
    await redactAudio(
      { input, output, info, spans: [{ start: 0.2, end: 0.4 }], bleep: DEFAULT_BLEEP, format: 'wav' },
      ws.tools,
    );
    const bytes = await readFile(output);
    expect(bytes.toString('latin1')).not.toMatch(/Quill|Oakbarrow|LIST|INFO/);
    expect(bytes.toString('latin1', 12, 16)).toBe('fmt ');
    expect(bytes.toString('latin1', 20 + bytes.readUInt32LE(16), 24 + bytes.readUInt32LE(16))).toBe('data');
    expect(await probeTags(output)).toEqual({});
  });
});

describe('PCM fast path fails closed', () => {
  it('input replaced after probing: AudioError, no output', async () => {
    const input = file('swap.wav');
    await makeNoise(input, { seconds: 2, rate: 16000, codec: 'pcm_s16le' });
    const info = await probeAudio(input, ws.tools);
    await writeFile(input, 'not audio any more');
    const output = file('swap.out.wav');
    await expect(
      redactAudio(
        { input, output, info, spans: [{ start: 0.5, end: 1 }], bleep: DEFAULT_BLEEP, format: 'same' },
        ws.tools,
      ),
    ).rejects.toThrow(AudioError);
    expect(existsSync(output)).toBe(false);
  });

  it('input truncated after probing: AudioError, no output', async () => {
    const input = file('trunc.wav');
    await makeNoise(input, { seconds: 2, rate: 16000, codec: 'pcm_s16le' });
    const info = await probeAudio(input, ws.tools);
    await truncate(input, 20000);
    const output = file('trunc.out.wav');
    await expect(
      redactAudio(
        { input, output, info, spans: [{ start: 0.5, end: 1 }], bleep: DEFAULT_BLEEP, format: 'same' },
        ws.tools,
      ),
    ).rejects.toThrow(AudioError);
    expect(existsSync(output)).toBe(false);
  });

  it('unwritable output location: error, nothing left behind', async () => {
    const input = file('ok.wav');
    await makeNoise(input, { seconds: 1, rate: 16000, codec: 'pcm_s16le' });
    const info = await probeAudio(input, ws.tools);
    const output = file('missing-dir/out.wav');
    await expect(
      redactAudio(
        { input, output, info, spans: [{ start: 0.2, end: 0.5 }], bleep: DEFAULT_BLEEP, format: 'same' },
        ws.tools,
      ),
    ).rejects.toThrow(/PCM audio failed/);
    expect(existsSync(output)).toBe(false);
  });
});

/**
 * The decoded-PCM engine (ffmpeg decodes to a raw file, Node bleeps it, ffmpeg encodes:
 * pcm-decoded.ts) against the filter graph, on lossless FLAC: outside the spans both give back
 * the input's samples bit for bit, inside they agree within one step of the format.
 */
describe('decoded-PCM engine and ffmpeg engine replace the same samples (FLAC, MP3)', () => {
  async function bothOn(input: string, spans: Span[], bleep: BleepOptions = DEFAULT_BLEEP) {
    const info = await probeAudio(input, ws.tools);
    const ext = input.slice(input.lastIndexOf('.'));
    const piped = input.replace(ext, `.piped${ext}`);
    const graph = input.replace(ext, `.graph${ext}`);
    const request = { input, info, spans, bleep, format: 'same' as const };
    const a = await redactAudio({ ...request, output: piped, engine: 'node' }, ws.tools);
    const b = await redactAudio({ ...request, output: graph, engine: 'ffmpeg' }, ws.tools);
    expect(a.info).toEqual(b.info);
    return { info, piped, graph };
  }

  it.each([
    ['s16', 16000, 1, 'flac', 2 ** -15],
    ['s24 stereo', 48000, 2, 'flac', 2 ** -23],
  ] as const)(
    'FLAC %s: exact outside the spans, one step inside',
    async (name, rate, channels, codec, step) => {
      const input = file(`pipe-${name.replace(' ', '-')}.flac`);
      await makeNoise(input, {
        seconds: 3,
        rate,
        channels,
        codec,
        seed: 17,
        extra: name.startsWith('s24') ? ['-sample_fmt', 's32', '-bits_per_raw_sample', '24'] : [],
      });
      const spans: Span[] = [
        { start: 0.0313, end: 0.5 },
        { start: 1.23456, end: 1.3, channel: channels - 1 },
        { start: 2.0, end: 2.99 },
      ];
      const { info, piped, graph } = await bothOn(input, spans);
      const [original, a, b] = await Promise.all([input, piped, graph].map(decode));
      expect(a!.length).toBe(original!.length);
      expect(b!.length).toBe(original!.length);
      let inside = 0;
      let replaced = 0;
      for (let k = 0; k < original!.data.length; k++) {
        const frame = Math.floor(k / info.channels);
        const c = k % info.channels;
        const mine = spans.filter((s) => s.channel === undefined || s.channel === c);
        if (covered(mine, rate).some(([from, to]) => frame >= from && frame < to)) {
          inside++;
          if (Math.abs(a!.data[k]! - b!.data[k]!) > step) {
            throw new Error(`sample ${k}: engines differ by ${Math.abs(a!.data[k]! - b!.data[k]!)}`);
          }
          if (a!.data[k] !== original!.data[k]) replaced++;
        } else if (a!.data[k] !== original!.data[k] || b!.data[k] !== original!.data[k]) {
          throw new Error(`sample ${k} (frame ${frame}, channel ${c}) changed outside the spans`);
        }
      }
      expect(inside).toBeGreaterThan(0);
      // every span sample was replaced (white noise input: a kept sample would equal the input)
      expect(replaced).toBeGreaterThan(inside * 0.99);
    },
  );

  it('MP3 with 300 short spans: the two engines decode to the same audio within the codec noise', async () => {
    const input = file('pipe-many.mp3');
    await makeNoise(input, { seconds: 40, rate: 16000, codec: 'libmp3lame', seed: 23 });
    const spans: Span[] = Array.from({ length: 300 }, (_, i) => ({
      start: 0.05 + i * 0.13 + (i % 7) * 0.0011,
      end: 0.05 + i * 0.13 + 0.07,
    }));
    const { piped, graph } = await bothOn(input, spans);
    const [a, b] = await Promise.all([piped, graph].map(decode));
    expect(a!.length).toBe(b!.length);
    let signal = 0;
    let noise = 0;
    for (let i = 0; i < a!.data.length; i++) {
      signal += b!.data[i]! ** 2;
      noise += (a!.data[i]! - b!.data[i]!) ** 2;
    }
    // same samples into the same encoder: only the tone's last-bit rounding may differ
    expect(10 * Math.log10(signal / noise)).toBeGreaterThan(40);
  });
});
