/**
 * The audio side of clips: one reference per call, clips sliced from it, and the bleep check.
 *
 * Reference: the call's bleeped audio as 16-bit PCM at the export's rate and channel count. When
 * the published audio already is that (16-bit PCM WAV at that rate and layout, the common case)
 * it is read in place; otherwise ONE ffmpeg pass (the project's spawn wrapper) converts the whole
 * call to raw PCM, and every clip of the call is sliced from that file. Dataset exports convert
 * calls in batches, several calls per ffmpeg process (prepareReferences). Slicing is a byte copy
 * through one reused buffer, so memory stays flat whatever the call length or clip count.
 *
 * Clips are canonical 44-byte-header WAV files (no metadata), so the same input gives the same
 * bytes.
 */
import { open, rm, stat, type FileHandle } from 'node:fs/promises';
import { AudioError, VerificationError } from '../errors.js';
import { defaultTimeoutMs } from '../audio/redact.js';
import { checkWavLayout } from '../audio/riff.js';
import { runFfmpeg } from '../audio/run-ffmpeg.js';
import type { AudioInfo, FfmpegTools } from '../audio/types.js';
import type { FrameRange } from './cut.js';

const BYTES_PER_SAMPLE = 2;
const CHUNK_BYTES = 1 << 20;

export interface AudioTarget {
  /** Hz, or 'keep' the call's rate */
  sampleRate: number | 'keep';
  channels: 'mono' | 'keep';
}

export interface PcmReference {
  file: string;
  /** byte offset of the first frame */
  dataOffset: number;
  frames: number;
  sampleRate: number;
  channels: number;
  /** true when ffmpeg converted the call (false: the published WAV is read in place) */
  converted: boolean;
}

export function targetFormat(info: AudioInfo, target: AudioTarget): { sampleRate: number; channels: number } {
  return {
    sampleRate: target.sampleRate === 'keep' ? info.sampleRate : target.sampleRate,
    channels: target.channels === 'mono' ? 1 : info.channels,
  };
}

/** The frame count the reference will have (before it exists: for planning cuts). */
export function expectedFrames(info: AudioInfo, sampleRate: number): number {
  const frames = info.samples ?? Math.round(info.duration * info.sampleRate);
  return sampleRate === info.sampleRate ? frames : Math.round((frames * sampleRate) / info.sampleRate);
}

export interface ReferenceRequest {
  audioPath: string;
  info: AudioInfo;
  /** where a converted call is written (the caller deletes it with releaseReference) */
  scratch: string;
}

/**
 * The call's PCM reference; `scratch` is where a converted call is written (the caller deletes it
 * with releaseReference once the call's clips are written and checked).
 */
export async function prepareReference(
  audioPath: string,
  info: AudioInfo,
  target: AudioTarget,
  scratch: string,
  tools: FfmpegTools,
): Promise<PcmReference> {
  const [ref] = await prepareReferences([{ audioPath, info, scratch }], target, tools);
  return ref!;
}

/**
 * The references of several calls: those read in place as they are, and all those that need
 * converting in ONE ffmpeg process (one input and one output per call, each output's own
 * resampler: the samples are those of a conversion on its own). A process per call costs a
 * fork of this (large, detector-laden) Node process and an ffmpeg start-up each time; a batch
 * pays them once (bench:export, all-conversion case).
 */
export async function prepareReferences(
  requests: readonly ReferenceRequest[],
  target: AudioTarget,
  tools: FfmpegTools,
): Promise<PcmReference[]> {
  const refs: (PcmReference | null)[] = [];
  const convert: { index: number; request: ReferenceRequest; sampleRate: number; channels: number }[] = [];
  for (const [index, request] of requests.entries()) {
    const { audioPath, info } = request;
    const { sampleRate, channels } = targetFormat(info, target);
    const inPlace =
      info.codec === 'pcm_s16le' &&
      info.container.split(',').includes('wav') &&
      info.sampleRate === sampleRate &&
      info.channels === channels;
    if (!inPlace) {
      refs.push(null);
      convert.push({ index, request, sampleRate, channels });
      continue;
    }
    const layout = await checkWavLayout(audioPath);
    if (layout.blockAlign !== channels * BYTES_PER_SAMPLE)
      throw new AudioError(`${audioPath}: WAV frames do not match the report`);
    refs.push({
      file: audioPath,
      dataOffset: layout.dataOffset,
      frames: layout.samples,
      sampleRate,
      channels,
      converted: false,
    });
  }
  if (convert.length > 0) {
    const args: string[] = [];
    for (const { request } of convert) args.push('-i', request.audioPath);
    convert.forEach(({ request, sampleRate, channels }, i) =>
      args.push(
        ...['-map', `${i}:a:0`, '-ac', String(channels), '-ar', String(sampleRate), '-c:a', 'pcm_s16le'],
        ...['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-f', 's16le'],
        ...['-y', request.scratch],
      ),
    );
    const timeoutMs = convert.reduce((t, c) => t + defaultTimeoutMs(c.request.info), 0);
    await runFfmpeg(tools.ffmpegPath, args, { timeoutMs });
    for (const { index, request, sampleRate, channels } of convert) {
      const bytes = (await stat(request.scratch)).size;
      refs[index] = {
        file: request.scratch,
        dataOffset: 0,
        frames: Math.floor(bytes / (channels * BYTES_PER_SAMPLE)),
        sampleRate,
        channels,
        converted: true,
      };
    }
  }
  return refs as PcmReference[];
}

export async function releaseReference(ref: PcmReference): Promise<void> {
  if (ref.converted) await rm(ref.file, { force: true });
}

export function wavHeader(dataBytes: number, sampleRate: number, channels: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'latin1');
  header.write('fmt ', 12, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * BYTES_PER_SAMPLE, 28);
  header.writeUInt16LE(channels * BYTES_PER_SAMPLE, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

async function readExactly(handle: FileHandle, target: Buffer, position: number): Promise<void> {
  for (let filled = 0; filled < target.length;) {
    const { bytesRead } = await handle.read(target, filled, target.length - filled, position + filled);
    if (bytesRead === 0) throw new AudioError('audio ended before the clip did');
    filled += bytesRead;
  }
}

/** Reads slices of one reference through one reused buffer. close() when the call is done. */
export class ReferenceReader {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);

  private constructor(
    readonly ref: PcmReference,
    private readonly handle: FileHandle,
  ) {}

  static async open(ref: PcmReference): Promise<ReferenceReader> {
    return new ReferenceReader(ref, await open(ref.file, 'r'));
  }

  get frameBytes(): number {
    return this.ref.channels * BYTES_PER_SAMPLE;
  }

  /** Writes frames [range.start, range.end) of the reference as a WAV file; returns its frames. */
  async writeClip(range: FrameRange, file: string): Promise<number> {
    const start = Math.max(0, range.start);
    const end = Math.min(this.ref.frames, range.end);
    if (end <= start) throw new AudioError('clip is empty or outside the audio');
    const frameBytes = this.frameBytes;
    const dataBytes = (end - start) * frameBytes;
    const chunk = CHUNK_BYTES - (CHUNK_BYTES % frameBytes);
    const out = await open(file, 'w', 0o644);
    try {
      await out.write(wavHeader(dataBytes, this.ref.sampleRate, this.ref.channels));
      for (let done = 0; done < dataBytes;) {
        const part = this.buffer.subarray(0, Math.min(chunk, dataBytes - done));
        await readExactly(this.handle, part, this.ref.dataOffset + start * frameBytes + done);
        for (let written = 0; written < part.length;)
          written += (await out.write(part, written, part.length - written)).bytesWritten;
        done += part.length;
      }
    } finally {
      await out.close();
    }
    return end - start;
  }

  /** Reads `frames` frames from frame `from` of the reference. */
  async read(from: number, frames: number): Promise<Buffer> {
    const target = Buffer.alloc(frames * this.frameBytes);
    await readExactly(this.handle, target, this.ref.dataOffset + from * this.frameBytes);
    return target;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/**
 * The bleep check of one clip, read back from disk: the clip must not start or end inside a bleep,
 * and for every bleep interval it overlaps, its samples at (interval - clipStart) must equal the
 * call's samples at the interval, byte for byte. Throws VerificationError naming `label` (an
 * utterance or clip id) and counts only.
 */
export async function checkClipBleeps(
  reader: ReferenceReader,
  clipFile: string,
  clipStart: number,
  intervals: readonly FrameRange[],
  label: string,
): Promise<number> {
  const layout = await checkWavLayout(clipFile);
  const frameBytes = reader.frameBytes;
  const fail = (why: string) => new VerificationError(`clip ${label}: ${why}`, { details: { clip: label } });
  if (layout.blockAlign !== frameBytes) throw fail('channel layout differs from the call');
  const clipEnd = clipStart + layout.samples;
  const clip = await open(clipFile, 'r');
  let checked = 0;
  try {
    for (const iv of intervals) {
      if (iv.end <= clipStart || iv.start >= clipEnd) continue;
      if (iv.start < clipStart || iv.end > clipEnd) throw fail('cuts through a bleep');
      const want = await reader.read(iv.start, iv.end - iv.start);
      const got = Buffer.alloc(want.length);
      await readExactly(clip, got, layout.dataOffset + (iv.start - clipStart) * frameBytes);
      if (!got.equals(want)) throw fail(`bleep at frame ${iv.start - clipStart} does not match the call`);
      checked++;
    }
  } finally {
    await clip.close();
  }
  return checked;
}
