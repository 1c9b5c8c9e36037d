/**
 * Speaks a list of words with espeak-ng, one synthesis per word, and concatenates them into a
 * 16-bit PCM WAV whose word timestamps are known exactly (from sample counts, not from an ASR).
 *
 * Each word's leading/trailing silence (espeak-ng pads with digital zeros) is trimmed, so a word's
 * [start, end] is the sound itself. Times are rounded outward to the millisecond (start floored,
 * end ceiled): every audible sample of a word lies inside its reported span.
 *
 * Output is deterministic: same words + options give the same bytes (the WAV header is written
 * here, without metadata; resampling is ffmpeg's deterministic swr without dither).
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { loadConfig } from '../../src/config.js';
import type { Word } from '../../src/types.js';

export interface SpokenWord {
  text: string;
  speaker: string;
}

export interface Voice {
  /** espeak-ng voice, e.g. "en-us", "en-us+f3" */
  name: string;
  /** espeak-ng pitch 0..99 (default 50) */
  pitch?: number;
  /** words per minute (default 175) */
  speed?: number;
}

export interface SpeechOptions {
  /** voice per speaker; every speaker of `words` needs one */
  voices: Readonly<Record<string, Voice>>;
  /** output sample rate (default 16000) */
  sampleRate?: number;
  /**
   * Output channel per speaker. When given, the WAV has one channel per index (0..max), each word
   * sounds on its speaker's channel only, and Word.channel is set. When absent: mono, no channel.
   */
  channels?: Readonly<Record<string, number>>;
  /** silence between words of the same speaker, seconds (default 0.05) */
  wordGap?: number;
  /** silence when the speaker changes, seconds (default 0.4) */
  turnGap?: number;
  /** silence before the first and after the last word, seconds (default 0.3) */
  edgeSilence?: number;
}

export interface Speech {
  /** complete WAV file */
  wav: Buffer;
  words: Word[];
  sampleRate: number;
  channels: number;
  /** seconds */
  duration: number;
}

/** espeak-ng writes exact zeros around speech; a small threshold also drops its faint tails. */
const SILENCE_THRESHOLD = 32;
const SYNTH_CONCURRENCY = 8;

/** Synthesises `words` and returns the WAV bytes with exact word timestamps. */
export async function renderSpeech(words: readonly SpokenWord[], options: SpeechOptions): Promise<Speech> {
  if (words.length === 0) throw new Error('renderSpeech: no words');
  const sampleRate = options.sampleRate ?? 16_000;
  const wordGap = options.wordGap ?? 0.05;
  const turnGap = options.turnGap ?? 0.4;
  const edgeSilence = options.edgeSilence ?? 0.3;
  const channelOf = options.channels;
  const channels = channelOf ? Math.max(...Object.values(channelOf)) + 1 : 1;

  const clips = await synthesiseAll(words, options.voices);
  const sourceRate = clips[0]!.rate;
  if (clips.some((c) => c.rate !== sourceRate)) throw new Error('renderSpeech: voices differ in sample rate');

  // Lay the trimmed clips out on a timeline at espeak-ng's own rate; positions are sample counts.
  const toSamples = (seconds: number): number => Math.round(seconds * sourceRate);
  const placed: { offset: number; length: number; channel: number }[] = [];
  let cursor = toSamples(edgeSilence);
  words.forEach((word, i) => {
    if (i > 0) cursor += toSamples(word.speaker === words[i - 1]!.speaker ? wordGap : turnGap);
    const channel = channelOf ? channelOf[word.speaker] : 0;
    if (channel === undefined) throw new Error(`renderSpeech: no channel for speaker ${word.speaker}`);
    placed.push({ offset: cursor, length: clips[i]!.samples.length, channel });
    cursor += clips[i]!.samples.length;
  });
  const frames = cursor + toSamples(edgeSilence);

  const timeline = new Int16Array(frames * channels);
  placed.forEach((p, i) => {
    const samples = clips[i]!.samples;
    for (let s = 0; s < samples.length; s++) timeline[(p.offset + s) * channels + p.channel] = samples[s]!;
  });

  const pcm =
    sampleRate === sourceRate
      ? Buffer.from(timeline.buffer, timeline.byteOffset, timeline.byteLength)
      : await resample(timeline, sourceRate, sampleRate, channels);
  const duration = pcm.length / (2 * channels) / sampleRate;

  const timed: Word[] = words.map((word, i) => {
    const p = placed[i]!;
    const start = Math.floor((p.offset / sourceRate) * 1000) / 1000;
    const end = Math.min(Math.ceil(((p.offset + p.length) / sourceRate) * 1000) / 1000, duration);
    const out: Word = { text: word.text, start, end, speaker: word.speaker };
    if (channelOf) out.channel = p.channel;
    return out;
  });

  return {
    wav: Buffer.concat([wavHeader(pcm.length, sampleRate, channels), pcm]),
    words: timed,
    sampleRate,
    channels,
    duration,
  };
}

/** renderSpeech, written to `outPath`. */
export async function speakToWav(
  words: readonly SpokenWord[],
  outPath: string,
  options: SpeechOptions,
): Promise<Omit<Speech, 'wav'>> {
  const { wav, ...rest } = await renderSpeech(words, options);
  await writeFile(outPath, wav);
  return rest;
}

interface Clip {
  rate: number;
  samples: Int16Array;
}

/** One espeak-ng run per distinct (voice, word), a few at a time. */
async function synthesiseAll(words: readonly SpokenWord[], voices: SpeechOptions['voices']): Promise<Clip[]> {
  const keyed = words.map((word) => {
    const voice = voices[word.speaker];
    if (!voice) throw new Error(`renderSpeech: no voice for speaker ${word.speaker}`);
    return { key: JSON.stringify([voice.name, voice.pitch, voice.speed, word.text]), voice, text: word.text };
  });
  const distinct = [...new Map(keyed.map((k) => [k.key, k])).values()];
  const clips = new Map<string, Clip>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let job = distinct[next++]; job; job = distinct[next++])
      clips.set(job.key, await espeak(job.text, job.voice));
  };
  await Promise.all(Array.from({ length: Math.min(SYNTH_CONCURRENCY, distinct.length) }, worker));
  return keyed.map((k) => clips.get(k.key)!);
}

async function espeak(text: string, voice: Voice): Promise<Clip> {
  const args = ['-v', voice.name, '-p', String(voice.pitch ?? 50), '-s', String(voice.speed ?? 175)];
  // Text on stdin, so a word can never be taken for an option.
  const wav = await run('espeak-ng', [...args, '--stdin', '--stdout'], Buffer.from(text, 'utf8'));
  const { rate, samples } = parseEspeakWav(wav);
  let first = 0;
  while (first < samples.length && Math.abs(samples[first]!) <= SILENCE_THRESHOLD) first++;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last]!) <= SILENCE_THRESHOLD) last--;
  if (first >= samples.length) throw new Error('espeak-ng produced silence for a word');
  return { rate, samples: samples.slice(first, last + 1) };
}

/**
 * espeak-ng --stdout writes a streaming WAV: the RIFF/data sizes are placeholders, so the data
 * chunk is taken to run to the end of the buffer.
 */
function parseEspeakWav(wav: Buffer): Clip {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('espeak-ng output is not a WAV file');
  }
  let offset = 12;
  let rate = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      const format = wav.readUInt16LE(offset + 8);
      const channels = wav.readUInt16LE(offset + 10);
      const bits = wav.readUInt16LE(offset + 22);
      if (format !== 1 || channels !== 1 || bits !== 16)
        throw new Error('espeak-ng output is not mono s16 PCM');
      rate = wav.readUInt32LE(offset + 12);
    } else if (id === 'data') {
      if (rate === 0) break;
      const body = wav.subarray(offset + 8, offset + 8 + Math.floor((wav.length - offset - 8) / 2) * 2);
      const samples = new Int16Array(body.length / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = body.readInt16LE(i * 2);
      return { rate, samples };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('espeak-ng output has no fmt/data chunk');
}

async function resample(pcm: Int16Array, from: number, to: number, channels: number): Promise<Buffer> {
  const ffmpeg = loadConfig().FFMPEG_PATH ?? 'ffmpeg';
  const raw = ['-f', 's16le', '-ac', String(channels)];
  const args = ['-hide_banner', '-loglevel', 'error', ...raw, '-ar', String(from), '-i', 'pipe:0'];
  args.push('-bitexact', ...raw, '-ar', String(to), 'pipe:1');
  return run(ffmpeg, args, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}

/** Canonical 44-byte PCM WAV header, no metadata chunks. */
function wavHeader(dataBytes: number, sampleRate: number, channels: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

function run(command: string, args: string[], stdin: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(new Error(`${command} exited with ${code}: ${Buffer.concat(err).toString().slice(0, 500)}`));
    });
    // A child that dies early closes stdin (EPIPE); its exit code is reported by 'close'.
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });
}
