/**
 * Name words that the countries around them show to be places (analyze.ts, after propagation):
 * - a candidate made only of country names that stands next to another country name ("denmark
 *   [france jordan] the netherlands" in raw ASR, where no comma separates the items): an item of a
 *   list of countries;
 * - in formatted text, a lone name word right before a comma and a country ("Tamsby, Orvelia"): a
 *   town and its country. That word then names the town wherever else it stands alone in the call
 *   ("the liberation of Tamsby").
 * A name a cue placed (given as one's own, a label, a vocative) stays.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { countryCode } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { isUncased, sameSpeaker } from '../call-words.js';

const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
/** Words that may stand between two items of a list of countries. */
const LIST_WORDS = new Set(['the', 'and', 'or']);

/** Is word k a country's name, and no English word ("man", "chad", "turkey")? */
const countryAt = (ctx: DetectionContext, k: number): boolean => {
  const token = ctx.tokens[k];
  if (token === undefined || token === '') return false;
  const base = nameBase(token);
  return !isCommonWord(base) && countryCode(fold(base)) !== undefined;
};

/** Is there a country name next to [start, end), past list words, in the same turn? */
function countryNext(ctx: DetectionContext, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= 2 && sameSpeaker(ctx, k, start); k--) {
    if (countryAt(ctx, k)) return true;
    if (!LIST_WORDS.has(ctx.tokens[k]!)) break;
  }
  for (let k = end; k < ctx.words.length && k - end <= 1 && sameSpeaker(ctx, k, start); k++) {
    if (countryAt(ctx, k)) return true;
    if (!LIST_WORDS.has(ctx.tokens[k]!)) break;
  }
  return false;
}

/** Is the lone word k a town before its country ("Tamsby, Orvelia")? */
function townBeforeCountry(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const n = k + 1;
  if (n >= ctx.words.length || !sameSpeaker(ctx, k, n) || !countryAt(ctx, n)) return false;
  // raw ASR has no comma to tell "Tamsby, Orvelia" from a name before a country ("thanks ada orvelia is ...")
  if (uncased) return false;
  return /^\p{Lu}\p{L}*,$/u.test(ctx.words[k]!.text) && /^\p{Lu}/u.test(ctx.words[n]!.text);
}

export function dropCountryRunNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const towns = new Set<string>();
  const placed = (c: Candidate): boolean => c.type !== 'PERSON' || KEPT_CUES.has(c.reason ?? '');
  for (const c of candidates) {
    if (placed(c) || c.endWord - c.startWord !== 1 || countryAt(ctx, c.startWord)) continue;
    if (townBeforeCountry(ctx, c.startWord, uncased)) towns.add(nameBase(ctx.tokens[c.startWord]!));
  }
  return candidates.filter((c) => {
    if (placed(c)) return true;
    if (c.endWord - c.startWord === 1 && towns.has(nameBase(ctx.tokens[c.startWord]!))) return false;
    for (let k = c.startWord; k < c.endWord; k++) if (!countryAt(ctx, k)) return true;
    return !countryNext(ctx, c.startWord, c.endWord);
  });
}
