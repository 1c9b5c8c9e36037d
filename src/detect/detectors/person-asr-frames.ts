/**
 * Raw ASR (no capitals, no punctuation): a full name that no list holds, placed by the frame
 * around it in narrative text. Three frames that hold for any name:
 * - coordination with a name found already: "dorvak hallesti and pramlo vinkert left", "losing to
 *   pramlo vinkert and dorvak hallesti" (English joins phrases of one kind with "and");
 * - the agent after "by": "their third record was mixed by pramlo vinkert", "photo by dorvak hallesti"
 *   (a firm or a place after "by" is held by a brand, place or firm list, or has a firm's or a
 *   place's head after it);
 * - after a phrase whose object is a person (lexicons/names/cues/asr-person-object-phrase/):
 *   "he lost to pramlo vinkert", "the funeral of dorvak hallesti";
 * - the subject of a definition whose head is a person's noun: "dorvak hallesti is a canadian
 *   poet", "vinkert was an ontario politician" (a firm or a place is defined by "company",
 *   "commune"; nouns a firm also is, such as "publisher", are left out).
 * - a possessive whose "'s" the recogniser wrote as a word of its own: "dorvak hallesti s widow
 *   says" (person-asr-agreement.ts reads the glued "hallesti's");
 * - a given name before a lone found word no list holds: "um dorvak [hallesti] was born".
 * The words must be in no name, English, place or brand list, sayable as a name, not glued from
 * English words (firms) and not plurals (groups). "by" and the phrases need two or three such words
 * (one alone is as often slang or a firm's short name); a fourth makes the run a stretch of another
 * language, so it is left.
 */
import type { Candidate } from '../../types.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { phraseList, phrasesByLastWord, wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { firmWord } from './person-unknown-lists.js';
import { unlistedSayable } from './person-asr-unknown-lists.js';
import { sayableName } from './person-asr-slots.js';
import { PLACE_ORG_DATE_TAGS } from './person-tags.js';

const MAX_RUN = 3;
const NAME_SHAPE = /^\p{Script=Latin}{3,}$/u;
const DETERMINERS = wordSet('names/context/determiners');
/** Words after a run that make it a firm's or a place's name: "by dorvak hallesti llp", "... park". */
const HEADS = new Set([
  ...wordSet('names/context/firm-suffixes'),
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/landmark-heads'),
  ...wordSet('names/context/thing-heads'),
]);
/** Person nouns heading a definition: occupations, roles and news roles (lexicons/names/...). */
const FIRM_ROLES = new Set([
  'publisher',
  'producer',
  'distributor',
  'developer',
  'provider',
  'retailer',
  'supplier',
  'manufacturer',
  'broker',
  'contractor',
  'consultant',
  'operator',
  'builder',
  'agent',
]);
const PERSON_HEADS = new Set(
  [
    ...wordSet('names/context/occupations'),
    ...wordSet('names/cues/role-nouns'),
    ...wordSet('names/context/news-roles'),
    ...wordSet('names/context/definition-person-heads'),
  ].filter((w) => !FIRM_ROLES.has(w) && !w.includes(' ')),
);
/** Words read between the article and the head: "a welsh retired chess coach". */
const MAX_MODIFIERS = 3;
const DEFINING = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an']);
const OBJECT_PHRASES = phrasesByLastWord(phraseList('names/cues/asr-person-object-phrase'));

/** Is word k a word no list holds that is said as a name (or one found as a name already)? */
export function nameWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (!NAME_SHAPE.test(text) || view.masked(k)) return false;
  const base = view.base[k]!;
  if (covered[k]) return false;
  return (
    unlistedSayable(view, k, base) &&
    englishLevel(base) === undefined &&
    !firmWord(base) &&
    !/[^'s]s$/u.test(base)
  );
}

/** Does the run [s, e) end where a firm's or place's head or a place/date word follows it? */
function headAfter(view: ExtendView, e: number): boolean {
  const next = view.base[e];
  if (next === undefined) return false;
  return HEADS.has(next) || hasLexiconTag(next, PLACE_ORG_DATE_TAGS);
}

/** Is word k a name word, or a word found as a name already (it joins the run)? */
function runWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!covered[k]) return nameWord(view, k, covered);
  return !view.masked(k) && NAME_SHAPE.test(view.ctx.words[k]?.text ?? '') && sayableName(view.base[k]!);
}

/** Does [s, e) hold a word not found yet? */
function fresh(covered: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!covered[i]) return true;
  return false;
}

/** End of the run of name words from k (1..3, bounded by a word of another kind), k when none. */
export function runAfter(view: ExtendView, k: number, covered: Uint8Array, min: number): number {
  let e = k;
  while (
    e - k < MAX_RUN &&
    e < view.ctx.tokens.length &&
    runWord(view, e, covered) &&
    sameSpeaker(view.ctx, k, e)
  )
    e++;
  if (e - k < min || !fresh(covered, k, e)) return k;
  // a fourth unknown word: a stretch of another language, not a name
  if (
    e < view.ctx.tokens.length &&
    NAME_SHAPE.test(view.ctx.words[e]?.text ?? '') &&
    nameWord(view, e, covered)
  )
    return k;
  return headAfter(view, e) ? k : e;
}

/** Start of the run of name words ending at word `last` (1..3, bounded), last + 1 when none. */
export function runBefore(view: ExtendView, last: number, covered: Uint8Array): number {
  let s = last + 1;
  while (
    last + 1 - s < MAX_RUN &&
    s > 0 &&
    runWord(view, s - 1, covered) &&
    sameSpeaker(view.ctx, s - 1, last)
  )
    s--;
  if (s > last || !fresh(covered, s, last + 1)) return last + 1;
  if (s > 0 && nameWord(view, s - 1, covered)) return last + 1;
  if (DETERMINERS.has(view.ctx.tokens[s - 1] ?? '')) return last + 1;
  return s;
}

/** Does a phrase of OBJECT_PHRASES end at word k - 1, said by one speaker? */
function objectPhraseBefore(view: ExtendView, k: number): boolean {
  const { tokens } = view.ctx;
  const phrases = OBJECT_PHRASES.get(tokens[k - 1] ?? '');
  if (!phrases) return false;
  return phrases.some((p) => {
    const start = k - p.length;
    return start >= 0 && sameSpeaker(view.ctx, start, k) && p.every((w, n) => tokens[start + n] === w);
  });
}

/** A found PERSON [s, e) strong enough to make a list one of names: two words, or a word no dictionary holds. */
function anchor(view: ExtendView, c: Candidate): boolean {
  if (c.type !== 'PERSON') return false;
  if (c.endWord - c.startWord > 1) return true;
  return englishLevel(view.base[c.startWord]!) === undefined;
}

/** Is word i "is"/"was" opening a definition whose head is a person's noun ("is a british poet")? */
function definesPerson(view: ExtendView, i: number): boolean {
  const { tokens } = view.ctx;
  if (!DEFINING.has(tokens[i] ?? '') || !ARTICLES.has(tokens[i + 1] ?? '')) return false;
  for (let h = i + 2; h <= i + 2 + MAX_MODIFIERS && h < tokens.length; h++) {
    if (!sameSpeaker(view.ctx, i, h)) return false;
    const w = tokens[h]!;
    if (PERSON_HEADS.has(w)) return true;
    if (w === 'of' || w === 'and' || w === 'who' || w === 'that' || w === 'in') return false;
  }
  return false;
}

/** Is word k a possessive "s" written apart, before an English content word, by one speaker? */
function splitPossessive(view: ExtendView, k: number): boolean {
  const { tokens } = view.ctx;
  const next = tokens[k + 1] ?? '';
  return (
    tokens[k] === 's' &&
    /^\p{L}{2,}$/u.test(next) &&
    englishLevel(next) !== undefined &&
    !isFunctionWord(next) &&
    sameSpeaker(view.ctx, k - 1, k + 1)
  );
}

/**
 * "shongi [zobutho] was born": a lone found word no list holds, after one more such word that
 * opens the phrase, is the family name of a full name; the given name joins it.
 */
function growLoneNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  const lone = out.filter(
    (c) =>
      c.type === 'PERSON' &&
      c.endWord - c.startWord === 1 &&
      view.evidence(c.startWord) === NameEvidence.Unknown,
  );
  for (const c of lone) {
    const s = c.startWord - 1;
    if (s < 0 || !nameWord(view, s, covered) || !sameSpeaker(view.ctx, s, c.startWord)) continue;
    if (s > 0 && (covered[s - 1] || nameWord(view, s - 1, covered))) continue;
    if (DETERMINERS.has(view.ctx.tokens[s - 1] ?? '')) continue;
    addMerged(out, covered, make, s, c.endWord);
  }
}

export function addAsrFrameNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  const n = tokens.length;
  const endsAt = new Map<number, Candidate>();
  const startsAt = new Map<number, Candidate>();
  for (const c of out) {
    if (!anchor(view, c)) continue;
    endsAt.set(c.endWord, c);
    startsAt.set(c.startWord, c);
  }
  growLoneNames(view, out, covered, make);
  for (let k = 1; k < n; k++) {
    const prev = tokens[k - 1]!;
    let end = k;
    const anchorBefore = prev === 'and' ? endsAt.get(k - 1) : undefined;
    if (anchorBefore && sameSpeaker(view.ctx, k - 2, k)) {
      // "dorvak hallesti and pramlo vinkert"; a lone word after a full name is as often a thing
      end = runAfter(view, k, covered, Math.min(2, anchorBefore.endWord - anchorBefore.startWord));
    } else if (prev === 'by' || objectPhraseBefore(view, k)) {
      if (!sameSpeaker(view.ctx, k - 1, k)) continue;
      end = runAfter(view, k, covered, 2);
    }
    if (end > k) {
      addMerged(out, covered, make, k, end);
      const added = out[out.length - 1]!;
      endsAt.set(end, added);
      k = end - 1;
      continue;
    }
    // "pramlo vinkert and dorvak hallesti": the run before "and" a found name follows
    const anchorAfter = tokens[k] === 'and' ? startsAt.get(k + 1) : undefined;
    if (anchorAfter && sameSpeaker(view.ctx, k - 1, k + 1)) {
      const s = runBefore(view, k - 1, covered);
      const min = Math.min(2, anchorAfter.endWord - anchorAfter.startWord);
      if (k - s >= min) addMerged(out, covered, make, s, k);
      continue;
    }
    // "dorvak hallesti is a canadian poet"
    if (definesPerson(view, k) && sameSpeaker(view.ctx, k - 1, k)) {
      const s = runBefore(view, k - 1, covered);
      if (s < k) addMerged(out, covered, make, s, k);
      continue;
    }
    // "dorvak hallesti s widow": a full name's split possessive before a noun
    if (splitPossessive(view, k)) {
      const s = runBefore(view, k - 1, covered);
      if (k - s >= 2) addMerged(out, covered, make, s, k);
    }
  }
}
