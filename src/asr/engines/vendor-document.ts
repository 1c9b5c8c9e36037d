/**
 * Vendor answers are transcript documents the project already reads: their words come from the
 * same adapter that parses an uploaded transcript of that format (src/transcript/adapters/).
 */
import { CallRedactError, TranscriptionError } from '../../errors.js';
import { parseTranscript } from '../../transcript/adapters/index.js';
import type { TranscriptFormat } from '../../transcript/adapters/types.js';
import type { Word } from '../../types.js';

export function wordsOfDocument(json: unknown, format: TranscriptFormat, engine: string): Word[] {
  try {
    return parseTranscript(JSON.stringify(json), { source: `${engine} answer`, format }).transcript.words;
  } catch (err) {
    // adapter errors name the field path, never its text
    const reason = err instanceof CallRedactError ? err.message : 'unreadable';
    throw new TranscriptionError(`${engine}: unexpected answer (${reason})`, { cause: err });
  }
}
