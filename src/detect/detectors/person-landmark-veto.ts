/**
 * Vetoes on PERSON candidates of formatted text that name a landmark, a street, a club or a paper
 * (analyze.ts applies them after person-place-veto.ts). No candidate a cue placed ("my name is",
 * a vocative, a label) is ever dropped here:
 * - a lone capitalised landmark head right after a capitalised word of the same phrase ("Tamsby
 *   Square", "Orvel Mosque", "Grand Lake", lexicons/names/context/landmark-heads and place-heads)
 *   ends the landmark's name; it is no person on its own. A head that is a given name, after an
 *   honorific ("Dr House") or after a frequent given name ("Grace Park") stays;
 * - a street word that names a street with no name of its own (lexicons/address/lone-streets:
 *   "along Broadway") is no person;
 * - a lone town name that a plural verb agrees with ("Tamsby are through", plural-verbs) names a
 *   club or a body, unless it is one item of a list ("Ivo and Tamsby are"), or the verb opens a
 *   question to it ("Chelsea are you in?");
 * - a lone town name before a score line ("Tamsby 2 Orvel 1") or a noun of a club's staff or
 *   business ("the Tamsby boss", "a new Tamsby contract", club-nouns) is a club;
 * - a candidate of two words or more ending in a paper's head ("Tamsby Post", "Orvel News",
 *   paper-heads) whose first word is no given name names the paper; the repeats of its words that
 *   propagation added go with it.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isFrequentName } from '../gazetteer/names.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { cityCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const HEADS = new Set([...wordSet('names/context/landmark-heads'), ...wordSet('names/context/place-heads')]);
const LONE_STREETS = wordSet('address/lone-streets');
const PAPER_HEADS = wordSet('names/context/paper-heads');
const PLURAL_VERBS = wordSet('names/context/plural-verbs');
const CLUB_NOUNS = wordSet('names/context/club-nouns');
const HONORIFICS = wordSet('names/context/honorifics');
/** Words that, after "are", make it a question to the name ("Chelsea are you in?"). */
const ADDRESSED = new Set(['you', 'u', 'ya', 'we', 'they', 'i', 'ye']);
/** Words that join the name to another one before it ("Ivo and Tamsby are"). */
const COORDINATORS = new Set(['and', '&', 'or', 'nor', 'with', 'plus']);
const TITLE_CASE = /^["'(#]*\p{Lu}\p{Ll}/u;
const NUMBER = /^\d{1,2}[.,:;!?]?$/u;

const cuePlaced = (c: Candidate): boolean => (c.reason ?? '').startsWith('cue:');

/** The word k as the lists hold it: lower case, no hashtag mark, no possessive, no end stop. */
function baseOf(ctx: DetectionContext, k: number): string {
  return nameBase(ctx.tokens[k] ?? '').replace(/^#/u, '');
}

/** Is word k of the same phrase as word k + 1 (same speaker, no stop or comma after k)? */
function joined(ctx: DetectionContext, k: number): boolean {
  return (
    k >= 0 &&
    k + 1 < ctx.words.length &&
    sameSpeaker(ctx, k, k + 1) &&
    !PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text)
  );
}

/** Is word k covered by a PERSON candidate other than c? */
function otherPerson(persons: readonly Candidate[], c: Candidate, k: number): boolean {
  return persons.some((o) => o !== c && o.startWord <= k && k < o.endWord);
}

/** "Tamsby Square": a lone landmark head after a capitalised word that names no person. */
function landmarkHead(ctx: DetectionContext, persons: readonly Candidate[], c: Candidate): boolean {
  const k = c.startWord;
  const b = baseOf(ctx, k);
  if (!HEADS.has(b) || !TITLE_CASE.test(ctx.words[k]!.text) || (nameKinds(b) & GIVEN) !== 0) return false;
  const p = k - 1;
  if (!joined(ctx, p) || !TITLE_CASE.test(ctx.words[p]!.text) || otherPerson(persons, c, p)) return false;
  const before = baseOf(ctx, p);
  return !HONORIFICS.has(ctx.tokens[p]!.replace(/\.$/u, '')) && !isFrequentName(before);
}

/** Is word k a town name (any country)? */
const isTown = (ctx: DetectionContext, k: number): boolean => cityCountries(fold(baseOf(ctx, k))).length > 0;

/** "Tamsby are through", "Tamsby 2 Orvel 1", "the Tamsby boss": a lone town name read as a club. */
function clubByTown(ctx: DetectionContext, c: Candidate): boolean {
  const k = c.startWord;
  if (!TITLE_CASE.test(ctx.words[k]!.text) || /['’]s?$/u.test(ctx.words[k]!.text) || !isTown(ctx, k))
    return false;
  if (!joined(ctx, k)) return false;
  const p = k - 1;
  if (
    p >= 0 &&
    sameSpeaker(ctx, p, k) &&
    (COORDINATORS.has(ctx.words[p]!.text.toLowerCase()) || /,$/u.test(ctx.words[p]!.text))
  )
    return false;
  const next = ctx.tokens[k + 1]!;
  if (CLUB_NOUNS.has(next) && /^\p{Ll}/u.test(ctx.words[k + 1]!.text)) return true;
  if (PLURAL_VERBS.has(next)) {
    const after = (ctx.tokens[k + 2] ?? '').replace(/[^\p{L}]/gu, '');
    return !ADDRESSED.has(after);
  }
  // a score line: the town, its goals, the other side (capitalised), its goals
  if (!NUMBER.test(ctx.words[k + 1]!.text)) return false;
  for (let j = k + 2; j <= k + 4 && j < ctx.words.length; j++) {
    if (!sameSpeaker(ctx, k, j) || !TITLE_CASE.test(ctx.words[j]!.text)) return false;
    if (NUMBER.test(ctx.words[j + 1]?.text ?? '')) return true;
  }
  return false;
}

/** "Tamsby Post", "Orvel News": a paper's name of two words or more. */
function paperName(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord < 2) return false;
  const last = c.endWord - 1;
  if (!PAPER_HEADS.has(baseOf(ctx, last)) || !TITLE_CASE.test(ctx.words[last]!.text)) return false;
  for (let k = c.startWord; k < last; k++) if (!TITLE_CASE.test(ctx.words[k]!.text)) return false;
  return (nameKinds(baseOf(ctx, c.startWord)) & GIVEN) === 0;
}

/** The candidates without the PERSON ones that name a landmark, a street, a club or a paper. */
export function vetoLandmarkNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  // words of the papers' names: their repeats over the call go with them ("Tamsby Post ... Tamsby")
  const paperWords = new Set<string>();
  const kept = candidates.filter((c) => {
    if (c.type !== 'PERSON' || cuePlaced(c)) return true;
    if (paperName(ctx, c)) {
      for (let k = c.startWord; k < c.endWord; k++) paperWords.add(baseOf(ctx, k));
      return false;
    }
    if (c.endWord - c.startWord !== 1) return true;
    if (LONE_STREETS.has(baseOf(ctx, c.startWord)) && TITLE_CASE.test(ctx.words[c.startWord]!.text))
      return false;
    return !landmarkHead(ctx, persons, c) && !clubByTown(ctx, c);
  });
  if (paperWords.size === 0) return kept;
  return kept.filter((c) => {
    if (c.type !== 'PERSON' || c.detector !== 'propagation') return true;
    for (let k = c.startWord; k < c.endWord; k++) if (!paperWords.has(baseOf(ctx, k))) return true;
    return false;
  });
}
