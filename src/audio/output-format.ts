/**
 * Output encoding: by default the input's container, codec, sample rate and channel layout;
 * otherwise one of the fixed targets wav | mp3 | flac | opus.
 */
import { UnsupportedMediaError } from '../errors.js';
import type { AudioInfo, OutputAudioFormat } from './types.js';

export interface OutputEncoding {
  /** ffmpeg muxer (-f) */
  muxer: string;
  /** ffmpeg encoder (-c:a) */
  encoder: string;
  /** ffprobe codec_name of the result */
  codec: string;
  extension: string;
  /** sample rate ffprobe reports for the result */
  sampleRate: number;
  /** extra encoder arguments (bit rate, sample rate) */
  args: string[];
  /** PCM and FLAC keep every sample: duration must match to the sample */
  lossless: boolean;
  /** how far (in samples) the probed duration may differ from the input's: codec priming + one frame */
  slackSamples: number;
}

const PCM = /^pcm_[a-z0-9]+$/;
const OPUS_RATES = new Set([8000, 12000, 16000, 24000, 48000]);

/**
 * codec_name -> [encoder, duration slack in samples]. Containers report priming and padding in
 * the duration (measured, 2 s input: mp3 +1408 samples at 16 kHz and +1656 at 44.1 kHz, opus
 * +312 at 48 kHz, aac 0), so the slack is one codec frame plus the encoder delay.
 */
const LOSSY: Record<string, [string, number]> = {
  mp3: ['libmp3lame', 2 * 1152],
  aac: ['aac', 2 * 1024],
  opus: ['libopus', 2 * 960],
  vorbis: ['libvorbis', 2 * 2048],
};

function containerOf(info: AudioInfo): { muxer: string; extension: string } | undefined {
  const names = info.container.split(',');
  if (names.includes('wav')) return { muxer: 'wav', extension: '.wav' };
  if (names.includes('mp3')) return { muxer: 'mp3', extension: '.mp3' };
  if (names.includes('flac')) return { muxer: 'flac', extension: '.flac' };
  if (names.includes('ogg')) return { muxer: 'ogg', extension: info.codec === 'opus' ? '.opus' : '.ogg' };
  if (names.includes('mp4') || names.includes('m4a')) return { muxer: 'ipod', extension: '.m4a' };
  return undefined;
}

function lossy(info: AudioInfo, codec: string, muxer: string, extension: string): OutputEncoding {
  const [encoder, slackSamples] = LOSSY[codec] ?? [];
  if (!encoder || !slackSamples) throw new UnsupportedMediaError(`audio codec ${codec} cannot be re-encoded`);
  const args = info.bitRate && codec === info.codec ? ['-b:a', String(Math.round(info.bitRate))] : [];
  let sampleRate = info.sampleRate;
  if (codec === 'opus') {
    // Opus encodes at 8/12/16/24/48 kHz and always decodes at 48 kHz
    if (!OPUS_RATES.has(info.sampleRate)) args.push('-ar', '48000');
    sampleRate = 48000;
  }
  return { muxer, encoder, codec, extension, sampleRate, args, lossless: false, slackSamples };
}

export function outputEncoding(info: AudioInfo, format: OutputAudioFormat): OutputEncoding {
  const pcm = (codec: string): OutputEncoding => ({
    muxer: 'wav',
    encoder: codec,
    codec,
    extension: '.wav',
    sampleRate: info.sampleRate,
    args: [],
    lossless: true,
    slackSamples: 1,
  });
  switch (format) {
    case 'wav':
      return pcm(PCM.test(info.codec) && containerOf(info)?.muxer === 'wav' ? info.codec : 'pcm_s16le');
    case 'flac':
      return { ...pcm('flac'), muxer: 'flac', extension: '.flac' };
    case 'mp3':
      return lossy(info, 'mp3', 'mp3', '.mp3');
    case 'opus':
      return lossy(info, 'opus', 'ogg', '.opus');
    case 'same': {
      const container = containerOf(info);
      if (!container) throw new UnsupportedMediaError(`audio container ${info.container} is not supported`);
      if (container.muxer === 'wav' && PCM.test(info.codec)) return pcm(info.codec);
      if (info.codec === 'flac') return { ...pcm('flac'), ...container };
      return lossy(info, info.codec, container.muxer, container.extension);
    }
  }
}

/** File extension of the redacted audio (".wav", ".mp3", ...). */
export function audioExtension(info: AudioInfo, format: OutputAudioFormat): string {
  return outputEncoding(info, format).extension;
}
