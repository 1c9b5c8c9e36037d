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
}

export type BleepKind = 'tone' | 'silence' | 'noise';
export type OutputAudioFormat = 'same' | 'wav' | 'mp3' | 'flac' | 'opus';

export interface BleepOptions {
  kind: BleepKind;
  /** tone / noise level in dBFS (default -10) */
  levelDb: number;
  /** fade in/out at the span edges, seconds (default 0.005) */
  fade: number;
}

export interface SpanPlanOptions {
  /** seconds added before and after each word span (default 0.15) */
  padding: number;
  /** spans closer than this are merged (default 0) */
  mergeGap: number;
  /** bleep only the channel of the speaker (stereo calls) */
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
}
