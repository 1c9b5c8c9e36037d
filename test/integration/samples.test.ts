/**
 * The committed sample calls are consistent: file pairs complete, audio as documented in
 * samples/README.md, word times inside the audio and on the sound itself (speech inside each word,
 * silence in the gaps, the other channel silent in the stereo call), labels valid and equal to
 * what scripts/sample-calls.ts defines. (That the generator renders the same bytes twice is an
 * end-to-end case: test/e2e/sample-generator.test.ts.)
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCall, type Label } from '../../scripts/make-samples.js';
import { SAMPLE_CALLS } from '../../scripts/sample-calls.js';
import { loadConfig } from '../../src/config.js';
import { ENTITY_TYPES, type Word } from '../../src/types.js';

const run = promisify(execFile);
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const CALLS = path.join(SAMPLES, 'calls');
const LABELS = path.join(SAMPLES, 'labels');

/** peak |sample| above which a word counts as audible, and below which a gap counts as silent */
const SPEECH_PEAK = 1000;
const SILENCE_PEAK = 64;
/** resampler ringing around a word edge, seconds */
const EDGE_MARGIN = 0.003;

const callFiles = await readdir(CALLS);
const baseNames = (ext: string): string[] =>
  callFiles
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
const audioNames = baseNames('.wav');
const textNames = baseNames('.txt');

interface Documented {
  sampleRate?: number;
  channels?: number;
  length?: number;
}

/** The "Calls" table of samples/README.md: `name` | ... | "16 kHz mono" | "55.7 s" */
async function documentedCalls(): Promise<Map<string, Documented>> {
  const readme = await readFile(path.join(SAMPLES, 'README.md'), 'utf8');
  const rows = new Map<string, Documented>();
  for (const line of readme.split('\n')) {
    const name = /^\|\s*`([\w-]+)`\s*\|/.exec(line)?.[1];
    if (!name) continue;
    const audio = /\|\s*(\d+) kHz (mono|stereo)\b/.exec(line);
    const length = /\|\s*([\d.]+) s\s*\|/.exec(line);
    rows.set(name, {
      ...(audio ? { sampleRate: Number(audio[1]) * 1000, channels: audio[2] === 'stereo' ? 2 : 1 } : {}),
      ...(length ? { length: Number(length[1]) } : {}),
    });
  }
  return rows;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

async function transcriptWords(name: string): Promise<Word[]> {
  if (textNames.includes(name)) {
    const text = await readFile(path.join(CALLS, `${name}.txt`), 'utf8');
    return text
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => ({ text: t }));
  }
  return (await readJson<{ words: Word[] }>(path.join(CALLS, `${name}.json`))).words;
}

async function probe(
  file: string,
): Promise<{ codec: string; sampleRate: number; channels: number; duration: number }> {
  const ffprobe = loadConfig().FFPROBE_PATH ?? 'ffprobe';
  const { stdout } = await run(ffprobe, [
    '-v',
    'error',
    '-show_streams',
    '-show_format',
    '-of',
    'json',
    file,
  ]);
  const info = JSON.parse(stdout) as {
    streams: { codec_name: string; sample_rate: string; channels: number }[];
    format: { duration: string };
  };
  expect(info.streams).toHaveLength(1);
  const stream = info.streams[0]!;
  return {
    codec: stream.codec_name,
    sampleRate: Number(stream.sample_rate),
    channels: stream.channels,
    duration: Number(info.format.duration),
  };
}

/** Decoded interleaved samples, independent of the WAV header layout. */
async function decode(file: string): Promise<Int16Array> {
  const ffmpeg = loadConfig().FFMPEG_PATH ?? 'ffmpeg';
  const { stdout } = await run(ffmpeg, ['-v', 'error', '-i', file, '-f', 's16le', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  const copy = Buffer.from(stdout);
  return new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2);
}

function peak(
  pcm: Int16Array,
  channels: number,
  channel: number,
  rate: number,
  from: number,
  to: number,
): number {
  let max = 0;
  const last = Math.min(Math.floor(to * rate), pcm.length / channels - 1);
  for (let i = Math.max(0, Math.ceil(from * rate)); i <= last; i++) {
    max = Math.max(max, Math.abs(pcm[i * channels + channel]!));
  }
  return max;
}

describe('committed sample calls', () => {
  it('come in complete pairs that match the definitions in scripts/sample-calls.ts', async () => {
    expect(baseNames('.json')).toEqual(audioNames);
    const transcripts = [...audioNames, ...textNames].sort();
    expect(audioNames.length * 2 + textNames.length).toBe(callFiles.length);
    const labelFiles = (await readdir(LABELS)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    expect(labelFiles.sort()).toEqual(transcripts);
    expect(SAMPLE_CALLS.map((c) => c.name).sort()).toEqual(transcripts);
    expect(SAMPLE_CALLS.length).toBeGreaterThanOrEqual(8);
  });

  it('hold the words and labels the definitions produce', async () => {
    for (const call of SAMPLE_CALLS) {
      const built = buildCall(call);
      const words = await transcriptWords(call.name);
      expect(words.map((w) => w.text)).toEqual(built.words.map((w) => w.text));
      if (call.output !== 'text')
        expect(words.map((w) => w.speaker)).toEqual(built.words.map((w) => w.speaker));
      expect(await readJson<Label[]>(path.join(LABELS, `${call.name}.json`))).toEqual(built.labels);
    }
  });

  it('have valid, ordered, non-overlapping labels covering every entity type', async () => {
    const seen = new Set<string>();
    for (const call of SAMPLE_CALLS) {
      const count = (await transcriptWords(call.name)).length;
      const labels = await readJson<Label[]>(path.join(LABELS, `${call.name}.json`));
      let previousEnd = 0;
      for (const label of labels) {
        expect(ENTITY_TYPES).toContain(label.type);
        expect(label.start_word).toBeGreaterThanOrEqual(previousEnd);
        expect(label.end_word).toBeGreaterThan(label.start_word);
        expect(label.end_word).toBeLessThanOrEqual(count);
        previousEnd = label.end_word;
        seen.add(label.type);
      }
    }
    expect([...seen].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('mix styles and layouts as the brief asks: stereo, formatted and transcript-only calls', () => {
    expect(SAMPLE_CALLS.filter((c) => c.output === 'stereo').length).toBeGreaterThanOrEqual(1);
    expect(SAMPLE_CALLS.filter((c) => c.output === 'text').length).toBeGreaterThanOrEqual(1);
    expect(SAMPLE_CALLS.filter((c) => c.style === 'formatted').length).toBeGreaterThanOrEqual(1);
    expect(SAMPLE_CALLS.filter((c) => c.style === 'asr').length).toBeGreaterThan(SAMPLE_CALLS.length / 2);
  });

  it('stay under 12 MiB in total', async () => {
    let total = 0;
    for (const dir of [CALLS, LABELS]) {
      for (const file of await readdir(dir)) total += (await stat(path.join(dir, file))).size;
    }
    expect(total).toBeLessThan(12 * 1024 * 1024);
  });

  it.each(audioNames)('%s: audio as documented, word times on the spoken words', async (name) => {
    const documented = (await documentedCalls()).get(name);
    expect(documented?.sampleRate).toBeDefined();
    const wav = path.join(CALLS, `${name}.wav`);
    const info = await probe(wav);
    expect(info.codec).toBe('pcm_s16le');
    expect(info.sampleRate).toBe(documented!.sampleRate);
    expect(info.channels).toBe(documented!.channels);
    expect(Math.abs(info.duration - documented!.length!)).toBeLessThan(0.1);
    expect(info.duration).toBeGreaterThanOrEqual(30);
    expect(info.duration).toBeLessThanOrEqual(90);

    const words = await transcriptWords(name);
    const stereo = info.channels === 2;
    const pcm = await decode(wav);
    let previousEnd = 0;
    for (const word of words) {
      expect(word.text).toMatch(/^\S+$/);
      expect(['agent', 'customer']).toContain(word.speaker);
      expect(word.start!).toBeGreaterThanOrEqual(previousEnd);
      expect(word.end!).toBeGreaterThan(word.start!);
      expect(word.end!).toBeLessThanOrEqual(info.duration);
      const channel = stereo ? (word.speaker === 'agent' ? 0 : 1) : 0;
      expect(word.channel).toBe(stereo ? channel : undefined);

      const spoken = peak(pcm, info.channels, channel, info.sampleRate, word.start!, word.end!);
      expect(spoken, `word ${words.indexOf(word)} audible`).toBeGreaterThan(SPEECH_PEAK);
      const gap = [previousEnd + EDGE_MARGIN, word.start! - EDGE_MARGIN] as const;
      for (let ch = 0; ch < info.channels; ch++) {
        if (gap[1] > gap[0])
          expect(peak(pcm, info.channels, ch, info.sampleRate, ...gap)).toBeLessThan(SILENCE_PEAK);
        if (ch !== channel) {
          expect(peak(pcm, info.channels, ch, info.sampleRate, word.start!, word.end!)).toBeLessThan(
            SILENCE_PEAK,
          );
        }
      }
      previousEnd = word.end!;
    }
    const tail = peak(pcm, info.channels, 0, info.sampleRate, previousEnd + EDGE_MARGIN, info.duration);
    expect(tail).toBeLessThan(SILENCE_PEAK);
  });
});
