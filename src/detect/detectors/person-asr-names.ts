/**
 * Raw ASR (no capitals, no punctuation): names whose words the lists hold thinly, placed by a
 * found name next to them or by a frame of English grammar (round 17). Formatted text reads the
 * same names from its capitals (person-cased-grow.ts); this pass runs only on calls without them.
 *
 * - a found given name before a word of name shape, which no English list, name list or place
 *   list holds ("kasia wrzosk", "tomas szeb"): the family name of a rare origin;
 * - a given name no English list holds ("jan", "ilse": one the lists also spell as an
 *   abbreviation) before a found family name;
 * - a degree or generational suffix after a full name, also with a possessive ("odile brandt
 *   md's", "remy ostrova dds"), and after a found given name and one more word, which the degree
 *   shows to be the family name ("remy hollow dds");
 * - a Dutch or Scandinavian particle that is also a number or an English word ("ten", "ter",
 *   "af") between a found given name and a word that is no everyday English word ("joost ten
 *   pas"); "mila ten dollars" stays apart;
 * - a form's name label ("name", "name on card", "name on that account") before a given name and
 *   one more word, when the next field, a number or a new clause follows: the label says a full
 *   name stands there even when the family name is a word ("name ilse grant phone ...");
 * - self-naming and address: "everyone calls me ilse", "who are you ilse i'm ...", "so ilse who
 *   are you", "hi zorvan i'm calling about ...", "than early varnholt" (an artist's early work).
 *   The word must be a given name English hardly uses or a word no list knows;
 * - a given name of the per-country lists that English uses only rarely as a word, as the subject
 *   of a verb said of people ("kelvin is from northwind", "randy had given ..."); not after an
 *   article or a degree word ("the christian said").
 */
import type { Candidate } from '../../types.js';
import { FILLERS, isCommonWord, isEverydayWord, isFunctionWord } from '../gazetteer/common-words.js';
import { lexiconTags } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { isBrand } from '../brands.js';
import { sameSpeaker } from '../call-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isPlaceName } from './person-tags.js';
import type { ExtendView, Make } from './person-extend.js';

const LETTERS = /^\p{L}+$/u;
/** Degrees and generational suffixes said as one word ("md", "dds", "phd", "jr"). */
export const DEGREES = new Set(['md', 'dds', 'dmd', 'phd', 'jr', 'sr', 'esq', 'cpa']);
/** Particles of Dutch and Scandinavian family names that are also English or number words. */
const WORD_PARTICLES = new Set(['ten', 'ter', 'af']);
/** Words after a name field: the next field of a form, or a new clause. */
const NEXT_FIELD = new Set([
  'phone',
  'telephone',
  'mobile',
  'cell',
  'email',
  'e-mail',
  'address',
  'date',
  'dob',
  'birthday',
  'born',
  'billing',
  'postcode',
  'zip',
  'card',
  'account',
  'ssn',
  'social',
  'number',
  'my',
  'and',
  'i',
  "i'm",
  'is',
  'please',
]);
/** Spoken digits and numbers: a number after a name field is the next field's value. */
const NUMBER_WORDS = new Set(
  (
    'zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred double triple'
  ).split(' '),
);
/** Labels of a name field said before the name ("name on card", "the name on this booking"). */
const CARD_WORDS = new Set(['card', 'account', 'file', 'record', 'booking', 'reservation', 'policy']);
const OWNERS = new Set([
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'a',
  'what',
  "what's",
  'whats',
  'first',
  'last',
  'company',
  'full',
  'user',
  'middle',
  'maiden',
  'business',
  'street',
  'pet',
]);
/** Articles, demonstratives and possessives (lexicons/names/context/determiners/). */
const DETERMINERS = wordSet('names/context/determiners');
/** Questions after which a speaker may name the one addressed ("who are you ilse"). */
const QUESTIONS: readonly (readonly string[])[] = [
  ['who', 'are', 'you'],
  ['how', 'are', 'you'],
  ['where', 'are', 'you'],
  ['are', 'you', 'there'],
];
/** Words that open the speaker's next clause after a vocative ("who are you ilse i'm ..."). */
const CLAUSE_OPENERS = new Set(["i'm", 'i', "it's", 'this', 'we', "we're", 'my']);
/** Words before "call me" that make it a naming ("just call me", "people call me"). */
const CALL_OPENERS = new Set([
  'just',
  'please',
  'can',
  'to',
  'everyone',
  'everybody',
  'people',
  'they',
  'friends',
  'you',
]);
/** Greetings that open a message to the one named after them. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear']);
/** Words before "early" that compare an artist's early work ("than early X"). */
const BEFORE_EARLY = new Set(['than', 'like', 'of', 'from', 'prefer', 'love', 'loved', 'and']);

/** Verbs said of a person right after the name, as raw ASR runs them on ("ilse is from ..."). */
const PERSON_VERBS: readonly (readonly string[])[] = [
  ...[
    'said',
    'says',
    'told',
    'asked',
    'replied',
    'wrote',
    'explained',
    'lives',
    'lived',
    'married',
    'gave',
    'spent',
  ].map((v) => [v]),
  ['is', 'from'],
  ['was', 'from'],
  ['was', 'born'],
  ['had', 'given'],
  ['has', 'given'],
  ['passed', 'away'],
];
// first words of PERSON_VERBS and last words of QUESTIONS: only after (before) one can a phrase
// match, so most words skip the phrase loops (asked at every word of a raw ASR call)
const PERSON_VERB_FIRST = new Set(PERSON_VERBS.map((v) => v[0]!));
const QUESTION_LAST = new Set(QUESTIONS.map((q) => q[q.length - 1]!));
/** Words before a subject that make the word a noun or an adjective ("the christian said", "so randy"). */
const NOT_BEFORE_SUBJECT = new Set([
  ...DETERMINERS,
  'very',
  'so',
  'too',
  'more',
  'most',
  'as',
  'being',
  'is',
  'was',
  'be',
]);

/** A word of letters that is no function word, filler, number, brand or place. */
function plainWord(view: ExtendView, k: number, covered: Uint8Array, functionWords = false): boolean {
  const { ctx } = view;
  if (k < 0 || k >= ctx.words.length || covered[k] || view.masked(k)) return false;
  const base = view.base[k]!;
  if (!LETTERS.test(base) || base.length < 2 || FILLERS.has(base)) return false;
  if (!functionWords && isFunctionWord(base)) return false;
  return !NUMBER_WORDS.has(base) && !isBrand(base);
}

/**
 * A word of name shape that no list holds: unknown to every list, or judged an inflected word
 * only by an ending on a short stem that no English list holds either ("szots").
 */
function unlistedName(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!plainWord(view, k, covered)) return false;
  const base = view.base[k]!;
  if (base.length < 3 || isPlaceName(base)) return false;
  const e = view.evidence(k);
  // a name has a vowel and no letter tripled ("addcs", "aaaah"), and is no two words run together
  if (!VOWEL.test(base) || TRIPLED.test(base) || twoWords(base)) return false;
  if (e === NameEvidence.Unknown) return true;
  // judged an inflection ("szots") only by an "s" on a stem no list holds; other words no
  // list names are function words of other languages ("toh", "und")
  if (e !== NameEvidence.None || nameKinds(base) !== 0 || base.length < 4 || !base.endsWith('s'))
    return false;
  if (isCommonWord(base) || isEverydayWord(base) || englishLevel(base) !== undefined) return false;
  return lexiconTags(base) === undefined && lexiconTags(base.replace(/s$/u, '')) === undefined;
}

const VOWEL = /[aeiouy]/u;
const TRIPLED = /(\p{L})\1\1/u;
const englishWord = (w: string): boolean => isCommonWord(w) || (englishLevel(w) ?? 99) <= 50;
/** Two English words of three letters or more run together ("hardrock", "onwards" is one). */
function twoWords(base: string): boolean {
  for (let i = 3; i <= base.length - 3; i++)
    if (englishWord(base.slice(0, i)) && englishWord(base.slice(i))) return true;
  return false;
}

/**
 * A given name that English hardly uses as a word ("ilse", "heather"; not "crystal", "grant"), or
 * one the lists hold as an abbreviation only ("jan"): raw ASR says the month in full.
 */
function rareGiven(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!plainWord(view, k, covered, true)) return false;
  const base = view.base[k]!;
  if ((nameKinds(base) & GIVEN) === 0 || isEverydayWord(base)) return false;
  const level = englishLevel(base);
  return level === undefined ? base.length >= 3 : level >= 35 && !isFunctionWord(base);
}

/** Could word k be a one-word name that a frame places: a rare given name or a word no list knows? */
function framedName(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!plainWord(view, k, covered, true)) return false;
  if (DETERMINERS.has(view.ctx.tokens[k - 1] ?? '') && view.ctx.tokens[k - 1] !== 'that') return false;
  const base = view.base[k]!;
  if (view.evidence(k) >= NameEvidence.Unknown && !isFunctionWord(base) && !isPlaceName(base)) return true;
  return rareGiven(view, k, covered);
}

/** A word the per-country lists hold as a given name (not only the broad list, which holds words too). */
const isGiven = (base: string): boolean => (nameKinds(base) & GIVEN) !== 0;

/** Index of the candidate covering exactly [s, e), or -1. */
const findSpan = (out: readonly Candidate[], s: number, e: number): number =>
  out.findIndex((c) => c.type === 'PERSON' && c.startWord === s && c.endWord === e);

/** Replace or add the candidate [s, e), dropping found names inside it. */
function place(
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
  s: number,
  e: number,
  reason: string,
): void {
  for (let n = out.length - 1; n >= 0; n--) {
    const c = out[n]!;
    if (c.type === 'PERSON' && c.startWord >= s && c.endWord <= e) out.splice(n, 1);
  }
  out.push(make(s, e, reason));
  covered.fill(1, s, e);
}

/** The end of a name-field label that ends right before word k ("name", "name on card"), else -1. */
function nameLabelBefore(view: ExtendView, k: number): boolean {
  const t = view.ctx.tokens;
  let j = k - 1;
  while (j >= 0 && FILLERS.has(t[j]!)) j--;
  if (j < 0) return false;
  if (t[j] === 'name') return !OWNERS.has(t[j - 1] ?? '') && sameSpeaker(view.ctx, j, k);
  // "name on card", "the name on this booking"
  if (!CARD_WORDS.has(t[j]!)) return false;
  let i = j - 1;
  if (DETERMINERS.has(t[i] ?? '')) i--;
  return t[i] === 'on' && t[i - 1] === 'name' && sameSpeaker(view.ctx, i - 1, k);
}

/** Does the name field end before word k: the next field, a number, a new clause or the turn's end? */
function fieldEnds(view: ExtendView, k: number): boolean {
  const { ctx } = view;
  if (k >= ctx.words.length || !sameSpeaker(ctx, k - 1, k)) return true;
  const t = ctx.tokens[k]!;
  return NEXT_FIELD.has(t) || NUMBER_WORDS.has(t) || /^\d/u.test(t);
}

/** A word that may be a family name inside a name field (letters, no function word or number). */
function fieldFamily(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!plainWord(view, k, covered)) return false;
  const base = view.base[k]!;
  return base.length >= 2 && !NEXT_FIELD.has(base);
}

/** A family name in a name field: a word some name list holds, or one no list knows ("thanks" is neither). */
function fieldName(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (!fieldFamily(view, k, covered)) return false;
  return view.evidence(k) >= NameEvidence.CommonWord || (nameKinds(view.base[k]!) & FAMILY) !== 0;
}

function startsWith(view: ExtendView, k: number, seq: readonly string[]): boolean {
  const { tokens } = view.ctx;
  for (let j = 0; j < seq.length; j++) if (tokens[k + j] !== seq[j]) return false;
  return sameSpeaker(view.ctx, k, k + seq.length - 1);
}

/** Adds and grows names of raw ASR by the rules above; `covered` is kept in step. */
export function addAsrNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (!view.uncased) return;
  const { ctx } = view;
  const n = ctx.words.length;
  // grow found names: family name of name shape, given name before a family name, particle, degree
  for (let c = 0; c < out.length; c++) {
    const cand = out[c]!;
    if (cand.type !== 'PERSON') continue;
    let { startWord: s, endWord: e } = cand;
    const last = view.base[e - 1]!;
    // (a possessive ends the name: "ilse's fascinator")
    const givenOnly = isGiven(last) && englishLevel(last) === undefined;
    if (e - s === 1 && givenOnly && last === ctx.tokens[e - 1] && sameSpeaker(ctx, e - 1, e)) {
      if (unlistedName(view, e, covered)) e++;
      else if (
        WORD_PARTICLES.has(ctx.tokens[e] ?? '') &&
        sameSpeaker(ctx, e, e + 1) &&
        fieldFamily(view, e + 1, covered) &&
        !isCommonWord(view.base[e + 1]!) &&
        !isEverydayWord(view.base[e + 1]!) &&
        (englishLevel(view.base[e + 1]!) ?? 99) > 20
      )
        e += 2;
      else if (
        fieldFamily(view, e, covered) &&
        DEGREES.has(view.base[e + 1] ?? '') &&
        !covered[e + 1] &&
        sameSpeaker(ctx, e, e + 1)
      )
        e += 2;
    }
    if (e - s === 1 && s > 0 && !covered[s - 1] && sameSpeaker(ctx, s - 1, s)) {
      const base = view.base[s]!;
      const kinds = nameKinds(base);
      // a family name only ("jilek", not "billy"), after a given name English never uses as a word
      const before = view.base[s - 1]!;
      if ((kinds & FAMILY) !== 0 && (kinds & GIVEN) === 0 && view.evidence(s) >= NameEvidence.Listed) {
        if (
          rareGiven(view, s - 1, covered) &&
          (nameKinds(before) & GIVEN) !== 0 &&
          englishLevel(before) === undefined &&
          !isPlaceName(before) &&
          !DETERMINERS.has(ctx.tokens[s - 2] ?? '')
        )
          s--;
      }
    }
    if (e - s >= 2 && e < n && !covered[e] && DEGREES.has(view.base[e]!) && sameSpeaker(ctx, e - 1, e)) e++;
    if (s === cand.startWord && e === cand.endWord) continue;
    covered.fill(1, s, e);
    out[c] = make(s, e, cand.reason ?? 'cue:context');
  }
  for (let k = 1; k < n; k++) {
    // a name field: "name ilse grant phone", "name on card ilse grant billing"
    const opensField =
      (isGiven(view.base[k]!) && view.evidence(k) >= NameEvidence.CommonWord) ||
      view.evidence(k) >= NameEvidence.Unknown;
    if (opensField && nameLabelBefore(view, k)) {
      const one = findSpan(out, k, k + 1);
      if ((one >= 0 || !covered[k]) && (one >= 0 || plainWord(view, k, covered))) {
        let f = k + 1;
        // one initial between: "name on card ilse k grant"
        if (/^\p{L}$/u.test(ctx.tokens[f] ?? '') && fieldName(view, f + 1, covered)) f++;
        if (fieldName(view, f, covered) && sameSpeaker(ctx, k, f) && fieldEnds(view, f + 1)) {
          place(out, covered, make, k, f + 1, 'cue:label');
          k = f;
          continue;
        }
      }
    }
    if (covered[k]) continue;
    const t = ctx.tokens;
    let framed = false;
    // "everyone calls me ilse", "just call me ilse"; "call me back" is no name
    if (t[k - 1] === 'me' && sameSpeaker(ctx, k - 2, k)) {
      const verb = t[k - 2] ?? '';
      const called = verb === 'calls' || (verb === 'call' && CALL_OPENERS.has(t[k - 3] ?? ''));
      framed = called && framedName(view, k, covered);
    }
    // "who are you ilse i'm ...": the one addressed, closing the question
    if (
      QUESTION_LAST.has(t[k - 1]!) &&
      QUESTIONS.some((q) => startsWith(view, k - q.length, q)) &&
      framedName(view, k, covered)
    )
      framed = framed || k + 1 >= n || !sameSpeaker(ctx, k, k + 1) || CLAUSE_OPENERS.has(t[k + 1]!);
    // "so ilse who are you": the one addressed, opening the question
    if (
      t[k + 1] === 'who' &&
      startsWith(view, k + 1, ['who', 'are', 'you']) &&
      ['so', 'well', 'and', 'now', 'hey', 'okay'].includes(t[k - 1] ?? '')
    )
      framed = framed || framedName(view, k, covered);
    // "hi zorvan i'm contacting you": a greeting, the name, the writer's first clause
    if (GREETINGS.has(t[k - 1]!) && sameSpeaker(ctx, k - 1, k + 1) && ["i'm", 'i'].includes(t[k + 1] ?? ''))
      framed = framed || (framedName(view, k, covered) && view.evidence(k) >= NameEvidence.Unknown);
    // "than early varnholt": an artist's early work
    if (t[k - 1] === 'early' && BEFORE_EARLY.has(t[k - 2] ?? '') && sameSpeaker(ctx, k - 2, k))
      framed =
        framed ||
        (view.evidence(k) >= NameEvidence.Listed &&
          (nameKinds(view.base[k]!) & GIVEN) === 0 &&
          plainWord(view, k, covered)) ||
        unlistedName(view, k, covered);
    // "kelvin is from northwind", "randy had given ...": a given name that is also a rare word,
    // the subject of a verb said of people
    if (
      PERSON_VERB_FIRST.has(t[k + 1] ?? '') &&
      PERSON_VERBS.some((v) => startsWith(view, k + 1, v)) &&
      sameSpeaker(ctx, k, k + 1) &&
      !NOT_BEFORE_SUBJECT.has(t[k - 1] ?? '') &&
      plainWord(view, k, covered, true) &&
      view.evidence(k) >= NameEvidence.CommonWord
    )
      framed = framed || rareGiven(view, k, covered);
    if (!framed) continue;
    place(out, covered, make, k, k + 1, 'cue:context');
  }
}
