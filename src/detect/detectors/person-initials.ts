/**
 * Names written with initials or a split Irish particle, in formatted text only (raw ASR says
 * letters as words; person-spelled.ts reads those):
 *
 * - one or more initials, then a family name no dictionary, place or organisation list holds: "by
 *   A. Velkhaus", "J. R. Orrelby said", "Q.T. Brannvik" (country abbreviations such as "U.S." are no
 *   initials). The initials carry the name: a lone capitalised word no list knows is too weak alone;
 * - a bare capital letter as an initial, as South Indian and bylined names write it: "interviewee
 *   R Velkanathan", "Sincerely, T Orrelby" ("I" and "A" are words, not initials);
 * - "O'" or "D'" written apart from the family name it opens, after a found name or a given name:
 *   "Sean O' Velkan" (text split at the apostrophe).
 *
 * A word before the initial that is capitalised and no given name ("Plan B. Velkhaus") is a thing's
 * name, so the initial is left.
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { FAMILY, EITHER, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import { SIGN_OFFS } from './person-cues.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS, isPlaceName } from './person-tags.js';
import { bare, closes } from './person-written-frames.js';

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
/** "A." or "A.B." (glued initials), not a country or union's abbreviation. */
const DOTTED = /^(?:\p{Lu}\.){1,3}$/u;
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.S.A.', 'P.S.', 'N.B.', 'A.M.', 'P.M.']);
const BARE = /^[B-HJ-Z]$/u;
const SPLIT_PARTICLE = /^[OD]['’]$/u;

const dotted = (view: ExtendView, k: number): boolean => {
  const text = view.ctx.words[k]!.text;
  return DOTTED.test(text) && !NOT_INITIALS.has(text);
};

/** A family name after initials: title case, no English word, place, firm or month (a listed rare family name too). */
function familyWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (k >= view.ctx.words.length || covered[k] || view.masked(k)) return false;
  const text = view.ctx.words[k]!.text;
  // "I'm", "Utilit...": a contraction or a cut-off word is no family name
  if (!TITLE_CASE.test(bare(view, k)) || /\.\.+$|…$/u.test(text)) return false;
  if (/['’]/u.test(bare(view, k)) && !/^\p{Lu}['’]\p{Lu}/u.test(text)) return false;
  const base = view.base[k]!;
  if (base.length < 3 || isFunctionWord(base) || hasLexiconTag(base, PLACE_ORG_DATE_TAGS)) return false;
  if (isPlaceName(base) || isBrand(base)) return false;
  const level = englishLevel(base);
  return level === undefined || ((nameKinds(base) & (FAMILY | EITHER)) !== 0 && level > 20);
}

/** Does the word before k stand apart from it: none, lower case, a function word or punctuation after it? */
function openBefore(view: ExtendView, k: number): boolean {
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k) || closes(view, k - 1)) return true;
  const prev = view.ctx.words[k - 1]!.text;
  if (!/^\p{Lu}/u.test(prev)) return true;
  const base = view.base[k - 1]!;
  return isFunctionWord(base) || (nameKinds(base) & GIVEN) !== 0;
}

/** Does the name ending at e stop there: the end, punctuation, or no capitalised word after it? */
function stopsAt(view: ExtendView, e: number): boolean {
  if (e >= view.ctx.words.length || closes(view, e - 1)) return true;
  return !/^\p{Lu}/u.test(view.ctx.words[e]!.text);
}

/**
 * May a bare capital at k be an initial: after a lower-case content word ("interviewee R Velkanathan")
 * or a sign-off ("Sincerely, T Orrelby"); not after a number, a unit word or a label ("Apt B", "3 M"),
 * nor after a preposition or determiner, where a lone capital is mostly a label ("in B", "grade C").
 */
function bareInitialPlace(view: ExtendView, k: number): boolean {
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k)) return false;
  const prev = view.ctx.words[k - 1]!.text;
  if (/^\p{Ll}+$/u.test(prev)) return !isFunctionWord(view.base[k - 1]!);
  const token = view.ctx.tokens[k - 1]!;
  return /,$/u.test(prev) && SIGN_OFFS.some((p) => p[p.length - 1] === token);
}

/** End of a name opening with initials at k ("A. Velkhaus", "R Velkanathan"), or k. */
function initialsName(
  view: ExtendView,
  k: number,
  covered: Uint8Array,
  person: Uint8Array,
  startsName: Uint8Array,
): number {
  const { words } = view.ctx;
  if (covered[k] || view.masked(k) || !openBefore(view, k)) return k;
  let e = k;
  if (dotted(view, k)) {
    while (e < words.length && e - k < 3 && !covered[e] && dotted(view, e) && sameSpeaker(view.ctx, k, e))
      e++;
  } else if (BARE.test(words[k]!.text) && bareInitialPlace(view, k)) {
    e = k + 1;
  } else return k;
  if (e >= words.length || !sameSpeaker(view.ctx, k, e)) return k;
  // initials before a name found already: "R Velkanathan" when the family name was found alone
  if (person[e] && !person[e - 1] && startsName[e]) return e;
  if (!familyWord(view, e, covered)) return k;
  return stopsAt(view, e + 1) ? e + 1 : k;
}

/** End of "O' Velkan" at k after a found name or a given name, or k. */
function splitParticle(view: ExtendView, k: number, covered: Uint8Array, person: Uint8Array): number {
  const { words } = view.ctx;
  if (k < 1 || covered[k] || !SPLIT_PARTICLE.test(words[k]!.text) || k + 1 >= words.length) return k;
  if (!sameSpeaker(view.ctx, k - 1, k + 1) || closes(view, k - 1) || covered[k + 1]) return k;
  if (
    !person[k - 1] &&
    !(TITLE_CASE.test(words[k - 1]!.text) && (nameKinds(view.base[k - 1]!) & GIVEN) !== 0)
  )
    return k;
  if (!TITLE_CASE.test(bare(view, k + 1)) || hasLexiconTag(view.base[k + 1]!, PLACE_ORG_DATE_TAGS)) return k;
  return k + 2;
}

/** Adds the names above (formatted text only); `covered` is kept in step. */
export function addInitialledNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const n = view.ctx.words.length;
  const person = new Uint8Array(n);
  const startsName = new Uint8Array(n);
  for (const c of out) {
    if (c.type !== 'PERSON') continue;
    person.fill(1, c.startWord, c.endWord);
    startsName[c.startWord] = 1;
  }
  for (let k = 0; k < n; k++) {
    let s = k;
    let e = initialsName(view, k, covered, person, startsName);
    if (e === k) {
      e = splitParticle(view, k, covered, person);
      // the given name before the particle joins when it was not found
      if (e > k && !covered[k - 1]) s = k - 1;
    }
    if (e === k) continue;
    out.push(make(s, e, 'initial'));
    covered.fill(1, s, e);
    person.fill(1, s, e);
    k = e - 1;
  }
}
