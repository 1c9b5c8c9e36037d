/**
 * Audio for a speech-to-text engine: one window of the call (sample counts at the call's rate),
 * mixed to mono and resampled to 16 kHz 16-bit PCM WAV, the input whisper models expect. The
 * window is cut by atrim on the decoded samples before resampling, so the chunk starts exactly at
 * its start sample and word times shift by exactly start / rate. No metadata is copied.
 */
import type { FfmpegTools } from './types.js';
import { runFfmpeg } from './run-ffmpeg.js';

export const SPEECH_SAMPLE_RATE = 16_000;

export interface SpeechChunkRequest {
  input: string;
  output: string;
  /** at the input's sample rate; endSample exclusive */
  startSample: number;
  endSample: number;
  /** of the input */
  sampleRate: number;
}

export async function writeSpeechChunk(req: SpeechChunkRequest, tools: FfmpegTools): Promise<void> {
  const seconds = (req.endSample - req.startSample) / req.sampleRate;
  await runFfmpeg(
    tools.ffmpegPath,
    [
      '-i',
      req.input,
      '-map_metadata',
      '-1',
      '-vn',
      '-af',
      `atrim=start_sample=${req.startSample}:end_sample=${req.endSample},asetpts=PTS-STARTPTS`,
      '-ac',
      '1',
      '-ar',
      String(SPEECH_SAMPLE_RATE),
      '-c:a',
      'pcm_s16le',
      '-fflags',
      '+bitexact',
      '-f',
      'wav',
      '-y',
      req.output,
    ],
    // decoding from the start to reach a late window: generous, scaled to the call
    { timeoutMs: 60_000 + Math.ceil(seconds) * 1_000 + Math.ceil(req.endSample / req.sampleRate) * 100 },
  );
}
