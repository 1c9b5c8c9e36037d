/** The part every JSON adapter shares: parse once, write back a redacted clone in the input's style. */
import type { Edit, TimingGranularity, Word } from '../../types.js';
import { detectJsonStyle, type JsonPath, lineOfPath, reparseJson } from './json.js';
import { writeJson } from './json-patch.js';
import { EditPlan } from './plan.js';
import type { ParsedTranscript, TranscriptFormat } from './types.js';
import { checkTimeline } from './validate.js';

export interface JsonParseResult<D> {
  words: Word[];
  timing: TimingGranularity;
  /** vendor path of canonical word i, for error messages */
  pathOf: (i: number) => JsonPath;
  /** rewrites `doc` (a private clone of the input) with the plan's edits applied */
  redact: (doc: D, plan: EditPlan) => void;
}

export function jsonParsed<D>(
  format: TranscriptFormat,
  raw: string,
  source: string,
  doc: D,
  result: JsonParseResult<D>,
): ParsedTranscript {
  checkTimeline(result.words, source, result.pathOf, (p) =>
    typeof p === 'string' ? undefined : lineOfPath(raw, p),
  );
  const style = detectJsonStyle(raw);
  const words = result.words;
  return {
    format,
    transcript: { words },
    timing: result.timing,
    extension: '.json',
    write(edits: readonly Edit[]): string {
      const plan = new EditPlan(edits, words);
      if (plan.empty) return raw;
      // a private copy of the document: parsing the text again is cheaper than a deep clone
      const copy = reparseJson(raw) as D;
      result.redact(copy, plan);
      return writeJson(raw, doc, copy, style);
    },
  };
}

/** Drops undefined optional fields so canonical words stay minimal. */
export function word(
  text: string,
  start: number | undefined,
  end: number | undefined,
  speaker?: string,
  channel?: number,
): Word {
  const w: Word = { text };
  if (start !== undefined) w.start = start;
  if (end !== undefined) w.end = end;
  if (speaker !== undefined) w.speaker = speaker;
  if (channel !== undefined) w.channel = channel;
  return w;
}
