/**
 * A published call read back for export: the redacted transcript parsed with the project's
 * adapters, each redacted word tied to its report entity, the bleep spans and the audio.
 *
 * Every adapter writes an entity's words back as one word (text = the replacement, possibly with
 * the punctuation of its last word, first start to last end), so report entity k, covering
 * original words [s, e), is redacted word s - (words merged away by entities before k). The
 * mapping is checked (the word must carry the replacement and the counts must add up); a call
 * whose transcript and report disagree is refused.
 */
import { InputError } from '../errors.js';
import type { Report } from '../pipeline/report.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import type { EntityType, Span, TimingGranularity, Word } from '../types.js';
import type { SourceCall } from './source.js';

export interface Redaction {
  type: EntityType;
  /** the text the redaction wrote (placeholder, mask or token) */
  replacement: string;
  operator: string;
  /** the report entity's index */
  entity: number;
}

export interface RedactedWord extends Word {
  /** set on words that replaced an entity */
  redaction?: Redaction;
}

export interface RedactedCall {
  name: string;
  callId: string;
  words: RedactedWord[];
  timing: TimingGranularity;
  /** bleep spans of the published audio (seconds, as in the report) */
  spans: Span[];
  audio: { path: string; info: NonNullable<Report['audio']>['output'] } | null;
  report: Report;
  /** vault tokens of the call (replacements of the token operator) */
  tokens: string[];
}

/** the original word index of each redacted word (for calls whose originals are given) */
export function originalIndex(call: RedactedCall): number[] {
  const map: number[] = [];
  const entities = [...call.report.entities].sort((a, b) => a.start_word - b.start_word);
  let original = 0;
  let k = 0;
  for (let i = 0; i < call.words.length; i++) {
    map.push(original);
    const entity = entities[k];
    if (entity && entity.start_word === original) {
      original = entity.end_word;
      k++;
    } else original++;
  }
  return map;
}

export function readRedactedCall(source: SourceCall): RedactedCall {
  const { report } = source;
  const parsed = parseTranscript(source.transcript.raw, {
    source: source.transcript.file,
    format: source.transcript.format,
  });
  const words: RedactedWord[] = parsed.transcript.words.map((w) => ({ ...w }));
  const mismatch = (why: string) =>
    new InputError(`${source.transcript.file}: transcript and report.json do not match (${why})`);
  const order = report.entities
    .map((_, i) => i)
    .sort((a, b) => report.entities[a]!.start_word - report.entities[b]!.start_word);
  let merged = 0;
  let previousEnd = 0;
  for (const k of order) {
    const entity = report.entities[k]!;
    if (entity.start_word < previousEnd || entity.end_word <= entity.start_word)
      throw mismatch(`entity ${k} overlaps another or is empty`);
    const index = entity.start_word - merged;
    const word = words[index];
    if (!word || !word.text.includes(entity.replacement) || word.redaction)
      throw mismatch(`entity ${k} is not at word ${index}`);
    word.redaction = {
      type: entity.type,
      replacement: entity.replacement,
      operator: entity.operator,
      entity: k,
    };
    merged += entity.end_word - entity.start_word - 1;
    previousEnd = entity.end_word;
  }
  if (words.length !== report.transcript.words - merged) throw mismatch('word counts differ');
  const tokens = [
    ...new Set(report.entities.filter((e) => e.operator === 'token').map((e) => e.replacement)),
  ].sort();
  return {
    name: source.name,
    callId: source.callId,
    words,
    timing: parsed.timing,
    spans: report.audio?.spans ?? [],
    audio: report.audio && source.audioPath ? { path: source.audioPath, info: report.audio.output } : null,
    report,
    tokens,
  };
}
