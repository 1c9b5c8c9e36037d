/**
 * Name words that the country after them shows to be a town (analyze.ts, after propagation): in
 * formatted text, a lone name word right before a comma and a country ("Tamsby, Orvelia") is a
 * town and its country. That word then names the town wherever else it stands alone in the call
 * ("the liberation of Tamsby"). Countries listed together are person-country-lists.ts's.
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

/** Is word k a country's name, and no English word ("man", "chad", "turkey")? */
const countryAt = (ctx: DetectionContext, k: number): boolean => {
  const token = ctx.tokens[k];
  if (token === undefined || token === '') return false;
  const base = nameBase(token);
  return !isCommonWord(base) && countryCode(fold(base)) !== undefined;
};

/** Is the lone word k a town before its country ("Tamsby, Orvelia")? */
function townBeforeCountry(ctx: DetectionContext, k: number): boolean {
  const n = k + 1;
  if (n >= ctx.words.length || !sameSpeaker(ctx, k, n) || !countryAt(ctx, n)) return false;
  return /^\p{Lu}\p{L}*,$/u.test(ctx.words[k]!.text) && /^\p{Lu}/u.test(ctx.words[n]!.text);
}

export function dropTownsBeforeCountries(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
): Candidate[] {
  // raw ASR has no comma to tell "Tamsby, Orvelia" from a name before a country ("thanks ada orvelia is ...")
  if (!candidates.some((c) => c.type === 'PERSON') || isUncased(ctx.words)) return [...candidates];
  const towns = new Set<string>();
  const placed = (c: Candidate): boolean => c.type !== 'PERSON' || KEPT_CUES.has(c.reason ?? '');
  for (const c of candidates) {
    if (placed(c) || c.endWord - c.startWord !== 1 || countryAt(ctx, c.startWord)) continue;
    if (townBeforeCountry(ctx, c.startWord)) towns.add(nameBase(ctx.tokens[c.startWord]!));
  }
  return candidates.filter((c) => {
    if (placed(c)) return true;
    return !(c.endWord - c.startWord === 1 && towns.has(nameBase(ctx.tokens[c.startWord]!)));
  });
}
