import type { Edit, TimingGranularity, Transcript } from '../../types.js';
import type { TranscriptText } from './json.js';

export const TRANSCRIPT_FORMATS = [
  'callredact',
  'aws-transcribe',
  'deepgram',
  'assemblyai',
  'whisper',
  'webvtt',
  'srt',
  'text',
] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** A transcript parsed from one vendor format, able to write itself back with edits applied. */
export interface ParsedTranscript {
  format: TranscriptFormat;
  /** canonical words; edits refer to their indices */
  transcript: Transcript;
  timing: TimingGranularity;
  /** file extension for the written output, with the dot (".json", ".vtt") */
  extension: string;
  /**
   * The document in its original format with every text-bearing field redacted. Edits are sorted
   * and non-overlapping; an empty list writes the document back unchanged.
   */
  write(edits: readonly Edit[]): string;
}

export interface TranscriptAdapter {
  readonly format: TranscriptFormat;
  /** Cheap structural check: does this content look like this adapter's format? */
  sniff(text: TranscriptText, fileName?: string): boolean;
  /** Parses or throws TranscriptError naming `source` and the path/line of the bad field. */
  parse(text: TranscriptText, source: string): ParsedTranscript;
}
