/**
 * A lone title-case name as the subject of a regular verb form, in formatted text only:
 * "Quarrison requested a recount", "Velkhaus neglected the garden", "Orrelby has two sons".
 * person.ts reads a title-case word no list knows as a name when a finite verb follows it, but it
 * asks compromise's lexicon for the verb, and the lexicon holds few inflected forms: most regular
 * past tenses are missing or tagged as adjectives ("requested", "neglected"), and "has" is tagged
 * only `Verb`. English makes the past tense of a regular verb from its base form by a fixed
 * spelling rule (request -> requested, base -> based, stop -> stopped, carry -> carried), so a word
 * whose base form the lexicon holds as a verb is a past tense here; "has"/"had"/"does" are the
 * finite forms of the auxiliaries.
 *
 * The subject is judged as person-adverb-subject.ts judges it (title case, no ordinary word, place,
 * firm, date or verb, no coinage of two English words, no determiner or capitalised word before
 * it). A past participle that opens a reduced relative clause ("Kestrava located in ...",
 * "Velkan based at ...") says where a thing is, so a participle followed by "in", "at", "on", "by",
 * "near" or "from" is no verb of a subject here. A word the call writes after a determiner
 * elsewhere ("the Purchaser") is a thing's name or a defined term, not a person's.
 */
import type { Candidate } from '../../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { loneSubjectName } from './person-adverb-subject.js';
import { closes } from './person-written-frames.js';

const LOWER = /^\p{Ll}+$/u;
const DETERMINERS = wordSet('names/context/determiners');
/** "Momma baked", "Nana has": a relative called by the relation, not by a name. */
const KIN = new Set([...wordSet('names/context/kin-nouns'), ...wordSet('names/context/kin-address')]);
const BASE_VERB = new Set(['Infinitive']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
/** Finite auxiliaries the lexicon tags only as `Verb` or not at all. */
const AUXILIARIES = new Set(['has', 'had', 'does', 'did']);
/** Prepositions after which a participle reads as a reduced relative clause ("located in"). */
const RELATIVE_PREPOSITIONS = new Set(['in', 'at', 'on', 'by', 'near', 'from', 'into', 'off']);

/** Base forms a regular past tense can come from: requested, based, stopped, carried. */
function pastTenseStems(word: string): string[] {
  if (!word.endsWith('ed') || word.length < 5) return [];
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ied')) stems.push(`${word.slice(0, -3)}y`);
  const doubled = word.slice(0, -2);
  if (doubled.length >= 3 && doubled.at(-1) === doubled.at(-2)) stems.push(doubled.slice(0, -1));
  return stems;
}

/** Is `word` (lower case) a regular past tense the lexicon knows only as its base form? */
export function regularPastTense(word: string): boolean {
  return pastTenseStems(word).some((stem) => hasLexiconTag(stem, BASE_VERB));
}

/** Is the word after k a finite verb form the lexicon misses ("requested", "has")? */
function missedVerbAfter(view: ExtendView, k: number): boolean {
  const { ctx } = view;
  const text = ctx.words[k + 1]!.text;
  if (!LOWER.test(text)) return false;
  const verb = ctx.tokens[k + 1]!;
  if (AUXILIARIES.has(verb)) return true;
  if (!regularPastTense(verb) || hasLexiconTag(verb, NOUN_TAGS)) return false;
  const next = ctx.tokens[k + 2];
  return next === undefined || !sameSpeaker(ctx, k + 1, k + 2) || !RELATIVE_PREPOSITIONS.has(next);
}

/** Is word k a lone unlisted title-case word before such a verb? */
function subjectOfMissedVerb(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  if (k + 1 >= ctx.words.length || covered[k] || view.masked(k)) return false;
  if (!sameSpeaker(ctx, k, k + 1) || closes(view, k)) return false;
  if (!missedVerbAfter(view, k) || KIN.has(view.base[k]!)) return false;
  return loneSubjectName(view, k);
}

/**
 * Words the call writes after a determiner somewhere ("the Purchaser", "such Licensee", "the
 * Kestrava"): a person's name takes no article, a firm's name or a defined term does, and the
 * same word before a verb elsewhere is that thing again.
 */
export function wordsAfterDeterminers(view: ExtendView): Set<string> {
  const { ctx } = view;
  const out = new Set<string>();
  for (let k = 1; k < ctx.words.length; k++)
    if (
      DETERMINERS.has(ctx.tokens[k - 1]!) &&
      sameSpeaker(ctx, k - 1, k) &&
      /^\p{Lu}/u.test(ctx.words[k]!.text)
    )
      out.add(view.base[k]!);
  return out;
}

/** Adds the names above (formatted text only); `covered` is kept in step. */
export function addVerbFormSubjects(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const things = wordsAfterDeterminers(view);
  for (let k = 0; k + 1 < view.ctx.words.length; k++) {
    if (!subjectOfMissedVerb(view, k, covered) || things.has(view.base[k]!)) continue;
    out.push(make(k, k + 1, 'subject'));
    covered[k] = 1;
  }
}
