/**
 * Words a document uses as nouns. A person's name takes no article, quantifier or plural in
 * running text; a capitalised word the same call writes as "the Lender", "each Purchaser", "such
 * Licensee", "a Kestrava" or "two Kestravas" is a defined term, a product, a team, a work or a
 * firm, wherever else it stands bare ("Notices to Lender ...", "Kestrava won"). Run on the
 * detectors' PERSON candidates before names spread over the call (analyze.ts): a one-word
 * candidate whose word the call uses so goes, and is then not found again elsewhere.
 *
 * A use counts only where the word heads its noun phrase right after the determiner: the phrase
 * ends there (punctuation, a function word, a verb the lexicon knows and not as a noun, a
 * possessive "the Lender's"), so "the Ada Quist Show", "the Orrelby case" and "the late Orrelby"
 * are no use. A plural after "the" or a possessive determiner is a family ("the Orrelbys", "our
 * Orrelbys") and does not count; after a quantifier or a demonstrative it does ("two Kestravas").
 * A candidate a naming cue, a title or a written frame found, or one beside another PERSON
 * candidate (part of a fuller name) stays.
 *
 * Raw ASR (no case): any word after a determiner counts, but only where a function word or the
 * end of the turn follows it ("the kestrava report" may be a name as a modifier), and not after
 * spelled letters ("w a kestrava"). Words are matched case-insensitively, possessive stripped.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { nameBases } from '../name-bases.js';
import { isUncased, PHRASE_END, sameSpeaker } from '../call-words.js';
import { besideAnotherPerson, NAMING_CUE, titled } from './person-lower-veto.js';

/**
 * Articles, quantifiers and determiners that only open a noun phrase. Left out: "that" (also opens
 * a clause: "so that Ada left"), "her" (also an object: "told her Ada left"), "its" (written for
 * "it's"), "this" (also a pronoun: "is this Ada's phone?"), "no" (also an answer: "No Ada left").
 */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'these',
  'those',
  'each',
  'every',
  'any',
  'some',
  'such',
  'another',
  'my',
  'your',
  'our',
  'their',
  'his',
]);
/** Determiners after which a plural name reads as a family: "the Orrelbys", "our Orrelbys". */
const FAMILY_DETERMINERS = new Set(['the', 'my', 'your', 'our', 'their', 'his', 'her']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'ProperNoun']);
const PHRASE_TAIL_TAGS = new Set([
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Modal',
  'Copula',
  'Auxiliary',
  'Adverb',
  'Preposition',
  'Conjunction',
]);
const OWNED_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective']);
/** "the Ivo and Quarn location": a coordinated modifier, not the phrase's end. */
const COORDINATORS = new Set(['and', 'or', '&', 'n', 'nor']);
const CAPITAL = /^\P{L}*\p{Lu}/u;
const POSSESSIVE = /['’]s?$/u;

/** A word a genitive can own: no function word, and none the lexicon holds only as a verb. */
const possessed = (token: string): boolean =>
  /^\p{Ll}/u.test(token) &&
  !isFunctionWord(token) &&
  !(hasLexiconTag(token, PHRASE_TAIL_TAGS) && !hasLexiconTag(token, OWNED_TAGS));

/** Does the word at k close its noun phrase (nothing of the phrase follows it)? */
function headsPhrase(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const text = ctx.words[k]!.text;
  const next = ctx.words[k + 1];
  const token = ctx.tokens[k + 1] ?? '';
  // "the Lender's obligations" is a genitive; "the Orrelby's were" a family's plural misspelt
  if (POSSESSIVE.test(text)) return next !== undefined && !CAPITAL.test(next.text) && possessed(token);
  if (PHRASE_END.test(text)) return true;
  if (next === undefined || !sameSpeaker(ctx, k, k + 1)) return true;
  if (CAPITAL.test(next.text) || COORDINATORS.has(token)) return false;
  if (token === '' || /^\d/u.test(token) || isFunctionWord(token)) return true;
  // raw ASR: "the kestrava report" may be a name before a noun the lexicon tags as a verb
  return !uncased && hasLexiconTag(token, PHRASE_TAIL_TAGS) && !hasLexiconTag(token, NOUN_TAGS);
}

/**
 * The bases (lower case) the call writes, capitalised, as the head of a phrase right after a
 * determiner; a plural's singular joins them when no family reading ("the Orrelbys") explains it.
 */
export function documentNouns(ctx: DetectionContext, uncased = false): Set<string> {
  const bases = nameBases(ctx.tokens);
  const out = new Set<string>();
  for (let k = 1; k < ctx.words.length; k++) {
    const det = ctx.tokens[k - 1]!;
    if (!DETERMINERS.has(det) || !sameSpeaker(ctx, k - 1, k)) continue;
    if (PHRASE_END.test(ctx.words[k - 1]!.text) || (!uncased && !CAPITAL.test(ctx.words[k]!.text))) continue;
    if (!headsPhrase(ctx, k, uncased)) continue;
    // "w a kestrava": in spelled letters an "a" is a letter
    if (uncased && k > 1 && ctx.tokens[k - 2]!.length === 1) continue;
    const base = bases[k]!;
    if (base.length < 2) continue;
    // "those Kestravas", "any Teslas": a plural of a thing; "the Orrelbys" is a family
    const pluralForm = base.length > 3 && base.endsWith('s');
    if (pluralForm && FAMILY_DETERMINERS.has(det)) continue;
    out.add(base);
    if (pluralForm) out.add(base.slice(0, -1));
  }
  return out;
}

/** Drops one-word PERSON candidates whose word the call uses as a noun (see the header). */
export function dropDocumentNouns(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.endWord - c.startWord === 1)) return [...candidates];
  const nouns = documentNouns(ctx, isUncased(ctx.words));
  if (nouns.size === 0) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const beside = besideAnotherPerson(ctx, candidates);
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    c.endWord - c.startWord === 1 &&
    nouns.has(bases[c.startWord]!) &&
    !NAMING_CUE.test(c.reason ?? '') &&
    !titled(ctx, c) &&
    !beside(c);
  return candidates.filter((c) => !drop(c));
}
