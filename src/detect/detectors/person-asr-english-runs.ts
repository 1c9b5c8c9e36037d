/**
 * Raw ASR (no capitals, no punctuation): two or three words that no name, English, place or brand
 * list holds, inside plain English and said of a person: "okay i love dorvak hallesti but his last
 * album ...", "the drummer pramlo vinkert quit", "we met dorvak hallesti", "pramlo vinkert resigns".
 * Formatted text reads such names by their capitals (person-unknown-pairs.ts); raw ASR has only the
 * words around them. Two words in a row that no list holds, between English words, are a proper
 * name; the sentence tells a person's from a place's, a firm's or a foreign term: "who", a verb of
 * saying or of people after it (lexicons/names/context/animate-verbs/), a verb whose object is a
 * person (person-object-verbs/, person-met-verbs/), a role or a kin noun before it, a possessive
 * before a kin noun, or "he"/"she"/"his"/"her" within the next twelve words. Without such a word
 * the run is left: in real text most names are listed, and unlisted pairs are mostly foreign
 * terms, species, products and misspellings (held-out precision fell without it).
 *
 * The words beside the run must be English (or a filler; "over" is English before it is Dutch):
 * another unknown or listed word makes it part of a longer name, a handle or a foreign phrase.
 * Also left: a run opening the turn, a run after an article, a possessive, a word of place ("in",
 * "from"), "at" (a handle), "number" (a hashtag), "and"/"or" (lists: person-asr-pairs.ts), a
 * copula or a split contraction, a run before a firm's or a place's head ("... ltd", "... park"),
 * and a fourth such word (another language). Spelling variants no common list holds ("defense",
 * "behaviour": lexicons/names/words-variants/) and English prefixes said apart ("pre emptive")
 * are English words, not names.
 */
import type { Candidate } from '../../types.js';
import { FILLERS, isCommonWord, isEverydayWord, isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { nameWord } from './person-asr-frames.js';
import { freshRun } from './person-asr-subjects.js';
import { PLACE_ORG_DATE_TAGS } from './person-tags.js';

const MIN_RUN = 2;
const MAX_RUN = 3;
/** Words looked at on each side of the run: one (the pronoun or verb around it carries the rest). */
const SIDE = 1;
/** Words after the run looked at for a pronoun that takes it up ("... dorvak hallesti and his band"). */
const PRONOUN_AHEAD = 12;
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself', 'hers', "he's", "she's"]);
const RELATIVES = new Set(['who', "who's", 'whose']);
/** Role nouns before a name in apposition ("the singer dorvak hallesti"). */
const ROLES = new Set(
  [
    ...wordSet('names/context/occupations'),
    ...wordSet('names/cues/role-nouns'),
    ...wordSet('names/context/news-roles'),
  ].filter((w) => !w.includes(' ')),
);
const REPORTING = wordSet('names/context/reporting-verbs');
/** Verbs whose object is a person ("told", "met", "married"). */
const OBJECT_VERBS = new Set([
  ...wordSet('names/context/person-object-verbs'),
  ...wordSet('names/context/person-met-verbs'),
]);
/** Verbs said of people, after their subject ("vows", "resigns", "thinks"). */
const ANIMATE_VERBS = wordSet('names/context/animate-verbs');
const KIN = wordSet('names/context/kin-nouns');
/** Words before a person one appears alongside, or an example: "starring", "such as" (lexicons/names/context/person-company-words/). */
const COMPANY = wordSet('names/context/person-company-words');
const VARIANTS = wordSet('names/words-variants');
const FOREIGN = wordSet('names/function-words');
/** English prefixes raw ASR writes as a word of their own ("pre emptive", "non profit"). */
const PREFIXES = new Set(['pre', 'non', 'anti', 'semi', 'multi', 'post', 'sub', 'inter', 'mega', 'ultra']);
const COPULAS = ['is', 'was', 'are', 'were'];
/** Words right before a run that make it a place, a handle, a hashtag, a thing or a list item. */
const NOT_BEFORE = new Set([
  ...wordSet('names/context/determiners'),
  ...wordSet('names/context/motion-prepositions'),
  ...COPULAS,
  'and',
  'or',
  'at',
  'number',
  'of',
  'on',
  's',
  't',
]);
/** Heads after a run that make it a firm's, a place's or a thing's name ("... ltd", "... park"). */
const HEADS = new Set([
  ...wordSet('names/context/firm-suffixes'),
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/landmark-heads'),
  ...wordSet('names/context/thing-heads'),
]);

/** Is `base` a word of an English list or a filler ("over" is English before it is Dutch)? */
export function englishListed(base: string): boolean {
  if (FILLERS.has(base) || isFunctionWord(base)) return true;
  if (isCommonWord(base) || isEverydayWord(base) || englishLevel(base) !== undefined) return true;
  return VARIANTS.has(base) && !FOREIGN.has(base);
}

/** Is word k a word no list holds that may be said as a name, and no English variant or prefix? */
function runWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const base = view.base[k]!;
  return nameWord(view, k, covered) && !VARIANTS.has(base) && !PREFIXES.has(base);
}

/** Are the words on the side of word `from` (step -1 or 1) English, up to `side` words or the turn's edge? */
function englishSide(view: ExtendView, from: number, step: number, side = SIDE): boolean {
  const { ctx } = view;
  for (let d = 1; d <= side; d++) {
    const k = from + step * d;
    if (k < 0 || k >= ctx.words.length || !sameSpeaker(ctx, from, k)) return true;
    // a listed name or a word no list holds beside the run: a longer name, a handle, a foreign phrase
    if (!englishListed(view.base[k]!)) return false;
  }
  return true;
}

/** Is `after` a firm's, place's or thing's head, or a place, firm or date word? */
const headAfter = (after: string | undefined): boolean =>
  after !== undefined && (HEADS.has(after) || hasLexiconTag(after, PLACE_ORG_DATE_TAGS));

/**
 * Does the sentence around the run [s, e) speak of a person: "who" or a verb of saying or of
 * people after it, a verb whose object is a person, a role noun or a kin noun before it, a
 * possessive before a kin noun, or "he"/"she"/"his"/"her" in the words that follow?
 */
function personSignal(view: ExtendView, s: number, e: number): boolean {
  const { ctx } = view;
  const t = ctx.tokens;
  const n = t.length;
  const next = e < n && sameSpeaker(ctx, s, e) ? t[e]! : '';
  if (RELATIVES.has(next) || REPORTING.has(next) || ANIMATE_VERBS.has(next)) return true;
  const prev = t[s - 1]!;
  if (REPORTING.has(prev) || OBJECT_VERBS.has(prev) || KIN.has(prev) || ROLES.has(prev)) return true;
  if (COMPANY.has(prev) || (prev === 'as' && t[s - 2] === 'such')) return true;
  if (s >= 2 && sameSpeaker(ctx, s - 2, s) && ROLES.has(t[s - 2]!)) return true;
  // "dorvak hallesti's widow", "dorvak hallesti s widow"
  if (KIN.has(next) && /['’]s$/u.test(t[e - 1]!)) return true;
  if (next === 's' && KIN.has(t[e + 1] ?? '') && sameSpeaker(ctx, s, e + 1)) return true;
  for (let k = e; k < Math.min(n, e + PRONOUN_AHEAD) && sameSpeaker(ctx, s, k); k++)
    if (PRONOUNS.has(t[k]!)) return true;
  return false;
}

export function addAsrEnglishRunNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { ctx, base } = view;
  const n = ctx.tokens.length;
  for (let s = 1; s < n; s++) {
    if (!runWord(view, s, covered) || !sameSpeaker(ctx, s - 1, s)) continue;
    let e = s + 1;
    while (e < n && e - s <= MAX_RUN && runWord(view, e, covered) && sameSpeaker(ctx, s, e)) e++;
    const len = e - s;
    const after = e < n && sameSpeaker(ctx, s, e) ? base[e] : undefined;
    const fits =
      len >= MIN_RUN &&
      len <= MAX_RUN &&
      !NOT_BEFORE.has(base[s - 1]!) &&
      !headAfter(after) &&
      englishSide(view, s, -1) &&
      englishSide(view, e - 1, 1) &&
      freshRun(view, covered, s, e) &&
      personSignal(view, s, e);
    if (fits) addMerged(out, covered, make, s, e);
    s = e - 1;
  }
}
