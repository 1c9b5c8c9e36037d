/**
 * ffprobe -> AudioInfo. Anything that is not clearly one readable audio stream is an AudioError
 * naming the file (never quoting ffprobe output, which may carry metadata tags).
 */
import { AudioError, AudioProcessingError } from '../errors.js';
import { execFileGuarded } from '../proc/children.js';
import { checkWavLayout } from './riff.js';
import type { AudioInfo, FfmpegTools } from './types.js';

interface ProbeStream {
  codec_name?: string;
  sample_rate?: string;
  channels?: number;
  sample_fmt?: string;
  duration?: string;
  bit_rate?: string;
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

const PROBE_TIMEOUT_MS = 30_000;

/**
 * ffprobe did not give its verdict: killed (its timeout, e.g. a machine too busy or a process
 * paused and resumed past it) or not started. Not the input's fault, so retryable.
 */
function noVerdict(err: unknown): boolean {
  const e = err as { killed?: boolean; signal?: string | null; code?: unknown } | null;
  return Boolean(e?.killed) || Boolean(e?.signal) || typeof e?.code === 'string';
}

function positive(value: string | number | undefined): number | undefined {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

async function ffprobe(
  file: string,
  tools: Pick<FfmpegTools, 'ffprobePath'>,
  timeoutMs: number,
): Promise<ProbeOutput> {
  try {
    const { stdout } = await execFileGuarded(
      tools.ffprobePath,
      [
        '-v',
        'error',
        '-select_streams',
        'a:0',
        '-show_entries',
        'stream=codec_name,sample_rate,channels,sample_fmt,duration,bit_rate:format=format_name,duration,bit_rate',
        '-of',
        'json',
        file,
      ],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
    );
    return JSON.parse(stdout) as ProbeOutput;
  } catch (err) {
    if (noVerdict(err)) {
      throw new AudioProcessingError(
        `${file}: probing the audio did not finish (ffprobe was killed or not started)`,
        {
          cause: err,
        },
      );
    }
    throw new AudioError(`${file}: cannot be read as audio`, { cause: err });
  }
}

export async function probeAudio(
  file: string,
  tools: Pick<FfmpegTools, 'ffprobePath'>,
  options: { timeoutMs?: number } = {},
): Promise<AudioInfo> {
  const probe = await ffprobe(file, tools, options.timeoutMs ?? PROBE_TIMEOUT_MS);
  const stream = probe.streams?.[0];
  if (!stream) throw new AudioError(`${file}: contains no audio stream`);
  const container = probe.format?.format_name;
  const sampleRate = positive(stream.sample_rate);
  const channels = positive(stream.channels);
  if (!stream.codec_name || !container || !sampleRate || !channels) {
    throw new AudioError(`${file}: audio stream has no codec, sample rate or channel count`);
  }
  const info: AudioInfo = {
    duration: 0,
    sampleRate,
    channels,
    codec: stream.codec_name,
    container,
  };
  if (stream.sample_fmt) info.sampleFormat = stream.sample_fmt;
  const bitRate = positive(stream.bit_rate) ?? positive(probe.format?.bit_rate);
  if (bitRate) info.bitRate = bitRate;

  if (container === 'wav') {
    const layout = await checkWavLayout(file);
    info.samples = layout.samples;
    info.duration = layout.samples / sampleRate;
  } else {
    info.duration = positive(stream.duration) ?? positive(probe.format?.duration) ?? 0;
  }
  if (!(info.duration > 0)) throw new AudioError(`${file}: audio has no duration`);
  return info;
}
