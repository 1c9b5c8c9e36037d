/**
 * Glossary and core types.
 *
 * - Word: one whitespace token of a transcript, with its time in seconds. Everything downstream
 *   (detection, redaction, audio spans) is expressed in word indices of the canonical transcript.
 * - Transcript: the canonical model every adapter parses into: a flat list of words.
 * - Spoken view: a "spoken -> written" normalisation of the words (four one five -> 415,
 *   jane dot doe at -> jane.doe@, s m i t h -> smith) with an exact char -> word map.
 * - Candidate: what a detector proposes (type, word range, score, reason, normalised value).
 * - Entity: a resolved candidate that will be redacted. `value` is the normalised value and is
 *   PII: it may only flow to the vault, never into reports, logs, job data or errors.
 * - Edit: a word range of the canonical transcript and the text that replaces it.
 * - Span: a time range (seconds) of audio to replace, optionally on one channel only.
 * - Policy: which entity types to redact, with which operator, thresholds, allow/deny lists.
 */

export const ENTITY_TYPES = [
  'PERSON',
  'PHONE_NUMBER',
  'ACCOUNT_NUMBER',
  'US_SSN',
  'ADDRESS',
  'EMAIL',
  'DATE_OF_BIRTH',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Word {
  text: string;
  /** seconds from the start of the audio; absent for formats without timings (plain text) */
  start?: number;
  end?: number;
  speaker?: string;
  channel?: number;
}

export interface Transcript {
  words: Word[];
}

/** How much timing a parsed transcript carries; audio redaction needs 'word' (or 'cue', coarse). */
export type TimingGranularity = 'word' | 'cue' | 'none';

export interface Candidate {
  type: EntityType;
  /** first word index (inclusive) */
  startWord: number;
  /** last word index (exclusive) */
  endWord: number;
  /** 0..1 */
  score: number;
  /** registry name of the detector that proposed it */
  detector: string;
  /** short, PII-free explanation: "context:account number", "luhn", "gazetteer" */
  reason?: string;
  /** normalised value (digits only for numbers, lower-case for names/emails). PII. */
  value: string;
}

export type Entity = Candidate;

export interface Edit {
  startWord: number;
  endWord: number;
  replacement: string;
}

export interface Span {
  /** seconds */
  start: number;
  end: number;
  /** undefined = every channel */
  channel?: number;
}

export type OperatorName = 'placeholder' | 'mask' | 'token' | 'generalise';

export interface OperatorSpec {
  operator: OperatorName;
  /** mask: how many trailing characters stay visible */
  keepLast?: number;
  /** mask: masking character */
  maskChar?: string;
  /** generalise: a date of birth to its year (default) or an age band on `asOf` */
  dateOfBirth?: 'year' | 'ageBand';
  /** generalise: width of an age band in years (default 10) */
  bandYears?: number;
  /** generalise: the date ages are computed on (YYYY-MM-DD), needed by `ageBand` */
  asOf?: string;
  /** generalise: an address to its city (default), region or country */
  address?: 'city' | 'region' | 'country';
  /**
   * generalise: a time of day to its period (night, morning, afternoon, evening) or a band of
   * `bandHours` hours; applies to values that read as a time of day, of whichever type the
   * policy names it for (no detector labels times yet)
   */
  timeOfDay?: 'period' | 'hours';
  /** generalise: hours per band for `timeOfDay: "hours"` (a divisor of 24, default 3) */
  bandHours?: number;
}
