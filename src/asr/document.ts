/**
 * A transcription kept as the call's transcript: callredact JSON (`words`) plus a `transcription`
 * block naming the engine, model, chunk count and time taken (no PII). It is parsed and redacted
 * like any uploaded callredact transcript; the block rides along into the redacted output and
 * the report. Stored with a queued call, a retry reuses it instead of transcribing again, so a
 * rerun publishes the same bytes.
 */
import type { Transcription } from './types.js';

export interface TranscriptionInfo {
  engine: string;
  model: string | null;
  chunks: number;
  elapsed_ms: number;
}

export function transcriptionDocument(t: Transcription): string {
  const transcription: TranscriptionInfo = {
    engine: t.engine,
    model: t.model,
    chunks: t.chunks,
    elapsed_ms: t.elapsedMs,
  };
  return JSON.stringify({ words: t.words, transcription }, null, 1) + '\n';
}

/** The block of a transcription document, or null when the transcript did not come from an engine. */
export function transcriptionInfoOf(raw: string): TranscriptionInfo | null {
  try {
    const doc = JSON.parse(raw) as { transcription?: Partial<TranscriptionInfo> };
    const t = doc.transcription;
    if (!t || typeof t.engine !== 'string' || typeof t.elapsed_ms !== 'number') return null;
    return { engine: t.engine, model: t.model ?? null, chunks: t.chunks ?? 1, elapsed_ms: t.elapsed_ms };
  } catch {
    return null;
  }
}
