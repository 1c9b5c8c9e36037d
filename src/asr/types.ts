/**
 * Speech to text: one small interface per engine. An engine turns one audio file (a whole call,
 * or one chunk of a long call) into canonical words with times in seconds from the start of that
 * file; the transcriber (transcriber.ts) handles chunking, retries, timeouts and stitching.
 */
import type { Word } from '../types.js';

export const ASR_ENGINES = ['whisper', 'openai', 'deepgram', 'assemblyai', 'aws'] as const;
export type AsrEngineName = (typeof ASR_ENGINES)[number];

export interface EngineRequest {
  /** aborted on timeout or when the call is cancelled */
  signal: AbortSignal;
  /** channels of the file (engines that transcribe channels separately ask for it) */
  channels: number;
}

export interface EngineResult {
  words: Word[];
}

export interface SpeechEngine {
  readonly name: AsrEngineName;
  /** the model asked for, when the engine takes one */
  readonly model: string | null;
  /** longest audio one request may carry, seconds; 0 = no limit */
  readonly maxChunkSeconds: number;
  /**
   * 'wav': the engine is sent 16 kHz mono 16-bit PCM WAV (what whisper models take);
   * 'original': the call's own file, when it fits in one request (vendors decode any format).
   */
  readonly accepts: 'wav' | 'original';
  transcribe(file: string, request: EngineRequest): Promise<EngineResult>;
}

/** A call's transcription: words in call time and what produced them (no PII). */
export interface Transcription {
  words: Word[];
  engine: AsrEngineName;
  model: string | null;
  chunks: number;
  elapsedMs: number;
}
