/**
 * Decoded-PCM engine for audio the PCM fast path does not take (MP3, AAC, Opus, FLAC, mu-law
 * WAV, format conversions) unless the plan is light: ffmpeg decodes to a raw PCM file, Node
 * overwrites the span samples in place with pcm-bleep.ts (the fast path's code: interiors
 * block-copied from a pre-encoded tone period, per-sample work only in the fades; only the span
 * regions are read and written), then ffmpeg encodes the file. The bleep costs about nothing and
 * does not grow with the span count, where the filter graph evaluates an expression per sample
 * in every frame a span touches (choice in redact.ts, decodedEngine).
 *
 * What it costs beyond a plain transcode is ffmpeg's own: a second process start and a second
 * round of per-frame work, kept small with large frames and packets (DECODED_FRAME_SAMPLES).
 * An hour of 16 kHz MP3 with 400 spans: ~1.0x the CPU of a plain MP3 -> MP3 pass (bench/audio.ts;
 * the bleeped tone is a little cheaper for LAME than the noise it replaces).
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
import { fstatSync, readSync, writeSync } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
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

/**
 * Sample frames per frame the decoder process writes, and the largest packet (bytes) the encoder
 * process reads. ffmpeg's per-frame work (frame and packet bookkeeping in every stage, one write
 * or read per packet) is paid twice by this engine, once per process: the codec's own frames
 * (1,152 samples for MP3) and the raw demuxer's 1,024-sample packets made it cost ~10 % of a plain
 * MP3 transcode in instructions (callgrind, 5 minutes of 16 kHz MP3); with large frames and
 * packets, ~4 %.
 */
const DECODED_FRAME_SAMPLES = 16384;
const ENCODER_PACKET_BYTES = 1 << 20;

function decoderArgs(req: RedactAudioRequest, codec: PcmCodec, raw: string): string[] {
  return [
    '-i',
    req.input,
    '-map',
    '0:a:0',
    '-af',
    `asetnsamples=n=${DECODED_FRAME_SAMPLES}:p=0`,
    '-c:a',
    codec,
    ...QUIET_OUTPUT,
    '-f',
    RAW_FORMATS[codec],
    '-y',
    raw,
  ];
}

/** WAVE format tag and bits per sample of each raw codec (the header wavHeader writes) */
const WAV_FORMATS: Readonly<Record<PcmCodec, { tag: number; bits: number }>> = {
  pcm_u8: { tag: 1, bits: 8 },
  pcm_s16le: { tag: 1, bits: 16 },
  pcm_s24le: { tag: 1, bits: 24 },
  pcm_s32le: { tag: 1, bits: 32 },
  pcm_f32le: { tag: 3, bits: 32 },
};

const WAV_MAX_SIZE = 0xffffffff;

/**
 * A 44-byte canonical WAV header for `dataBytes` of raw PCM. Sizes past 4 GiB are clamped: the
 * encoder reads it with `-ignore_length 1` (the data runs to the end of the input).
 */
export function wavHeader(
  codec: PcmCodec,
  info: Pick<AudioInfo, 'channels' | 'sampleRate'>,
  dataBytes: number,
): Buffer {
  const { tag, bits } = WAV_FORMATS[codec];
  const blockAlign = (bits / 8) * info.channels;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(Math.min(WAV_MAX_SIZE, 36 + dataBytes), 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(tag, 20);
  header.writeUInt16LE(info.channels, 22);
  header.writeUInt32LE(info.sampleRate, 24);
  header.writeUInt32LE(info.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(Math.min(WAV_MAX_SIZE, dataBytes), 40);
  return header;
}

/**
 * The encoder's input: the raw file behind a WAV header, joined by ffmpeg's concat protocol. The
 * raw demuxer reads 1,024 samples per packet whatever the rate; the WAV demuxer takes
 * `-max_size`. An ffmpeg without that option, or a path with the protocol's separator in it,
 * falls back to the raw demuxer.
 */
function encoderInput(
  req: RedactAudioRequest,
  tools: FfmpegTools,
  codec: PcmCodec,
  raw: string,
  header: string,
): string[] {
  if (tools.wavMaxSize === false || raw.includes('|') || header.includes('|')) {
    return [
      '-f',
      RAW_FORMATS[codec],
      '-ar',
      String(req.info.sampleRate),
      '-ac',
      String(req.info.channels),
      '-i',
      raw,
    ];
  }
  return [
    '-f',
    'wav',
    '-ignore_length',
    '1',
    '-max_size',
    String(ENCODER_PACKET_BYTES),
    '-i',
    `concat:${header}|${raw}`,
  ];
}

function encoderArgs(
  req: RedactAudioRequest,
  codec: PcmCodec,
  input: readonly string[],
  encoding: OutputEncoding,
): string[] {
  return [
    ...input,
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

/** regions patched between two turns of the event loop (each a read and a write of a few KB) */
const REGIONS_PER_TURN = 64;

/**
 * Overwrites the span samples of a raw PCM file in place: each region is read, bleeped and
 * written back (the other channels of a frame are kept), in pieces of at most PATCH_BYTES.
 * Regions past the decoded end (a container's duration is an estimate) are clipped.
 * Reads and writes are synchronous, in batches of REGIONS_PER_TURN regions between turns of the
 * event loop: each async call cost a thread-pool round trip, 0.23 s CPU for 4,000 spans on an
 * hour of 16 kHz audio against 0.09 s (bench/audio.ts).
 */
export async function patchRawPcm(
  file: string,
  spans: readonly Interval[],
  bleep: ChunkBleeper,
  frameBytes: number,
): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const fd = handle.fd;
    const frames = Math.floor(fstatSync(fd).size / frameBytes);
    const pieceFrames = Math.max(1, Math.floor(PATCH_BYTES / frameBytes));
    const buffer = Buffer.allocUnsafe(pieceFrames * frameBytes);
    for (let k = 0; k < spans.length; k++) {
      if (k > 0 && k % REGIONS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const region = spans[k]!;
      for (let from = region.start; from < Math.min(region.end, frames); from += pieceFrames) {
        const to = Math.min(from + pieceFrames, region.end, frames);
        const piece = buffer.subarray(0, (to - from) * frameBytes);
        if (readSync(fd, piece, 0, piece.length, from * frameBytes) !== piece.length) {
          throw new AudioProcessingError('the decoded audio ended early');
        }
        bleep(piece, from);
        if (writeSync(fd, piece, 0, piece.length, from * frameBytes) !== piece.length) {
          throw new AudioProcessingError('writing the bleeped audio fell short');
        }
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
    const header = path.join(workDir, 'header.wav');
    try {
      await patchRawPcm(raw, regions(toIntervals(req.spans, req.info)), bleep, frameBytes);
      await writeFile(header, wavHeader(codec, req.info, (await stat(raw)).size));
    } catch (err) {
      if (err instanceof CallRedactError) throw err;
      throw new AudioProcessingError('bleeping the decoded audio failed', { cause: err });
    }
    const input = encoderInput(req, tools, codec, raw, header);
    await runFfmpeg(tools.ffmpegPath, encoderArgs(req, codec, input, encoding), { timeoutMs });
  } finally {
    await removeScratchDir(workDir);
  }
}
