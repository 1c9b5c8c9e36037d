/**
 * The values the export verification looks for, from a call's raw transcript: for each entity of
 * the report, the raw words it covered, in every normalisation the per-call leak check uses
 * (src/pipeline/verify.ts): the words as said (case-folded, punctuation trimmed), the vault's
 * normalised value, the spoken->written runs (digits, spelled letters) and the value a detector
 * gives the same words. PII: these stay in memory and never reach a file, log or error.
 *
 * The raw transcript must be the one the call was redacted from: same word count, and every word
 * outside the entities identical to the published one; otherwise the call is refused.
 */
import { analyze } from '../detect/analyze.js';
import { InputError } from '../errors.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import { buildSpokenRuns } from '../transcript/spoken-view.js';
import type { EntityType, Word } from '../types.js';
import { normaliseValue } from '../vault/normalise.js';
import { originalIndex, type RedactedCall } from './redacted-call.js';
import type { RawTranscript } from './source.js';

export interface CallValue {
  type: EntityType;
  /** PII */
  value: string;
}

const trimWord = (w: string): string => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export function rawValues(call: RedactedCall, raw: RawTranscript): CallValue[] {
  const words: readonly Word[] = parseTranscript(raw.raw, { source: raw.source, format: raw.format })
    .transcript.words;
  const mismatch = new InputError(`${raw.source}: is not the original of redacted call ${call.name}`);
  if (words.length !== call.report.transcript.words) throw mismatch;
  const map = originalIndex(call);
  call.words.forEach((w, i) => {
    if (!w.redaction && words[map[i]!]?.text !== w.text) throw mismatch;
  });

  const detected = analyze(words);
  const out = new Map<string, CallValue>();
  const add = (type: EntityType, value: string): void => {
    const v = value.toLowerCase().trim();
    if (v.length > 0) out.set(`${type}\0${v}`, { type, value: v });
  };
  for (const entity of call.report.entities) {
    const covered = words.slice(entity.start_word, entity.end_word);
    const said = covered
      .map((w) => trimWord(w.text))
      .filter(Boolean)
      .join(' ');
    add(entity.type, said);
    add(entity.type, normaliseValue(entity.type, covered.map((w) => w.text).join(' ')));
    for (const run of buildSpokenRuns(covered).runs) {
      if (run.text.length >= 4) add(entity.type, run.text);
      if (run.digits.length >= 4) add(entity.type, run.digits);
    }
    for (const d of detected)
      if (d.type === entity.type && d.startWord === entity.start_word && d.endWord === entity.end_word)
        add(entity.type, d.value);
  }
  return [...out.values()];
}
