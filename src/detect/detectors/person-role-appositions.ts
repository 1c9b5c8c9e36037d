/**
 * Formatted text: a name no list holds, set off by a comma before an apposition that says who the
 * person is, as news writes it: "Orvel Tamsbury, chair of the press gallery, said", "Velkor
 * Amundai, renowned fiddler, dead at 89", "Orvelan Quist, U.S. Senator", or an age: "Orvelan
 * Quist, 34, a teacher". The apposition reaches a noun of a person's role, occupation or kin
 * (news-roles, role-nouns, occupations, office-titles, kin-nouns, definition-person-heads) within
 * a few words, with no verb or clause word before it. A lone word needs the article of a
 * description before the role ("Vorlandt, a former striker") or the age; places and firms are set
 * off by descriptions too, but of other nouns ("Tamsby Vorlund, the capital", "Quellin Vorstad, a
 * firm founded by ..."). Raw ASR has no commas to read.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker } from '../call-words.js';
import { bareNameWord, freeNameWord, neverNameWords } from './person-free-name-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName } from './person-tags.js';

/** Nouns of who a person is: roles, offices, occupations, kin, "man", "woman", "teenager". */
const ROLES = new Set([
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/cues/role-nouns'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/office-titles'),
  ...wordSet('names/context/portfolio-offices'),
  ...wordSet('names/context/kin-nouns'),
  ...wordSet('names/context/definition-person-heads'),
]);
/** Words that open a description before its noun: "a former striker", "his longtime aide". */
const OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that are never a word of the name (titles, heads of places and things). */
const NOT_NAME = new Set([...neverNameWords(), ...ROLES]);
/** Tags of a finite verb or a clause word: the apposition ends before it ("Quist, said the ..."). */
const CLAUSE = new Set(['PresentTense', 'Modal', 'Copula', 'Infinitive', 'Auxiliary']);
/** A name word as written: "Quist", "O'Connor", "Smith-Jones", "De", with the comma on the last. */
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*,?$/u;
/** An age set off by commas: "34,". */
const AGE = /^(?:[1-9]\d?|1[01]\d),$/u;
/** Longest name and longest description before its noun, in words. */
const MAX_NAME = 3;
const MAX_BEFORE_ROLE = 4;

const bare = bareNameWord;

/** Is word k a free name word no list or dictionary holds (or a listed given name, when `given`)? */
function nameWordAt(view: ExtendView, k: number, covered: Uint8Array, given: boolean): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  return freeNameWord(view, k, bare(text), NOT_NAME, given);
}

/** Is word k a particle inside a name, after a name word ("Slaven De Brilvo", "Ada van Quist")? */
function particleAt(view: ExtendView, k: number, covered: Uint8Array): boolean {
  return k > 0 && SURNAME_PARTICLES.has(view.base[k]!) && nameWordAt(view, k - 1, covered, true);
}

/** Does the run of capitals open at s (after a lower-case word, a closing mark, or at the start)? */
function opensAt(view: ExtendView, s: number): boolean {
  if (s === 0 || !sameSpeaker(view.ctx, s - 1, s)) return true;
  const prev = view.ctx.words[s - 1]!.text;
  return /[.,;:!?)\]"”]$/u.test(prev) || !/^["'(“‘]*\p{Lu}/u.test(prev);
}

/** Does the apposition after the comma at c - 1 tell a person: an age, or a role within a few words? */
function personApposition(view: ExtendView, c: number, lone: boolean): boolean {
  const { words, tokens } = view.ctx;
  if (c >= words.length || !sameSpeaker(view.ctx, c - 1, c)) return false;
  if (AGE.test(words[c]!.text)) return true;
  if (lone && !ARTICLES.has(tokens[c]!)) return false;
  for (let j = c; j < words.length && j - c <= MAX_BEFORE_ROLE && sameSpeaker(view.ctx, c, j); j++) {
    const text = words[j]!.text;
    const base = bare(text);
    if (ROLES.has(base)) return !/['’]s?$/u.test(text);
    if (OPENERS.has(tokens[j]!) && j === c) continue;
    // "U.S.", "NASA", "Cape Breton": capitalised words of a place or body before the role
    if (/[,;:!?)]$/u.test(text) || (/\.$/u.test(text) && !/^(?:\p{Lu}\.)+$/u.test(text))) return false;
    if (/^\p{Ll}/u.test(text) && (isFunctionWord(base) || hasLexiconTag(base, CLAUSE))) return false;
    if (!/^\p{L}/u.test(text)) return false;
  }
  return false;
}

/** Adds names set off by a comma before a description of the person. */
export function addRoleAppositionNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let e = 1; e < words.length; e++) {
    // e: the word after the comma that ends the name
    if (!/^\p{L}[^,]*,$/u.test(words[e - 1]!.text)) continue;
    let s = e - 1;
    if (!nameWordAt(view, s, covered, false)) continue;
    while (
      s > 0 &&
      e - s < MAX_NAME &&
      sameSpeaker(view.ctx, s - 1, e - 1) &&
      /^\p{L}[^,.;:!?]*$/u.test(words[s - 1]!.text) &&
      (nameWordAt(view, s - 1, covered, true) || particleAt(view, s - 1, covered))
    )
      s--;
    if (SURNAME_PARTICLES.has(view.base[s]!)) continue;
    if (!opensAt(view, s)) continue;
    const lone = e - s === 1;
    // a lone word must be one no list holds at all
    if (lone && view.evidence(s) !== NameEvidence.Unknown) continue;
    if (isPlaceName(view.base.slice(s, e).join(' ')) || !personApposition(view, e, lone)) continue;
    out.push(make(s, e, 'cue:context'));
    covered.fill(1, s, e);
  }
}
