/**
 * Audio test helpers: generate audio with ffmpeg/espeak-ng, decode it to PCM, compare signals.
 * Everything is deterministic (fixed seeds, bit-exact muxing), so tests can compare bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { probeAudio, resolveFfmpeg, type AudioInfo, type FfmpegTools } from '../../src/audio/index.js';

const run = promisify(execFile);

export async function tempDir(
  prefix = 'callredact-audio-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface AudioWorkspace {
  /** the ffmpeg/ffprobe the tests run */
  tools: FfmpegTools;
  /** a temp folder of the test file */
  dir: string;
  /** a path in that folder */
  file(name: string): string;
}

/** For one test file: ffmpeg resolved and a temp folder before its tests, the folder removed after them. */
export function useAudioWorkspace(): AudioWorkspace {
  let cleanup: (() => Promise<void>) | undefined;
  const ws: AudioWorkspace = {
    tools: undefined as unknown as FfmpegTools,
    dir: '',
    file: (name) => path.join(ws.dir, name),
  };
  beforeAll(async () => {
    ws.tools = await resolveFfmpeg({});
    ({ dir: ws.dir, cleanup } = await tempDir());
  });
  afterAll(() => cleanup?.());
  return ws;
}

/** Runs ffmpeg quietly with bit-exact muxing; `args` are inputs, filters and output options. */
export async function ffmpeg(args: readonly string[], output: string): Promise<void> {
  await run(
    'ffmpeg',
    ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args, '-fflags', '+bitexact', output],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/** White noise (seeded): every sample differs from a tone and from its neighbours. */
export async function makeNoise(
  file: string,
  options: {
    seconds: number;
    rate: number;
    channels?: number;
    codec?: string;
    seed?: number;
    extra?: string[];
  },
): Promise<void> {
  const channels = options.channels ?? 1;
  const sources = Array.from(
    { length: channels },
    (_, c) =>
      `anoisesrc=d=${options.seconds}:r=${options.rate}:a=0.3:c=white:seed=${(options.seed ?? 1) + c}`,
  );
  const graph =
    channels === 1
      ? sources[0]!
      : `${sources.map((s, c) => `${s}[c${c}]`).join(';')};${sources.map((_, c) => `[c${c}]`).join('')}amerge=inputs=${channels}`;
  await ffmpeg(
    ['-f', 'lavfi', '-i', graph, ...(options.codec ? ['-c:a', options.codec] : []), ...(options.extra ?? [])],
    file,
  );
}

/** A 300 Hz tone (or `frequency`) of `seconds`, as 16-bit PCM WAV with `channels` channels. */
export async function makeTone(
  file: string,
  options: { seconds: number; rate: number; channels?: number; frequency?: number },
): Promise<void> {
  const tone = `sine=frequency=${options.frequency ?? 300}:sample_rate=${options.rate}:duration=${options.seconds}`;
  await ffmpeg(['-f', 'lavfi', '-i', tone, '-ac', String(options.channels ?? 1), '-c:a', 'pcm_s16le'], file);
}

/** makeTone to `file`, with what probeAudio reads of it. */
export async function probedTone(
  tools: FfmpegTools,
  file: string,
  options: { seconds: number; rate: number; channels: number },
): Promise<{ file: string; info: AudioInfo }> {
  await makeTone(file, options);
  return { file, info: await probeAudio(file, tools) };
}

/** Speech from espeak-ng, resampled to `rate` Hz mono 16-bit WAV. */
export async function makeSpeech(file: string, text: string, rate: number): Promise<void> {
  const raw = `${file}.espeak.wav`;
  await run('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, text]);
  try {
    await ffmpeg(
      ['-i', raw, '-ar', String(rate), '-ac', '1', '-c:a', 'pcm_s16le', '-map_metadata', '-1'],
      file,
    );
  } finally {
    await rm(raw, { force: true });
  }
}

export interface Pcm {
  /** interleaved samples */
  data: Float32Array;
  channels: number;
  rate: number;
  /** sample frames */
  length: number;
}

/** Decodes any audio file to interleaved float samples (exact for 16-bit and mu-law sources). */
export async function decode(file: string): Promise<Pcm> {
  const { stdout: probe } = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'a:0',
    '-show_entries',
    'stream=sample_rate,channels',
    '-of',
    'json',
    file,
  ]);
  const stream = (JSON.parse(probe) as { streams: { sample_rate: string; channels: number }[] }).streams[0]!;
  const { stdout } = await run(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-map', '0:a:0', '-f', 'f32le', '-c:a', 'pcm_f32le', '-'],
    {
      encoding: 'buffer',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const bytes = Buffer.from(stdout);
  const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return {
    data,
    channels: stream.channels,
    rate: Number(stream.sample_rate),
    length: data.length / stream.channels,
  };
}

/** One channel of `pcm` between sample frames [from, to). */
export function channel(pcm: Pcm, c: number, from = 0, to = pcm.length): Float32Array {
  const out = new Float32Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) out[i - from] = pcm.data[i * pcm.channels + c]!;
  return out;
}

/** Pearson correlation of two equally long signals (0 when either is constant). */
export function correlation(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    cov += x * y;
    va += x * x;
    vb += y * y;
  }
  return va === 0 || vb === 0 ? 0 : cov / Math.sqrt(va * vb);
}

export function rms(x: Float32Array): number {
  let sum = 0;
  for (const v of x) sum += v * v;
  return x.length === 0 ? 0 : Math.sqrt(sum / x.length);
}

/** Share of the signal's power at `freq` (Goertzel): about 1 for a pure tone of that frequency. */
export function toneShare(x: Float32Array, rate: number, freq: number): number {
  const w = (2 * Math.PI * freq) / rate;
  const coeff = 2 * Math.cos(w);
  let s1 = 0;
  let s2 = 0;
  let energy = 0;
  for (const v of x) {
    const s0 = v + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
    energy += v * v;
  }
  const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  return energy === 0 ? 0 : (2 * power) / (x.length * energy);
}

/** Signal-to-noise ratio of `test` against `reference`, in dB. */
export function snrDb(reference: Float32Array, test: Float32Array): number {
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < reference.length; i++) {
    signal += reference[i]! ** 2;
    noise += (reference[i]! - test[i]!) ** 2;
  }
  return noise === 0 ? Infinity : 10 * Math.log10(signal / noise);
}

/** Sample frames where the two decodes differ on any channel, as [start, end) ranges. */
export function differingRanges(a: Pcm, b: Pcm): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let same = true;
    for (let c = 0; c < a.channels; c++) {
      if (a.data[i * a.channels + c] !== b.data[i * b.channels + c]) same = false;
    }
    if (same) continue;
    const last = ranges.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  }
  return ranges;
}

/** ffprobe tags of the container and of every stream, merged. */
export async function probeTags(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format_tags:stream_tags',
    '-of',
    'json',
    file,
  ]);
  const parsed = JSON.parse(stdout) as {
    format?: { tags?: Record<string, string> };
    streams?: { tags?: Record<string, string> }[];
  };
  return Object.assign({}, parsed.format?.tags, ...(parsed.streams ?? []).map((s) => s.tags ?? {}));
}
