/**
 * Raw ASR: a family name that is also a word, said alone after the full name was found earlier
 * in the call ("helga burns won ... later burns retired", "maria young called and young asked"):
 * narrative text and calls refer back to a person by the family name. Without capitals the word
 * is a name only where a person stands: the subject of a finite verb right after it (one adverb
 * may come between: "baker now leads"), not after a determiner, a pronoun or "to" ("it burns",
 * "the wood was"); or the object of a verb that acts on a person ("they thanked burns after the
 * bout", "we asked young"). Formatted text needs no rule: a capital inside a sentence marks the recurrence
 * (person.ts, recursAsName).
 */
import type { Candidate } from '../../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import type { ExtendView } from './person-extend.js';

const FINITE_VERB = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
const ADVERB = new Set(['Adverb']);
/** Adverbs the tagger lists as other parts of speech ("now", "later"): "young later said". */
const ADVERB_WORDS = new Set(['now', 'then', 'later', 'also', 'still', 'never', 'always', 'just', 'soon']);
const DETERMINERS = wordSet('names/context/determiners');
const SUBJECTS = wordSet('names/context/subjects');
/** Verbs whose object is a person: "asked", "sent", "thanked" (the two lists of the person detector). */
const PERSON_OBJECT_VERBS = new Set([
  ...wordSet('names/context/person-object-verbs'),
  ...wordSet('names/cues/person-object'),
]);
/** punctuation that ends a phrase */

/** Family names (last words of found full names) and where each was first found. */
function familyNames(view: ExtendView, out: readonly Candidate[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of out) {
    if (c.type !== 'PERSON' || c.endWord - c.startWord < 2) continue;
    const base = view.base[c.endWord - 1]!;
    if (!/^\p{L}{3,}$/u.test(base) || SURNAME_PARTICLES.has(base)) continue;
    if ((first.get(base) ?? Infinity) > c.endWord) first.set(base, c.endWord);
  }
  return first;
}

/** Is word i the subject of a finite verb after it (one adverb may come between)? */
function subjectOfFiniteVerb(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  const t = ctx.tokens;
  const prev = t[i - 1] ?? '';
  if (DETERMINERS.has(prev) || SUBJECTS.has(prev) || prev === 'to') return false;
  if (PHRASE_END.test(ctx.words[i]!.text)) return false;
  let k = i + 1;
  if (ADVERB_WORDS.has(t[k] ?? '') || hasLexiconTag(t[k] ?? '', ADVERB)) k++;
  const verb = t[k] ?? '';
  if (k >= t.length || !sameSpeaker(ctx, i, k)) return false;
  return hasLexiconTag(verb, FINITE_VERB) && !hasLexiconTag(verb, NOUN_TAGS);
}

/** Word indexes where a found family name that is also a word recurs as a subject (raw ASR only). */
export function familyNameRecurrences(
  view: ExtendView,
  out: readonly Candidate[],
  covered: Uint8Array,
): number[] {
  if (!view.uncased) return [];
  const families = familyNames(view, out);
  if (families.size === 0) return [];
  const found: number[] = [];
  for (let i = 0; i < view.ctx.words.length; i++) {
    if (covered[i] || view.masked(i)) continue;
    const after = families.get(view.base[i]!);
    // the found name's own evidence does not matter: "burns" is a verb to the lists
    if (after === undefined || i < after || isFunctionWord(view.base[i]!)) continue;
    const prev = view.ctx.tokens[i - 1] ?? '';
    const object = PERSON_OBJECT_VERBS.has(prev) && sameSpeaker(view.ctx, i - 1, i);
    if (object || subjectOfFiniteVerb(view, i)) found.push(i);
  }
  return found;
}
