import type { Span } from '../types.js';

export interface AudioInfo {
  /** seconds */
  duration: number;
  sampleRate: number;
  channels: number;
  /** ffprobe codec_name: pcm_s16le, pcm_mulaw, mp3, flac, opus, aac ... */
  codec: string;
  /** ffprobe format_name: wav, mp3, flac, ogg, mov,mp4,m4a,... */
  container: string;
  /** decoder sample format (ffprobe sample_fmt: s16, s32, fltp ...); the bleeped output keeps it */
  sampleFormat?: string;
  /** exact number of sample frames when the container states it (PCM WAV) */
  samples?: number;
  /** bits per second of the audio stream (lossy codecs re-encode at this rate) */
  bitRate?: number;
}

export type BleepKind = 'tone' | 'silence' | 'noise';
export type OutputAudioFormat = 'same' | 'wav' | 'mp3' | 'flac' | 'opus';

export interface BleepOptions {
  kind: BleepKind;
  /** tone / noise level in dBFS (default -10) */
  levelDb: number;
  /** fade in/out at the span edges, seconds (default 0.005) */
  fade: number;
  /** tone frequency in Hz (default 1000) */
  frequency?: number;
}

export interface SpanPlanOptions {
  /** seconds added before and after each word span (default 0.15) */
  padding: number;
  /** spans closer than this are merged (default 0) */
  mergeGap: number;
  /** bleep only the channel of the speaker (stereo calls): Word.channel, 0-based */
  perChannel: boolean;
  /** with perChannel: also bleep the same span on the other channels */
  mirrorChannels: boolean;
}

export interface RedactAudioRequest {
  input: string;
  output: string;
  info: AudioInfo;
  spans: readonly Span[];
  bleep: BleepOptions;
  format: OutputAudioFormat;
  /** kill ffmpeg after this many ms (default: scaled to the duration, see redact.ts) */
  timeoutMs?: number;
  /**
   * auto (default): linear-PCM WAV written as WAV is bleeped in Node (pcm-wav.ts); other audio
   * goes through the ffmpeg filter graph, or, when the graph's per-sample work would be large
   * (many spans, long bleeped time), is decoded by ffmpeg, bleeped in Node and encoded by ffmpeg
   * (pcm-decoded.ts; decoders with integer or float samples); ffmpeg: always the filter graph;
   * node: always Node (fast path or decoded PCM) where the sample format allows
   */
  engine?: 'auto' | 'ffmpeg' | 'node';
}

/** The ffmpeg/ffprobe binaries in use and where they came from (`callredact doctor` prints it). */
export interface FfmpegTools {
  ffmpegPath: string;
  ffprobePath: string;
  /** env: FFMPEG_PATH/FFPROBE_PATH; system: found on PATH; npm: @ffmpeg-installer packages */
  source: 'env' | 'system' | 'npm';
  /** first line of `-version` of each binary */
  versions?: { ffmpeg: string; ffprobe: string };
  /**
   * Whether ffmpeg's aeval filter takes `enable=` (ffmpeg 5.x does; the 2018 build of
   * @ffmpeg-installer does not). Without it every sample goes through the expression: still
   * exact, several times slower. Unknown (undefined) is treated as supported.
   */
  aevalTimeline?: boolean;
  /**
   * Whether ffmpeg's WAV demuxer takes `-max_size` (larger packets; the 2018 npm build does not).
   * Unknown (undefined) is treated as supported.
   */
  wavMaxSize?: boolean;
}
