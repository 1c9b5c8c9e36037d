/**
 * Names that their neighbours reveal, for origins the lists hold thinly (round 14):
 *
 * - a given name no list knows before a family name found by its shape alone, the ending or
 *   beginning of a name of some language ("Ucheka Okonchukwu", "Tanvi Ramalingam", "Yerlan
 *   Serikuly"): the word before is part of the name when it could be a name (no list says it is
 *   an English word, a function word or a place) and, in formatted text, is written in title case;
 * - a word before "and his/her <relative>" ("I stayed with Yaa and her family", "Kofi and his
 *   wife"): only a person has a family, a wife or children of "his" or "her".
 *
 * Both run after the person detector's other passes (person.ts), on words nothing covers yet.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isBrand } from '../brands.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { hasFamilyNameEnding, nameKinds } from '../gazetteer/name-lexicon.js';
import { hasNamePrefix } from '../gazetteer/name-prefixes.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';

const NAME_LETTERS = /^\p{L}[\p{L}'’-]*$/u;
const TITLE_CASE = /^["'(]*\p{Lu}\p{Ll}+$/u;
const KIN = wordSet('names/context/kin-nouns');
/** "family" is no kin noun of the list (a firm is a family business) but "her family" is a person's. */
const HOUSEHOLD = new Set(['family', 'parents', 'partner', 'husband', 'wife', 'kids', 'children']);
const POSSESSIVES = new Set(['his', 'her']);
const DETERMINERS = wordSet('names/context/determiners');

/** A word no list knows or one listed as a name, written as a name is in this call. */
function couldBeName(view: ExtendView, k: number, min = NameEvidence.Unknown): boolean {
  const base = view.base[k]!;
  if (!NAME_LETTERS.test(base) || isFunctionWord(base) || view.masked(k) || isBrand(base)) return false;
  if (view.evidence(k) < min) return false;
  if (DETERMINERS.has(view.ctx.tokens[k - 1] ?? '')) return false;
  return view.uncased || TITLE_CASE.test(view.ctx.words[k]!.text);
}

/** Is this word a family name found by its shape alone (no list holds it)? */
const shaped = (base: string): boolean =>
  nameKinds(base) === 0 && (hasFamilyNameEnding(base) || hasNamePrefix(base));

export function addShapedNeighbours(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  const { ctx } = view;
  // a given name before a one-word name found by its shape
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.endWord - c.startWord !== 1 || !shaped(view.base[c.startWord]!)) continue;
    const k = c.startWord - 1;
    if (k < 0 || covered[k] || !sameSpeaker(ctx, k, c.startWord)) continue;
    if (PHRASE_END.test(ctx.words[k]!.text) || !couldBeName(view, k)) continue;
    out[n] = make(k, c.endWord, c.reason ?? 'cue:context');
    covered[k] = 1;
  }
  // "with Yaa and her family"
  for (let k = 0; k + 3 < ctx.words.length; k++) {
    if (covered[k] || PHRASE_END.test(ctx.words[k]!.text)) continue;
    if (ctx.tokens[k + 1] !== 'and' || !POSSESSIVES.has(ctx.tokens[k + 2]!)) continue;
    const kin = ctx.tokens[k + 3]!;
    if (!KIN.has(kin) && !HOUSEHOLD.has(kin)) continue;
    // in title case a name that is also a word ("Nana and her family"); in lower case a listed name
    const min = view.uncased ? NameEvidence.Listed : NameEvidence.CommonWord;
    if (!sameSpeaker(ctx, k, k + 3) || !couldBeName(view, k, min)) continue;
    out.push(make(k, k + 1, 'cue:context'));
    covered[k] = 1;
  }
}
