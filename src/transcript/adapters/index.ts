/**
 * The transcript format registry: detection (by structure; by extension for .vtt, .srt, .txt)
 * and parsing. Unknown or ambiguous input is refused with a TranscriptError that lists the
 * supported formats.
 */
import { TranscriptError } from '../../errors.js';
import { assemblyaiAdapter } from './assemblyai.js';
import { awsTranscribeAdapter } from './aws-transcribe.js';
import { callredactAdapter } from './callredact.js';
import { deepgramAdapter } from './deepgram.js';
import { looksLikeJson, TranscriptText } from './json.js';
import { srtAdapter } from './srt.js';
import { textAdapter } from './text.js';
import {
  TRANSCRIPT_FORMATS,
  type ParsedTranscript,
  type TranscriptAdapter,
  type TranscriptFormat,
} from './types.js';
import { guardParse } from './validate.js';
import { webvttAdapter } from './webvtt.js';
import { whisperAdapter } from './whisper.js';

export type { ParsedTranscript, TranscriptAdapter, TranscriptFormat } from './types.js';
export { TRANSCRIPT_FORMATS } from './types.js';

export const ADAPTERS: Readonly<Record<TranscriptFormat, TranscriptAdapter>> = {
  callredact: callredactAdapter,
  'aws-transcribe': awsTranscribeAdapter,
  deepgram: deepgramAdapter,
  assemblyai: assemblyaiAdapter,
  whisper: whisperAdapter,
  webvtt: webvttAdapter,
  srt: srtAdapter,
  text: textAdapter,
};

const SUPPORTED = TRANSCRIPT_FORMATS.join(', ');

const BY_EXTENSION: Record<string, TranscriptFormat> = { '.vtt': 'webvtt', '.srt': 'srt', '.txt': 'text' };

function extensionOf(fileName: string | undefined): string {
  const m = /(\.[^./\\]+)$/.exec(fileName ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** The format a file name's extension names (.vtt, .srt, .txt), undefined for any other name. */
export function formatOfFileName(fileName: string | undefined): TranscriptFormat | undefined {
  return BY_EXTENSION[extensionOf(fileName)];
}

/**
 * The format of `raw`. `.vtt`, `.srt` and `.txt` files go by their extension; anything else by
 * structure: JSON is parsed (invalid JSON is reported with its line and column) and each JSON
 * adapter checks its shape; WebVTT and SRT are recognised by their first lines.
 */
export function detectFormat(input: string | TranscriptText, fileName?: string): TranscriptFormat {
  const text = typeof input === 'string' ? new TranscriptText(input) : input;
  const source = fileName ?? 'transcript';
  return guardParse(source, () => {
    const byExt = BY_EXTENSION[extensionOf(fileName)];
    if (byExt) return byExt;
    if (looksLikeJson(text.raw) || extensionOf(fileName) === '.json') text.json(source);
    const matches = TRANSCRIPT_FORMATS.filter((f) => f !== 'text' && ADAPTERS[f].sniff(text));
    if (matches.length === 1) return matches[0]!;
    if (matches.length === 0) {
      throw new TranscriptError(`${source}: unrecognised transcript format (supported: ${SUPPORTED})`, {
        details: { source, supported: [...TRANSCRIPT_FORMATS] },
      });
    }
    throw new TranscriptError(
      `${source}: ambiguous transcript format (looks like ${matches.join(' and ')}); name the format explicitly (supported: ${SUPPORTED})`,
      { details: { source, candidates: matches, supported: [...TRANSCRIPT_FORMATS] } },
    );
  });
}

export interface ParseOptions {
  /** file name or id used in error messages (and for extension-based detection) */
  source: string;
  /** skip detection */
  format?: TranscriptFormat;
}

/** Parses `raw` in the given or detected format; throws only TranscriptError for bad input. */
export function parseTranscript(raw: string, options: ParseOptions): ParsedTranscript {
  const { source } = options;
  // one parse of a JSON document for detection and parsing, dropped when this call returns
  const text = new TranscriptText(raw);
  const format = options.format ?? detectFormat(text, source);
  const adapter = ADAPTERS[format];
  if (!adapter) {
    throw new TranscriptError(`${source}: unsupported transcript format (supported: ${SUPPORTED})`, {
      details: { source, supported: [...TRANSCRIPT_FORMATS] },
    });
  }
  return adapter.parse(text, source);
}
