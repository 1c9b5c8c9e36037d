/**
 * The decoded-PCM engine (pcm-decoded.ts: ffmpeg decodes in large frames to a raw file, Node
 * bleeps it in place, ffmpeg encodes it read through a WAV header) against a straightforward
 * reference: the input decoded by ffmpeg, every span sample computed one by one (pcmBleeper
 * without block copies). Lossless FLAC in and out, so the output must equal the reference byte
 * for byte, at the spans' edges and everywhere else.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BLEEP, probeAudio, redactAudio, type BleepOptions } from '../../src/audio/index.js';
import { pcmBleeper, type PcmCodec } from '../../src/audio/pcm-bleep.js';
import { wavHeader } from '../../src/audio/pcm-decoded.js';
import type { Span } from '../../src/types.js';
import { makeNoise, useAudioWorkspace } from '../helpers/audio.js';

const run = promisify(execFile);
const ws = useAudioWorkspace();

/** the decoded samples of a file as raw little-endian PCM of `codec` */
async function rawPcm(file: string, codec: 'pcm_s16le' | 'pcm_s32le'): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-map', '0:a:0', '-c:a', codec, '-f', codec.slice(4, 9), '-'],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  );
  return Buffer.from(stdout);
}

/** byte offsets where two buffers differ (at most `limit`) */
function differences(a: Buffer, b: Buffer, limit = 5): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

// 3 s at 16 kHz: the decoder's frames (16,384 samples) end at 1.024 s and 2.048 s
const SPANS: Span[] = [
  { start: 0, end: 0.2 }, // at the very start
  { start: 0.50031, end: 0.6 }, // adjacent to the next: merged into one interval
  { start: 0.6, end: 0.70017 },
  { start: 0.95, end: 1.1 }, // across a decoder frame boundary
  { start: 1.5003, end: 1.5041 }, // shorter than the fades, inside one frame
  { start: 2.04, end: 2.0481 }, // ends just past a frame boundary
  { start: 2.8, end: 3 }, // to the very end
];

const CASES: [string, number, number, 'pcm_s16le' | 'pcm_s32le', string[]][] = [
  ['s16 mono', 16000, 1, 'pcm_s16le', ['-sample_fmt', 's16']],
  ['s16 stereo', 16000, 2, 'pcm_s16le', ['-sample_fmt', 's16']],
  ['s24 stereo', 16000, 2, 'pcm_s32le', ['-sample_fmt', 's32', '-bits_per_raw_sample', '24']],
];

describe('decoded-PCM engine against a per-sample reference (FLAC, byte for byte)', () => {
  it.each(CASES)('%s', async (name, rate, channels, codec, extra) => {
    const input = ws.file(`decoded-${name.replace(' ', '-')}.flac`);
    await makeNoise(input, { seconds: 3, rate, channels, codec: 'flac', seed: 5, extra });
    const info = await probeAudio(input, ws.tools);
    // stereo: one span on the second channel only
    const spans = channels === 1 ? SPANS : [...SPANS, { start: 1.7, end: 1.80013, channel: 1 }];
    for (const bleep of [DEFAULT_BLEEP, { ...DEFAULT_BLEEP, kind: 'noise' } as BleepOptions]) {
      const output = ws.file(`decoded-${name.replace(' ', '-')}-${bleep.kind}.out.flac`);
      await redactAudio({ input, output, info, spans, bleep, format: 'same', engine: 'node' }, ws.tools);
      const expected = await rawPcm(input, codec);
      pcmBleeper(spans, info, bleep, codec as PcmCodec, { blockCopy: false })(expected, 0);
      // 24-bit FLAC keeps the top 24 bits of each 32-bit sample (floor, as pcm_s24le does)
      if (name.startsWith('s24')) for (let i = 0; i < expected.length; i += 4) expected[i] = 0;
      const actual = await rawPcm(output, codec);
      expect(actual.length).toBe(expected.length);
      expect(differences(actual, expected)).toEqual([]);
    }
  });

  it('the encoder reads the raw file through a WAV header that ffprobe reads back', async () => {
    const header = ws.file('header.wav');
    // 0.5 s of 8 kHz stereo float: the header alone declares it, with no data present
    await writeFile(header, wavHeader('pcm_f32le', { channels: 2, sampleRate: 8000 }, 8000 * 8 * 0.5));
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=codec_name,sample_rate,channels',
      '-of',
      'json',
      header,
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      streams: [{ codec_name: 'pcm_f32le', sample_rate: '8000', channels: 2 }],
    });
    // past 4 GiB the sizes are clamped (the encoder ignores them)
    const big = wavHeader('pcm_s16le', { channels: 1, sampleRate: 8000 }, 2 ** 33);
    expect(big.readUInt32LE(4)).toBe(0xffffffff);
    expect(big.readUInt32LE(40)).toBe(0xffffffff);
  });
});
