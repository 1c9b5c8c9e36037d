/**
 * Countries in a list read as names. Reports list the countries of a coalition, and raw ASR writes
 * the list without commas ("chile kenya chad jordan the sudan"): a country that is also a
 * name ("Jordan", "France") then joins its neighbour into a full name. A PERSON candidate every word
 * of which is a country name (lexicons/address/countries) goes when the word next to it, past "and",
 * "or" or "the", is another country: "kenya [chad jordan] the sudan". A naming cue or a
 * title keeps it ("Ms. Jordan"), and so does a word of the candidate that no country list holds
 * ("Jordan Quist" beside "France").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { countryCode } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { sameSpeaker } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

/** Words between two items of a list of countries. */
const LIST_GLUE = new Set(['and', 'or', 'the', '&']);
/** Longest candidate looked at, in words. */
const MAX_WORDS = 3;

/** Is word k a one-word country name ("denmark", "Jordan,")? */
function countryAt(ctx: DetectionContext, k: number): boolean {
  const word = ctx.tokens[k];
  return word !== undefined && word !== '' && countryCode(fold(word)) !== undefined;
}

/** Is the nearest word past the list glue on side `step` of word `from` a country? */
function countryBeside(ctx: DetectionContext, from: number, step: 1 | -1): boolean {
  let k = from + step;
  while (k >= 0 && k < ctx.words.length && LIST_GLUE.has(ctx.tokens[k]!) && sameSpeaker(ctx, from, k))
    k += step;
  return k >= 0 && k < ctx.words.length && sameSpeaker(ctx, from, k) && countryAt(ctx, k);
}

function inCountryList(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord > MAX_WORDS) return false;
  for (let k = c.startWord; k < c.endWord; k++) if (!countryAt(ctx, k)) return false;
  return countryBeside(ctx, c.startWord, -1) || countryBeside(ctx, c.endWord - 1, 1);
}

/** Drops PERSON candidates that are countries in a list of countries (see the header). */
export function vetoCountryLists(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c) && inCountryList(ctx, c);
  return candidates.filter((c) => !drop(c));
}
