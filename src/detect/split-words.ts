/**
 * Words that hold several words. A transcript word is normally one spoken word, but exports and
 * pasted text put whole phrases into one: "my cell is 415-555-0132" with non-breaking spaces,
 * a JSON object `{"phone":"415-555-0132"}`, a value glued to thousands of letters. Detectors read
 * one word as one token, so such a word is split into sub-words for detection, and each entity
 * found is mapped back onto the original words: a word any part of which is personal data is
 * covered whole (a word cannot be partly redacted).
 *
 * A word is split at: whitespace inside it (NBSP, tab, newline ...); in a word with structure
 * (braces, brackets, angle brackets, pipes, backticks, or quoted "key":"value" pairs: JSON,
 * markup, tables) also at quotes and those characters; and, when it is longer than any real word,
 * where letters meet digits.
 */
import type { Candidate, Word } from '../types.js';

/** Characters that may hold parts together in one word (checked first: most words have none). */
const MAYBE_SEVERAL = /[\s"“”{}]/u;
const SEPARATORS = /[\s"“”{}[\]]+/u;
/** Longer than any word of any language a transcript holds (chemical names aside). */
const LONG_WORD = 48;
const WHITESPACE = /\s+/u;
const STRUCTURED = /[{}]|["“”]\s*[:=,]\s*["“”]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER_DIGIT = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/** The parts of a word when it holds several, else null. */
export function subWords(text: string): string[] | null {
  const long = text.length > LONG_WORD;
  if (!long && !MAYBE_SEVERAL.test(text)) return null;
  // quotes split only inside structure ({"phone":"..."}); "Note:"Blue is dialogue punctuation
  let parts = text.split(STRUCTURED.test(text) ? SEPARATORS : WHITESPACE).filter((p) => p !== '');
  if (long) parts = parts.flatMap((p) => (p.length > LONG_WORD ? p.split(LETTER_DIGIT) : [p]));
  // a quote or bracket around one word ("Harbor",) is punctuation of that word, not a split
  return parts.filter((p) => WORDLIKE.test(p)).length > 1 ? parts : null;
}

export interface SplitWords {
  words: Word[];
  /** origin[i] = index of the original word sub-word i came from */
  origin: Int32Array;
}

/** The words with every word that holds several split, or null when none does (nearly every call). */
export function splitWords(words: readonly Word[]): SplitWords | null {
  let out: Word[] | undefined;
  let origin: number[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const parts = subWords(w.text);
    if (!parts && !out) continue;
    if (!out || !origin) {
      out = words.slice(0, i);
      origin = Array.from({ length: i }, (_, k) => k);
    }
    for (const text of parts ?? [w.text]) {
      out.push({ ...w, text });
      origin.push(i);
    }
  }
  return out && origin ? { words: out, origin: Int32Array.from(origin) } : null;
}

/**
 * Entities over the sub-words mapped onto the original words. Two entities that land on one
 * original word become one covering both (typed and valued by the stronger).
 */
export function mapToOriginal(entities: readonly Candidate[], origin: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const mapped = { ...e, startWord: origin[e.startWord]!, endWord: origin[e.endWord - 1]! + 1 };
    const last = out[out.length - 1];
    if (last && mapped.startWord < last.endWord) {
      const strongest = mapped.score > last.score ? mapped : last;
      out[out.length - 1] = {
        ...strongest,
        startWord: last.startWord,
        endWord: Math.max(last.endWord, mapped.endWord),
      };
    } else out.push(mapped);
  }
  return out;
}
