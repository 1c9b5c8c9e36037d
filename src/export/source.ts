/**
 * Where an export reads its calls from. A source lists published redacted calls and opens one at a
 * time (transcript, report, audio path), plus, when it has them, the raw transcript the export
 * verification needs (the redacted outputs alone hold no raw values).
 *
 * Implemented: FolderSource (src/export/folder-source.ts), a folder of `callredact redact --out`
 * outputs, with optional originals; LedgerSource (src/export/ledger-source.ts), calls of the ledger
 * by id, state or date read through the service's store, the raw transcript from raw storage.
 */
import type { Report } from '../pipeline/report.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';

export interface SourceCallRef {
  /** how the source names the call (folder name, ledger id): progress and errors only, never written into an export */
  name: string;
}

/** A raw (unredacted) transcript: PII. Used only to derive the values the verification looks for. */
export interface RawTranscript {
  raw: string;
  format: TranscriptFormat;
  /** for error messages (a path or an id, never content) */
  source: string;
}

export interface SourceCall extends SourceCallRef {
  /** the call's content id (report.callId) */
  callId: string;
  report: Report;
  /** the redacted transcript as published */
  transcript: { raw: string; format: TranscriptFormat; file: string };
  /** the bleeped audio as published; null for transcript-only calls */
  audioPath: string | null;
  /** the raw transcript of the call, or null when this source has none */
  rawTranscript(): Promise<RawTranscript | null>;
}

export type VerificationSourceMode = 'originals' | 'redetect';

export interface ExportSource {
  /** 'folder', 'ledger': written into the dataset card */
  readonly kind: string;
  /** what the leak check can compare against (see README: export verification) */
  readonly verification: VerificationSourceMode;
  /** the calls in a stable order; unpublished entries are reported in `skipped` */
  list(): Promise<{ calls: SourceCallRef[]; skipped: { name: string; reason: string }[] }>;
  open(ref: SourceCallRef): Promise<SourceCall>;
  /** releases what open() kept (local copies of bucket objects); after the export */
  close?(): Promise<void>;
}
