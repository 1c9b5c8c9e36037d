/**
 * A hashtag glued to a name is a topic, not a word of the name: a PERSON candidate that holds words
 * without "#" loses the hashtags at its edges ("Ivo Brandt #tbt" -> "Ivo Brandt", "#weekend Ana
 * Lenz" -> "Ana Lenz"). A candidate of hashtags only stays: social text tags people by name
 * ("#IvoBrandt"). Only text written in case marks hashtags: raw ASR says "hashtag" or "number" and
 * is left alone.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';

/** A hashtag as written: "#" and a letter, after opening quotes or brackets. */
const HASHTAG = /^["'“‘([]*#\p{L}/u;
const HAS_LETTER = /\p{L}/u;

/** The candidates with the hashtags at the edges of the PERSON ones taken out. */
export function hashtagsOutOfPersons(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const tag = (k: number): boolean => HASHTAG.test(ctx.words[k]!.text);
  return candidates.map((c) => {
    if (c.type !== 'PERSON') return c;
    let start = c.startWord;
    let end = c.endWord;
    while (start < end && tag(start)) start++;
    while (end > start && tag(end - 1)) end--;
    if (start === c.startWord && end === c.endWord) return c;
    const named = ctx.words.slice(start, end).some((w) => HAS_LETTER.test(w.text));
    if (!named) return c;
    return { ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') };
  });
}
