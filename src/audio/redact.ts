/**
 * redactAudio: one pass, streaming from req.input to req.output. Three engines:
 * - linear-PCM WAV written as WAV: pcm-wav.ts streams the samples through Node and overwrites the
 *   spans (no ffmpeg process; a filter graph costs several times the plain copy);
 * - everything else whose decoder gives 8/16/32-bit integer or float samples, unless the plan is
 *   light: pcm-decoded.ts, ffmpeg decodes to a temporary raw file, Node bleeps it in place with
 *   the same code, a second ffmpeg encodes it (the bleep is about free, where the filter graph's
 *   per-sample expression was not; choice below, decodedEngine);
 * - light plans, other decoders (and `engine: 'ffmpeg'`): one ffmpeg process with the filter
 *   graph, the audio never passes through Node.
 * Metadata and chapters are dropped and encoders run bit-exact, so no tag of the input and no
 * encoder version reaches the output. All replace the same samples (toIntervals). The result is
 * probed and compared with the input (codec, channels, sample rate, duration); any failure
 * deletes the output.
 */
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VerificationError } from '../errors.js';
import { makeScratchDir, removeScratchDir } from '../proc/scratch.js';
import { buildFilterGraph, graphWorkload, totalSamples } from './filter-graph.js';
import { outputEncoding, type OutputEncoding } from './output-format.js';
import { rawCodec, redactDecodedPcm } from './pcm-decoded.js';
import { pcmFastPathCodec, redactPcmWav } from './pcm-wav.js';
import { probeAudio } from './probe.js';
import { runFfmpeg } from './run-ffmpeg.js';
import type { AudioInfo, FfmpegTools, RedactAudioRequest } from './types.js';

/** generous: a 60-minute MP3 re-encode takes ~12 s; slow disks and busy hosts need headroom */
export function defaultTimeoutMs(info: AudioInfo): number {
  return 30_000 + info.duration * 250;
}

function ffmpegArgs(req: RedactAudioRequest, graphFile: string, encoding: OutputEncoding): string[] {
  return [
    '-i',
    req.input,
    '-filter_complex_script',
    graphFile,
    '-map',
    '[out]',
    '-c:a',
    encoding.encoder,
    ...encoding.args,
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-f',
    encoding.muxer,
    '-y',
    req.output,
  ];
}

function verify(input: AudioInfo, output: AudioInfo, encoding: OutputEncoding, file: string): void {
  const problems: string[] = [];
  if (output.codec !== encoding.codec) problems.push(`codec ${output.codec}, expected ${encoding.codec}`);
  if (output.channels !== input.channels)
    problems.push(`${output.channels} channels, expected ${input.channels}`);
  if (output.sampleRate !== encoding.sampleRate) {
    problems.push(`sample rate ${output.sampleRate}, expected ${encoding.sampleRate}`);
  }
  if (encoding.lossless) {
    const diff = Math.abs(totalSamples(output) - totalSamples(input));
    if (diff > encoding.slackSamples) problems.push(`${diff} samples longer or shorter than the input`);
  } else {
    const diff = Math.abs(output.duration - input.duration);
    if (diff > encoding.slackSamples / encoding.sampleRate) {
      problems.push(`duration differs from the input by ${diff.toFixed(4)} s`);
    }
  }
  if (problems.length > 0) {
    throw new VerificationError(`redacted audio ${file} does not match its input: ${problems.join('; ')}`, {
      details: { problems },
    });
  }
}

async function redactWithFfmpeg(
  req: RedactAudioRequest,
  tools: FfmpegTools,
  encoding: OutputEncoding,
): Promise<void> {
  // keep the decoder's sample format only when re-encoding with the input's own codec
  const graphInfo = req.format === 'same' ? req.info : { ...req.info, sampleFormat: undefined };
  const graph = buildFilterGraph(req.spans, graphInfo, req.bleep, {
    timeline: tools.aevalTimeline !== false,
  });
  const workDir = await makeScratchDir(path.join(os.tmpdir(), 'callredact-audio-'));
  try {
    const graphFile = path.join(workDir, 'graph.txt');
    await writeFile(graphFile, graph);
    await runFfmpeg(tools.ffmpegPath, ffmpegArgs(req, graphFile, encoding), {
      timeoutMs: req.timeoutMs ?? defaultTimeoutMs(req.info),
    });
  } finally {
    await removeScratchDir(workDir);
  }
}

/**
 * Engine choice by cost, in samples the filter graph evaluates (graphWorkload: an edge-frame
 * sample costs about three inner ones, ~800 instructions each). The decoded-PCM engine's bleep is
 * about free; what it adds is a second ffmpeg process (start-up ~230 M instructions, about
 * DECODED_START_SAMPLES graph samples) and per-sample I/O and frame overhead (DECODED_SHARE of a
 * graph evaluation per sample of the audio). Measured with callgrind and CPU time on a 16 kHz
 * MP3 (bench/audio.ts): an hour with 400 spans costs 1.06x plain on the graph and ~1.0x decoded;
 * the two break even near 55 such spans an hour, or about 18 in 5 minutes.
 */
const DECODED_START_SAMPLES = 300_000;
const DECODED_SHARE = 0.015;

/** Whether to bleep decoded PCM in Node (pcm-decoded.ts) instead of running the filter graph. */
function decodedEngine(req: RedactAudioRequest, tools: FfmpegTools): boolean {
  if (req.engine === 'ffmpeg') return false;
  // an ffmpeg without aeval's timeline evaluates every sample of the audio
  if (req.engine === 'node' || tools.aevalTimeline === false) return true;
  const { edgeSamples, innerSamples } = graphWorkload(req.spans, req.info, req.bleep);
  const channels = req.info.channels;
  const graph = (3 * edgeSamples + innerSamples) * channels;
  return graph > DECODED_START_SAMPLES + DECODED_SHARE * totalSamples(req.info) * channels;
}

export async function redactAudio(req: RedactAudioRequest, tools: FfmpegTools): Promise<{ info: AudioInfo }> {
  const encoding = outputEncoding(req.info, req.format);
  const pcmCodec = req.engine === 'ffmpeg' ? undefined : pcmFastPathCodec(req.info, req.format);
  try {
    const decoded = pcmCodec || !decodedEngine(req, tools) ? undefined : rawCodec(req.info);
    if (pcmCodec) await redactPcmWav(req, pcmCodec);
    else if (decoded) {
      await redactDecodedPcm(req, tools, encoding, decoded, req.timeoutMs ?? defaultTimeoutMs(req.info));
    } else await redactWithFfmpeg(req, tools, encoding);
    const info = await probeAudio(req.output, tools);
    verify(req.info, info, encoding, req.output);
    return { info };
  } catch (err) {
    await rm(req.output, { force: true });
    throw err;
  }
}
