/**
 * A reviewer's corrections applied to a call's detections before the transform: `add` redacts a
 * word range of the original transcript as a type (replacing any detection it overlaps), `remove`
 * drops the detections overlapping a range (a false positive). Corrections apply in order, so a
 * later one can undo an earlier one. Ranges are word indices of the parsed original transcript
 * (start inclusive, end exclusive), the same indices as the report's start_word/end_word.
 */
import { InputError } from '../errors.js';
import { typePolicy, type Policy } from '../policy.js';
import type { Candidate, EntityType, Word } from '../types.js';

export type Correction =
  | { action: 'add'; type: EntityType; start_word: number; end_word: number }
  | { action: 'remove'; start_word: number; end_word: number };

/** The detector name of a reviewer's redaction in reports and views. */
export const REVIEW_DETECTOR = 'review';

const overlaps = (c: Candidate, start: number, end: number): boolean =>
  c.startWord < end && start < c.endWord;

/** Normalised text of a word range (the token operator keys on it): PII, never logged. */
export function rangeText(words: readonly Word[], start: number, end: number): string {
  return words
    .slice(start, end)
    .map((w) => w.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}@]+$/gu, ''))
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

export function applyCorrections(
  entities: readonly Candidate[],
  corrections: readonly Correction[],
  words: readonly Word[],
  policy: Policy,
): Candidate[] {
  let result = [...entities];
  corrections.forEach((c, i) => {
    if (c.start_word < 0 || c.end_word <= c.start_word || c.end_word > words.length) {
      throw new InputError(
        `corrections[${i}]: words ${c.start_word}..${c.end_word} are not a range of this transcript (${words.length} words)`,
      );
    }
    result = result.filter((e) => !overlaps(e, c.start_word, c.end_word));
    if (c.action === 'add') {
      if (!typePolicy(policy, c.type)) {
        throw new InputError(`corrections[${i}]: the call's policy does not redact ${c.type}`);
      }
      result.push({
        type: c.type,
        startWord: c.start_word,
        endWord: c.end_word,
        score: 1,
        detector: REVIEW_DETECTOR,
        reason: 'reviewer',
        value: rangeText(words, c.start_word, c.end_word),
      });
    }
  });
  return result.sort((a, b) => a.startWord - b.startWord);
}
