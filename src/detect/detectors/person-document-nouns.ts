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
 * Formatted text only: in raw ASR every word is lower case, and "the" before a lower-case word
 * says nothing of the word's case in the document (measured: see docs/detection-rounds.md).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { nameBases } from '../name-bases.js';
import { isUncased, PHRASE_END, sameSpeaker } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

/**
 * Articles, quantifiers and determiners that only open a noun phrase. Left out: "that" (also opens
 * a clause: "so that Ada left"), "her" (also an object: "told her Ada left"), "its" (written for
 * "it's"), "no" (also an answer: "No Ada left").
 */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
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
const VERB_ONLY = new Set(['Copula', 'Modal', 'Auxiliary', 'PastTense']);
const CAPITAL = /^\P{L}*\p{Lu}/u;
const POSSESSIVE = /['’]s?$/u;

/** A word a genitive can own: a noun or adjective, no verb or function word. */
const possessed = (token: string): boolean =>
  token !== '' && !isFunctionWord(token) && hasLexiconTag(token, OWNED_TAGS) && !hasLexiconTag(token, VERB_ONLY);

/** Does the word at k close its noun phrase (nothing of the phrase follows it)? */
function headsPhrase(ctx: DetectionContext, k: number): boolean {
  const text = ctx.words[k]!.text;
  const next = ctx.words[k + 1];
  const token = ctx.tokens[k + 1] ?? '';
  // "the Lender's obligations" is a genitive; "the Orrelby's were" a family's plural misspelt
  if (POSSESSIVE.test(text)) return next !== undefined && !CAPITAL.test(next.text) && possessed(token);
  if (PHRASE_END.test(text)) return true;
  if (next === undefined || !sameSpeaker(ctx, k, k + 1)) return true;
  if (CAPITAL.test(next.text)) return false;
  if (token === '' || /^\d/u.test(token) || isFunctionWord(token)) return true;
  return hasLexiconTag(token, PHRASE_TAIL_TAGS) && !hasLexiconTag(token, NOUN_TAGS);
}

/**
 * The bases (lower case) the call writes, capitalised, as the head of a phrase right after a
 * determiner; a plural's singular joins them when a quantifier or demonstrative comes before it.
 */
export function documentNouns(ctx: DetectionContext): Set<string> {
  const bases = nameBases(ctx.tokens);
  const out = new Set<string>();
  for (let k = 1; k < ctx.words.length; k++) {
    const det = ctx.tokens[k - 1]!;
    if (!DETERMINERS.has(det) || !sameSpeaker(ctx, k - 1, k)) continue;
    if (PHRASE_END.test(ctx.words[k - 1]!.text) || !CAPITAL.test(ctx.words[k]!.text)) continue;
    if (!headsPhrase(ctx, k)) continue;
    const base = bases[k]!;
    if (base.length < 2) continue;
    out.add(base);
    // "two Kestravas", "those Teslas": a plural of a thing; "the Orrelbys" is a family
    if (!FAMILY_DETERMINERS.has(det) && base.length > 3 && base.endsWith('s')) out.add(base.slice(0, -1));
  }
  return out;
}

/** Drops one-word PERSON candidates whose word the call uses as a noun (see the header). */
export function dropDocumentNouns(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.endWord - c.startWord === 1)) return [...candidates];
  if (isUncased(ctx.words)) return [...candidates];
  const nouns = documentNouns(ctx);
  if (nouns.size === 0) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of candidates) {
    if (c.type !== 'PERSON') continue;
    starts.add(c.startWord);
    ends.add(c.endWord);
  }
  const beside = (c: Candidate): boolean =>
    (ends.has(c.startWord) && sameSpeaker(ctx, c.startWord - 1, c.startWord)) ||
    (starts.has(c.endWord) && sameSpeaker(ctx, c.endWord - 1, c.endWord));
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    c.endWord - c.startWord === 1 &&
    nouns.has(bases[c.startWord]!) &&
    !NAMING_CUE.test(c.reason ?? '') &&
    !titled(ctx, c) &&
    !beside(c);
  return candidates.filter((c) => !drop(c));
}
