/**
 * Decoded-PCM engine for audio the PCM fast path does not take (MP3, AAC, Opus, FLAC, mu-law
 * WAV, format conversions) when the plan is heavy: ffmpeg decodes to a raw PCM file, Node
 * overwrites the span samples in place with pcm-bleep.ts (the fast path's code: interiors
 * block-copied from a pre-encoded tone period, per-sample work only in the fades; only the span
 * regions are read and written), then ffmpeg encodes the file. The bleep costs about nothing and
 * does not grow with the span count, where the filter graph evaluates an expression per sample
 * in every frame a span touches (choice in redact.ts, graphWorkload).
 *
 * Measured and rejected: piping decoder -> Node -> encoder (no temp file). Every byte crossed
 * Node's streams in 64 KB pipe reads: on a busy 2-core host that cost more CPU than the whole
 * filter graph.
 *
 * The raw file keeps the decoder's own sample format (packed), so nothing is converted except the
 * bleep; decoders with other formats (double, 64-bit) use the filter graph. It needs temporary
 * disk for the decoded audio (duration x rate x channels x 2-4 bytes: 230 MB for an hour of
 * 16 kHz mono MP3), removed afterwards. No metadata can travel: the encoder reads raw samples.
 */
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AudioProcessingError, CallRedactError } from '../errors.js';
import { makeScratchDir, removeScratchDir } from '../proc/scratch.js';
import { toIntervals, type Interval } from './filter-graph.js';
import { BYTES_PER_SAMPLE, pcmBleeper, type ChunkBleeper, type PcmCodec } from './pcm-bleep.js';
import { runFfmpeg } from './run-ffmpeg.js';
import type { OutputEncoding } from './output-format.js';
import type { AudioInfo, FfmpegTools, RedactAudioRequest } from './types.js';

/** decoder sample format (ffprobe sample_fmt) -> the packed PCM of the raw file */
const RAW_CODECS: Readonly<Record<string, PcmCodec>> = {
  u8: 'pcm_u8',
  u8p: 'pcm_u8',
  s16: 'pcm_s16le',
  s16p: 'pcm_s16le',
  s32: 'pcm_s32le',
  s32p: 'pcm_s32le',
  flt: 'pcm_f32le',
  fltp: 'pcm_f32le',
};

/** ffmpeg's raw muxer/demuxer name (-f) of each PCM codec */
const RAW_FORMATS: Readonly<Record<PcmCodec, string>> = {
  pcm_u8: 'u8',
  pcm_s16le: 's16le',
  pcm_s24le: 's24le',
  pcm_s32le: 's32le',
  pcm_f32le: 'f32le',
};

/** The raw PCM this input decodes to, or undefined when its decoder's format has none. */
export function rawCodec(info: AudioInfo): PcmCodec | undefined {
  return info.sampleFormat === undefined ? undefined : RAW_CODECS[info.sampleFormat];
}

const QUIET_OUTPUT = ['-map_metadata', '-1', '-map_chapters', '-1', '-fflags', '+bitexact'];

function decoderArgs(req: RedactAudioRequest, codec: PcmCodec, raw: string): string[] {
  return [
    '-i',
    req.input,
    '-map',
    '0:a:0',
    '-c:a',
    codec,
    ...QUIET_OUTPUT,
    '-f',
    RAW_FORMATS[codec],
    '-y',
    raw,
  ];
}

function encoderArgs(
  req: RedactAudioRequest,
  codec: PcmCodec,
  raw: string,
  encoding: OutputEncoding,
): string[] {
  return [
    '-f',
    RAW_FORMATS[codec],
    '-ar',
    String(req.info.sampleRate),
    '-ac',
    String(req.info.channels),
    '-i',
    raw,
    '-c:a',
    encoding.encoder,
    ...encoding.args,
    ...QUIET_OUTPUT,
    '-flags:a',
    '+bitexact',
    '-f',
    encoding.muxer,
    '-y',
    req.output,
  ];
}

/** bytes per read/write while patching: 1 MiB rounded down to whole frames */
const PATCH_BYTES = 1 << 20;

/** Sample frames any channel bleeps: the intervals of all channels, merged. */
function regions(perChannel: readonly Interval[][]): Interval[] {
  const out: Interval[] = [];
  for (const iv of perChannel.flat().sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}

/**
 * Overwrites the span samples of a raw PCM file in place: each region is read, bleeped and
 * written back (the other channels of a frame are kept), in pieces of at most PATCH_BYTES.
 * Regions past the decoded end (a container's duration is an estimate) are clipped.
 */
export async function patchRawPcm(
  file: string,
  spans: readonly Interval[],
  bleep: ChunkBleeper,
  frameBytes: number,
): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const frames = Math.floor((await handle.stat()).size / frameBytes);
    const pieceFrames = Math.max(1, Math.floor(PATCH_BYTES / frameBytes));
    const buffer = Buffer.allocUnsafe(pieceFrames * frameBytes);
    for (const region of spans) {
      for (let from = region.start; from < Math.min(region.end, frames); from += pieceFrames) {
        const to = Math.min(from + pieceFrames, region.end, frames);
        const piece = buffer.subarray(0, (to - from) * frameBytes);
        const { bytesRead } = await handle.read(piece, 0, piece.length, from * frameBytes);
        if (bytesRead !== piece.length) throw new AudioProcessingError('the decoded audio ended early');
        bleep(piece, from);
        await handle.write(piece, 0, piece.length, from * frameBytes);
      }
    }
  } finally {
    await handle.close();
  }
}

export async function redactDecodedPcm(
  req: RedactAudioRequest,
  tools: FfmpegTools,
  encoding: OutputEncoding,
  codec: PcmCodec,
  timeoutMs: number,
): Promise<void> {
  // spans are checked before any process starts
  const bleep = pcmBleeper(req.spans, req.info, req.bleep, codec);
  const frameBytes = BYTES_PER_SAMPLE[codec] * req.info.channels;
  const workDir = await makeScratchDir(path.join(os.tmpdir(), 'callredact-audio-'));
  try {
    const raw = path.join(workDir, 'decoded.raw');
    await runFfmpeg(tools.ffmpegPath, decoderArgs(req, codec, raw), { timeoutMs });
    try {
      await patchRawPcm(raw, regions(toIntervals(req.spans, req.info)), bleep, frameBytes);
    } catch (err) {
      if (err instanceof CallRedactError) throw err;
      throw new AudioProcessingError('bleeping the decoded audio failed', { cause: err });
    }
    await runFfmpeg(tools.ffmpegPath, encoderArgs(req, codec, raw, encoding), { timeoutMs });
  } finally {
    await removeScratchDir(workDir);
  }
}
