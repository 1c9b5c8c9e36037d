/**
 * Raw ASR (no capitals, no punctuation): the possessive of a name before a noun only a person has
 * ("velmira's sister", "quellmann's funeral", "odile's wallet"). Formatted text reads such a name
 * from its capital; here the name data and the noun after it place it (round 18). Runs after
 * person-asr-names.ts, on calls without capitals only.
 *
 * The word before "'s" must be on a name list, be no English word, place or brand, and not follow
 * an article or a possessive ("the velmira's" is no person). The noun after it comes from the
 * project's lists of kin, body, belongings, records and household nouns, or a noun of a life
 * ("death", "career", "wedding"): "paris's hotels" and "the quellmann's account" stay apart.
 */
import type { Candidate } from '../../types.js';
import { englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isBrand } from '../brands.js';
import { sameSpeaker } from '../call-words.js';
import { isPlaceName } from './person-tags.js';
import type { ExtendView, Make } from './person-extend.js';

const POSSESSIVE = /^(\p{L}{3,})['’]s$/u;
const DETERMINERS = wordSet('names/context/determiners');
/** Nouns a person has: kin, body, belongings, records, household, a life's events. */
const PERSONAL_NOUNS = new Set([
  ...wordSet('names/context/belongings'),
  ...wordSet('names/context/kin-nouns'),
  ...wordSet('names/context/body-nouns'),
  ...wordSet('names/context/owned-records'),
  ...wordSet('names/context/household-nouns'),
  'death',
  'life',
  'career',
  'wedding',
  'friend',
  'friends',
]);

/** Adds the possessives of names before a person's noun; `covered` is kept in step. */
export function addAsrPossessiveNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { ctx } = view;
  const t = ctx.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    if (covered[k] || view.masked(k) || !PERSONAL_NOUNS.has(t[k + 1]!) || !sameSpeaker(ctx, k, k + 1))
      continue;
    const base = POSSESSIVE.exec(t[k]!)?.[1];
    if (base === undefined || DETERMINERS.has(t[k - 1] ?? '')) continue;
    if (nameKinds(base) === 0 || view.evidence(k) < NameEvidence.Listed || englishLevel(base) !== undefined)
      continue;
    if (isPlaceName(base) || isBrand(base)) continue;
    out.push(make(k, k + 1, 'cue:context'));
    covered[k] = 1;
  }
}
