/**
 * Third pass of the person detector (person.ts), after the chains and the second pass: names that
 * only a name found next to them, or a letter's closing, reveal.
 *
 * - a word between two found names is a name too when it is one of name shape: no everyday word,
 *   no function word ("Ivo Brandt Zelmira Okafor": the chains end a full name before a word no list
 *   knows, so "Zelmira" fell between two names);
 * - a found name ending in a given name, then a middle initial, particles and a family name, is
 *   one name ("dorota brandt halina k wierzbicka", "tomas r van der berg"): the chain rules take
 *   an initial only after the first word of a chain;
 * - a given name no list knows opening a turn, before a name found by the verb after it
 *   ("zhivkomir narayan lives at ...");
 * - one letter closing a form's name field before the next field or the turn's end ("Name:
 *   Tavita K Address: ...", "name on card tavita k billing postcode ...") stands for the family name;
 * - in raw ASR, one or two spelled initials before a found family name belong to it ("surname d k
 *   okafor"), unless they continue a spelling;
 * - in raw ASR, "love" closing a message before a given name ("... dot com love zelmira"): the
 *   sign-off's comma is gone, so the greeting rule (which needs the name to close the turn) misses
 *   it; after "i love" or "we love" the name is the object, and still a person when listed; a
 *   word no list knows needs the comma;
 * - "that" before a listed name and a finite verb opens a clause, not a noun phrase ("it may be
 *   that abbasi was ..."): the chain rules read "that" as a determiner.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import type { ExtendView, Make } from './person-extend.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import { PLACE_ORG_MONTH_TAGS as NOT_NAME_TAGS } from './person-tags.js';

/** punctuation that ends a phrase: a word carrying it is not inside the name after it */
const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const LATIN_INITIAL = /^\p{Script=Latin}\.?$/u;
const MAX_PARTICLES = 3;
const ADJECTIVE = new Set(['Adjective', 'Comparative', 'Superlative']);
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Verb', 'Participle']);
const FINITE_VERB = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
const DETERMINERS = wordSet('names/context/determiners');
/** Subject pronouns: "i love", "we love" make "love" a verb. */
const SUBJECTS = wordSet('names/context/subjects');
/** Words before "love" that make it a verb or a noun, not a sign-off ("would love", "in love"). */
const LOVE_NOT_SIGN_OFF = new Set([
  'would',
  'd',
  "i'd",
  "we'd",
  "you'd",
  'to',
  'in',
  'really',
  'just',
  'so',
  'also',
  'still',
  'do',
  "don't",
  'of',
  'and',
  'with',
  'true',
  'first',
  'puppy',
]);

/** A word of name shape in a name's place: letters, no function word, place, adjective or verb. */
function nameShaped(view: ExtendView, k: number, min: NameEvidence): boolean {
  const base = view.base[k];
  if (base === undefined || !LETTERS.test(base) || view.masked(k)) return false;
  if (view.evidence(k) < min || isFunctionWord(base) || isNationality(base)) return false;
  return !hasLexiconTag(base, NOT_NAME_TAGS);
}

/** "ivo brandt zelmira okafor": a word of name shape right between two found names. */
function wordsBetweenNames(
  view: ExtendView,
  out: readonly Candidate[],
  covered: Uint8Array,
  make: Make,
): Candidate[] {
  const { ctx } = view;
  const starts = new Map<number, Candidate>();
  for (const c of out) if (c.type === 'PERSON') starts.set(c.startWord, c);
  const added: Candidate[] = [];
  for (const c of out) {
    if (c.type !== 'PERSON') continue;
    const k = c.endWord;
    const next = starts.get(k + 1);
    if (!next || covered[k] || !sameSpeaker(view.ctx, c.endWord - 1, k) || !sameSpeaker(view.ctx, k, k + 1))
      continue;
    if (PHRASE_END.test(ctx.words[k - 1]!.text) || PHRASE_END.test(ctx.words[k]!.text)) continue;
    // a full name on each side ("Ivo Brandt Zelmira Okafor"), or a full name and a found word
    if (c.endWord - c.startWord < 2 && next.endWord - next.startWord < 2) continue;
    if (!nameShaped(view, k, NameEvidence.Unknown)) continue;
    added.push(make(k, k + 1, 'gazetteer'));
    covered[k] = 1;
  }
  return added;
}

/** Is word k a family name after an initial (and particles): a listed name, or a family name that is also a word after particles? */
function familyAfterInitial(view: ExtendView, k: number, afterParticle: boolean): boolean {
  if (!nameShaped(view, k, NameEvidence.CommonWord)) return false;
  const base = view.base[k]!;
  if (view.evidence(k) >= NameEvidence.Listed) return !hasLexiconTag(base, VERB_TAGS) || afterParticle;
  // "van der berg", "de wit": after particles a family name that is also a word
  return (
    afterParticle &&
    (nameKinds(base) & FAMILY) !== 0 &&
    !hasLexiconTag(base, ADJECTIVE) &&
    !hasLexiconTag(base, VERB_TAGS)
  );
}

/**
 * End of a middle initial, particles and a family name after a found name ending at `end` in a
 * given name ("halina k wierzbicka", "Tomas R. van der Berg"), or `end`.
 */
function initialTailEnd(view: ExtendView, c: Candidate, covered: Uint8Array): number {
  const { ctx } = view;
  const end = c.endWord;
  const last = end - 1;
  if (end + 1 >= ctx.words.length || covered[end] || PHRASE_END.test(ctx.words[last]!.text)) return end;
  if (!sameSpeaker(view.ctx, last, end) || !sameSpeaker(view.ctx, end, end + 1)) return end;
  // the name ends in a given name that is a name word ("hatice", not "will")
  if (view.evidence(last) < NameEvidence.Listed || (nameKinds(view.base[last]!) & GIVEN) === 0) return end;
  const letter = ctx.words[end]!.text;
  if (!LATIN_INITIAL.test(letter)) return end;
  // "a", "i", "u" are words in raw ASR; a capital in cased text
  if (view.uncased ? /^[aiu]$/u.test(ctx.tokens[end]!) : !/^\p{Lu}/u.test(letter)) return end;
  // a letter before the given name makes this a spelling
  if (LATIN_INITIAL.test(ctx.words[last - 1]?.text ?? '') && c.endWord - c.startWord < 2) return end;
  let k = end + 1;
  let particles = 0;
  while (
    k + 1 < ctx.words.length &&
    particles < MAX_PARTICLES &&
    SURNAME_PARTICLES.has(view.base[k]!) &&
    !covered[k] &&
    sameSpeaker(view.ctx, k, k + 1) &&
    !PHRASE_END.test(ctx.words[k]!.text)
  ) {
    k++;
    particles++;
  }
  if (PHRASE_END.test(ctx.words[end]!.text) && !/^\p{L}\.$/u.test(letter)) return end;
  // "farhad k | de vries": the family name was found on its own, the initial joins the given name
  if (covered[end + 1] && particles === 0) return end + 1;
  if (covered[k] || !sameSpeaker(view.ctx, end, k)) return end;
  if (!view.uncased && !/^\p{Lu}/u.test(ctx.words[k]!.text)) return end;
  // the family name is no letter of a spelling that goes on
  if (LATIN_INITIAL.test(ctx.words[k]!.text)) return end;
  return familyAfterInitial(view, k, particles > 0) ? k + 1 : end;
}

/**
 * Start of one or two spelled initials before a found name starting at `start` in raw ASR ("d k
 * okafor"), or `start`: single letters, no "a", "i" or "u" (words), no letter before them (a spelling).
 */
function spelledInitialsStart(view: ExtendView, c: Candidate, covered: Uint8Array): number {
  const { ctx } = view;
  const start = c.startWord;
  if (!view.uncased || view.evidence(start) < NameEvidence.Listed) return start;
  if ((nameKinds(view.base[start]!) & FAMILY) === 0) return start;
  let s = start;
  while (
    s > 0 &&
    start - s < 2 &&
    !covered[s - 1] &&
    sameSpeaker(view.ctx, s - 1, start) &&
    /^[b-hj-tv-z]$/u.test(ctx.words[s - 1]!.text)
  )
    s--;
  if (s === start) return start;
  // "b c d okafor" spells letters; a letter before the initials ("x y z") too
  if (s > 0 && /^\p{L}\.?$/u.test(ctx.words[s - 1]!.text)) return start;
  // two initials: one letter alone before a name is as often a spelling's last letter
  return start - s === 2 ? s : start;
}

/**
 * "... dot com love zelmira": in raw ASR, "love" closing a message before a given name, without the
 * sign-off's comma. A listed name after "love" is a person whatever "love" is; a given name that is
 * also a rare English word ("emir") or a word no list knows only where "love" is no verb or noun.
 */
function nameAfterLove(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  if (k < 1 || covered[k] || ctx.tokens[k - 1] !== 'love' || !sameSpeaker(view.ctx, k - 1, k)) return false;
  if (!view.uncased || !nameShaped(view, k, NameEvidence.CommonWord)) return false;
  const base = view.base[k]!;
  if (hasLexiconTag(base, VERB_TAGS) || hasLexiconTag(base, ADJECTIVE)) return false;
  const e = view.evidence(k);
  // "i love dis": a short listed word is as often slang
  if (e >= NameEvidence.Listed && base.length >= 4) return true;
  const prev = ctx.tokens[k - 2] ?? '';
  if (SUBJECTS.has(prev) || DETERMINERS.has(prev) || LOVE_NOT_SIGN_OFF.has(prev)) return false;
  if (hasLexiconTag(prev, VERB_TAGS) || hasLexiconTag(prev, ADJECTIVE)) return false;
  // "love" closing a message: a given name of the per-country lists that English hardly uses (a
  // word no list knows stays unnamed: "see you then love qalani i once lived there")
  return (
    e === NameEvidence.CommonWord &&
    (nameKinds(base) & (GIVEN | EITHER)) !== 0 &&
    (englishLevel(base) ?? 99) > 20
  );
}

/** "it may be that abbasi was ...": a listed name after "that" as the subject of a finite verb. */
function subjectAfterThat(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  if (k < 1 || covered[k] || ctx.tokens[k - 1] !== 'that' || covered[k - 1]) return false;
  if (!sameSpeaker(view.ctx, k - 1, k) || !sameSpeaker(view.ctx, k, k + 1)) return false;
  if (view.evidence(k) < NameEvidence.Listed || !nameShaped(view, k, NameEvidence.Listed)) return false;
  if (PHRASE_END.test(ctx.words[k]!.text) || hasLexiconTag(view.base[k]!, VERB_TAGS)) return false;
  if (!view.uncased && !/^\p{Lu}/u.test(ctx.words[k]!.text)) return false;
  const verb = ctx.tokens[k + 1] ?? '';
  return hasLexiconTag(verb, FINITE_VERB) && !hasLexiconTag(verb, NOUN_TAGS);
}

/** Does word k open its speaker turn or a sentence? */
function opensTurn(view: ExtendView, k: number): boolean {
  return k === 0 || !sameSpeaker(view.ctx, k - 1, k) || /[.!?]["')\]]*$/u.test(view.ctx.words[k - 1]!.text);
}

/**
 * Start of a name found before an after-cue ("narayan lives at", "дмитриев said") grown over a
 * given name no list knows that opens the turn ("zhivkomir narayan lives at"): the after-cue rule
 * keeps only the listed words before the cue, so that "good evening larkspur energy marisol speaking"
 * yields "marisol"; a word opening the turn before a family name is no company's.
 */
function givenOpeningTurnStart(view: ExtendView, c: Candidate, covered: Uint8Array): number {
  const s = c.startWord;
  const k = s - 1;
  if (c.reason !== 'cue:after' || k < 0 || covered[k] || !sameSpeaker(view.ctx, k, s)) return s;
  if (!opensTurn(view, k) || PHRASE_END.test(view.ctx.words[k]!.text)) return s;
  if (view.evidence(k) !== NameEvidence.Unknown || !nameShaped(view, k, NameEvidence.Unknown)) return s;
  const family =
    view.evidence(s) === NameEvidence.Unknown || (nameKinds(view.base[s]!) & (FAMILY | EITHER)) !== 0;
  return family && view.evidence(s) >= NameEvidence.Unknown ? k : s;
}

/** Single words that open the next field of a form said aloud ("address", "phone", "date of birth"). */
const FIELD_WORDS: ReadonlySet<string> = new Set(
  [
    ...wordSet('address/cues'),
    ...wordSet('number-cues/phone'),
    ...wordSet('number-cues/dob'),
    ...wordSet('number-cues/account'),
  ].flatMap((p) => p.split(/\s+/u).slice(0, 1)),
);
const NAME_FIELD = new Set(['cue:label', 'cue:name']);

/**
 * End of an initial standing for the family name after a name given in a form's name field ("Name:
 * Tavita K Address: ...", "name on card tavita k billing postcode ..."), or the name's end: one
 * letter that closes the field, the next field's label (a word with a colon in cased text, a word
 * that announces an address, a phone number, a date of birth or an account) or the turn's end after it.
 */
function fieldInitialEnd(view: ExtendView, c: Candidate, covered: Uint8Array): number {
  const { ctx } = view;
  const end = c.endWord;
  if (!NAME_FIELD.has(c.reason ?? '') || end >= ctx.words.length || covered[end]) return end;
  if (!sameSpeaker(view.ctx, end - 1, end) || PHRASE_END.test(ctx.words[end - 1]!.text)) return end;
  const last = view.base[end - 1]!;
  // a given name, or a name the per-country lists do not place ("Name: Tavita K")
  if (view.evidence(end - 1) < NameEvidence.Listed || nameKinds(last) === FAMILY) return end;
  const letter = ctx.words[end]!.text;
  if (!/^\p{Script=Latin}\.?$/u.test(letter) || (!view.uncased && !/^\p{Lu}/u.test(letter))) return end;
  if (view.uncased && /^[ai]$/u.test(ctx.tokens[end]!)) return end;
  const k = end + 1;
  if (k >= ctx.words.length || !sameSpeaker(view.ctx, end, k)) return end + 1;
  const next = ctx.words[k]!.text;
  if (/^\p{L}\.?$/u.test(next)) return end;
  const field = view.uncased ? FIELD_WORDS.has(ctx.tokens[k]!) : /^\p{Lu}[\p{L} ]*:$/u.test(next);
  return field ? end + 1 : end;
}

/** Adds the names of this pass to `out` (see the file comment). */
export function addNameRuns(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.type !== 'PERSON') continue;
    let end = initialTailEnd(view, c, covered);
    if (end === c.endWord) end = fieldInitialEnd(view, c, covered);
    let start = spelledInitialsStart(view, c, covered);
    if (start === c.startWord) start = givenOpeningTurnStart(view, c, covered);
    if (end === c.endWord && start === c.startWord) continue;
    out[n] = { ...c, startWord: start, endWord: end, value: view.base.slice(start, end).join(' ') };
    covered.fill(1, start, end);
  }
  out.push(...wordsBetweenNames(view, out, covered, make));
  for (let k = 1; k < view.ctx.words.length; k++) {
    if (nameAfterLove(view, k, covered) || subjectAfterThat(view, k, covered)) {
      out.push(make(k, k + 1, 'gazetteer'));
      covered[k] = 1;
    }
  }
}
