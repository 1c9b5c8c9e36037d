/**
 * A writer's initials signing off next to the writer's full name. Mail writers sign short notes with
 * their initials and the mail program adds the signature: "Thx dq Dora Quist", "-DQ Dora Quist",
 * "Dora Quist ... DQ". A word of two or three letters whose letters are, in order, the first letters
 * of the words of a found full name within a few words of it is that person's mark, and is labelled
 * (LABELING.md: initials standing for a person). Words of the language ("ok", "am", "pm", "me") are
 * never marks, and the full name must be found already (a PERSON candidate of two or three words).
 *
 * Both styles: raw ASR keeps a typed mark as one lower-case word ("dq"). Runs last, after the vetoes
 * and trims (a name candidate may open with the mark and lose it to a trim).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { labelledName } from './person-label-candidate.js';

const SCORE = 0.85;
/** How far the mark may stand from the full name, in words. */
const WINDOW = 2;
const MARK = /^[-–]?\p{L}{2,3}[.,:;!]?$/u;

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}]/gu, '');

/** The candidates with initials marks beside a full name added as PERSON. */
export function addInitialsSignoffs(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const names = candidates.filter(
    (c) => c.type === 'PERSON' && c.endWord - c.startWord >= 2 && c.endWord - c.startWord <= 3,
  );
  if (names.length === 0) return candidates;
  const covered = new Uint8Array(ctx.words.length);
  for (const c of candidates) covered.fill(1, c.startWord, c.endWord);
  let out: Candidate[] | undefined;
  for (const n of names) {
    const parts = ctx.words.slice(n.startWord, n.endWord).map((w) => lettersOf(w.text));
    // a name of spelled letters ("h a") has no initials to sign with
    if (parts.some((p) => p.length < 2)) continue;
    const initials = parts.map((p) => p[0]).join('');
    const around = [
      ...Array.from({ length: WINDOW }, (_, j) => n.startWord - 1 - j),
      ...Array.from({ length: WINDOW }, (_, j) => n.endWord + j),
    ];
    for (const k of around) {
      const text = ctx.words[k]?.text;
      if (text === undefined || covered[k] || !MARK.test(text)) continue;
      const letters = lettersOf(text);
      if (letters !== initials || isCommonWord(ctx.tokens[k]!)) continue;
      out ??= [...candidates];
      out.push(labelledName(ctx, k, k + 1, SCORE));
      covered[k] = 1;
    }
  }
  return out ?? candidates;
}
