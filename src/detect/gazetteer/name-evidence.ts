/**
 * How much a single lower-case token looks like a person's name, from gazetteers alone.
 * Detectors combine this with context: the weaker the evidence, the stronger the cue they need.
 */
import { isBrand } from '../brands.js';
import { isCommonWord, isEverydayWord, isFunctionWord, FILLERS } from './common-words.js';
import { hasLexiconTag, lexiconTags } from './lexicon.js';
import { AMBIGUOUS_NAMES, isFrequentName, isListedName } from './names.js';
import { isUsState } from './us-states.js';
import { wordSet } from './name-data.js';
import { SURNAME_PARTICLES } from './particles.js';
import {
  FAMILY,
  GIVEN,
  WORLD_RARE,
  englishLevel,
  foldName,
  hasFamilyNameEnding,
  isNationality,
  isUnspacedFullName,
  nameKinds,
} from './name-lexicon.js';
import { hasNamePrefix } from './name-prefixes.js';

/** A family-name ending or a name beginning of some language (lexicons/names/family-suffixes, name-prefixes). */
const hasNameShape = (word: string): boolean => hasFamilyNameEnding(word) || hasNamePrefix(word);

export enum NameEvidence {
  /** function word, filler, number, not letters: never a name */
  None = 0,
  /** an ordinary word that some people bear as a name ("green", "pleasure"): needs a strong cue */
  CommonWord = 1,
  /** unknown to every list (rare or foreign names, also ASR oddities): needs a cue */
  Unknown = 2,
  /** listed name that is not an ordinary word, or a frequent name that is also a word ("mark") */
  Listed = 3,
  /** frequent first/last name, not an ordinary word, not a brand or place: enough on its own */
  Frequent = 4,
}

const COUNTRY = new Set(['Country']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Demonym']);
const VERB_TAGS = new Set([
  'Verb',
  'PastTense',
  'Gerund',
  'PresentTense',
  'Participle',
  'PhrasalVerb',
  'Adverb',
]);
const INFLECTED = /(?:[^aeiou]ed|ing|ly|[^aeiosu]s)$/;
const CONTRACTION = /['’](?:re|ll|ve|d|m|t)$/u;
const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u;
const TRIPLED_LETTER = /(\p{L})\1\1/u;

/** lexicons/names/function-words, also without accents ("está" -> "esta", as raw ASR writes it) */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('names/function-words')].flatMap((w) => [w, foldName(w)]),
);

/** Strip a possessive: "maria's" -> "maria", "jones'" is already stripped by normaliseToken. */
export function nameBase(token: string): string {
  // per word of every call: a character test, not a regular expression
  const n = token.length;
  if (n < 2 || token.charCodeAt(n - 1) !== 0x73) return token;
  const q = token.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019 ? token.slice(0, -2) : token;
}

/**
 * Answers for ordinary words, kept across calls: most words of a call are the same few thousand
 * everyday words, and judging one costs a dozen lookups. Only words of letters judged no name
 * (None) are kept: names and numbers of a call are never held after it (they are PII). Cleared
 * when full, so memory stays bounded.
 */
const ordinary = new Set<string>();
const MAX_ORDINARY = 50_000;

export function nameEvidence(base: string): NameEvidence {
  if (ordinary.has(base)) return NameEvidence.None;
  const e = judgeName(base);
  if (e === NameEvidence.None && LETTERS.test(base)) {
    if (ordinary.size >= MAX_ORDINARY) ordinary.clear();
    ordinary.add(base);
  }
  return e;
}

function judgeName(base: string): NameEvidence {
  // "王伟", "김민준": family and given name in one word
  if (isUnspacedFullName(base)) return NameEvidence.Frequent;
  if (!LETTERS.test(base) || FILLERS.has(base)) return NameEvidence.None;
  // "yesss", "sooooo": a letter written three times over stretches a word; no name spells so
  if (base.length > 3 && TRIPLED_LETTER.test(base)) return NameEvidence.None;
  if (base.includes('-')) return hyphenatedEvidence(base);
  const frequent = isFrequentName(base);
  const ambiguous = AMBIGUOUS_NAMES.has(base);
  if (frequent && !ambiguous && !isBrand(base) && !isUsState(base)) return NameEvidence.Frequent;
  // "und", "nicht", "yang", "nahi": closed-class words of other languages, unless a per-country
  // list holds them as a given or family name
  if (!frequent && FOREIGN_FUNCTION_WORDS.has(base) && (nameKinds(base) & (GIVEN | FAMILY)) === 0)
    return NameEvidence.None;
  // "will", "may": names only where a strong cue says so (person.ts checks the phrase around them)
  if (isFunctionWord(base) || CONTRACTION.test(base))
    return frequent || ambiguous ? NameEvidence.CommonWord : NameEvidence.None;
  if (isEverydayWord(base) && !AMBIGUOUS_NAMES.has(base)) return NameEvidence.None;
  // "Danish", "Russian": some name lists hold nationality words
  if (isNationality(base))
    return frequent || isListedName(base) ? NameEvidence.CommonWord : NameEvidence.None;
  const common = isCommonWord(base) || AMBIGUOUS_NAMES.has(base);
  if (isBrand(base)) return NameEvidence.CommonWord;
  // "skip", "grace", "mark": frequent names that are words too need a cue (person.ts)
  if (frequent) return ambiguous ? NameEvidence.CommonWord : NameEvidence.Listed;
  const place = hasLexiconTag(base, PLACE_TAGS) || isUsState(base);
  // SCOWL level: 10-35 frequent English words ("frank", "lucid"), 40-50 rarer ones ("belle")
  const level = englishLevel(base);
  const everyday = common || (level !== undefined && level <= 35);
  // particles ("van", "der") belong to a full name: the chain rules of person.ts handle them
  // a rare given name of the world dictionary (no English word: name-lexicon.ts) only counts where
  // no other list speaks of the word
  const listed = nameKinds(base);
  const kinds = listed & ~WORLD_RARE;
  if (kinds !== 0 && !SURNAME_PARTICLES.has(base)) {
    // a given or family name of the per-country lists that is no English word or place is a name
    // on its own; the broad list that does not tell them apart also holds words ("goth", "kreis")
    if (!common && !place && level === undefined)
      return base.length >= 4 && (kinds & (GIVEN | FAMILY)) !== 0
        ? NameEvidence.Frequent
        : NameEvidence.Listed;
    if (everyday) return hasLexiconTag(base, VERB_TAGS) ? NameEvidence.None : NameEvidence.CommonWord;
    return place ? NameEvidence.CommonWord : NameEvidence.Listed;
  }
  if (isListedName(base)) {
    // a listed ordinary word can be a surname after a title ("dr gray") but not a verb ("prescribed")
    if (everyday) return hasLexiconTag(base, VERB_TAGS) ? NameEvidence.None : NameEvidence.CommonWord;
    if (place) return NameEvidence.CommonWord;
    // listed and shaped like a family name of some language ("zivkovic", "papadakis"): two signals
    return level === undefined && hasNameShape(base) ? NameEvidence.Frequent : NameEvidence.Listed;
  }
  if (common || isBrand(base) || place || level !== undefined) return NameEvidence.None;
  // "vehbija", "gijsbrecht": a given name some country's statistics count, however rarely: a name
  // with a cue, never alone
  if ((listed & WORLD_RARE) !== 0 && !SURNAME_PARTICLES.has(base))
    return hasNameShape(base) ? NameEvidence.Frequent : NameEvidence.Listed;
  // unknown to every list: an inflected English word ("prescribed", "drugs") rather than a rare name,
  // when its stem is a word; "langejans", "brugghens" have no English stem and stay unknown
  // a word with letters English does not write ("erdôs", "šušulić") is no English inflection
  if (INFLECTED.test(base) && ENGLISH_LETTERS.test(base) && hasEnglishStem(base)) return NameEvidence.None;
  // "yefremova", "ottarsdottir", "paavolainen": the ending of a family name of some language
  return hasNameShape(base) ? NameEvidence.Frequent : NameEvidence.Unknown;
}

const ENGLISH_LETTERS = /^[a-z'-]+$/u;

/** Is some word of the lexicons the stem of this inflected form ("prescribed" -> "prescribe")? */
function hasEnglishStem(base: string): boolean {
  const word = (w: string): boolean =>
    w.length >= 2 && (isCommonWord(w) || englishLevel(w) !== undefined || lexiconTagged(w));
  // "reshelved", "unboxing": a prefix on a word
  const known = (w: string): boolean =>
    word(w) || PREFIXES.some((p) => w.startsWith(p) && w.length - p.length >= 3 && word(w.slice(p.length)));
  for (const [ending, ...replacements] of INFLECTIONS) {
    if (!base.endsWith(ending)) continue;
    const stem = base.slice(0, -ending.length);
    // a short stem may be a word no list holds ("bots", "vlogs"): inflected, as the ending says
    if (stem.length < 5) return true;
    if (replacements.some((r) => known(stem + r))) return true;
    // a doubled consonant: "stopped" -> "stop", "running" -> "run"
    if (/(\p{L})\1$/u.test(stem) && known(stem.slice(0, -1))) return true;
  }
  return false;
}
/** Inflectional endings and what may replace them on the stem (English spelling rules). */
const INFLECTIONS: readonly (readonly [string, ...string[]])[] = [
  ['ies', 'y'],
  ['es', '', 'e'],
  ['s', ''],
  ['ied', 'y'],
  ['ed', '', 'e'],
  ['ing', '', 'e'],
  ['ily', 'y'],
  ['ly', '', 'le'],
];
/** English prefixes that make new words from old ones. */
const PREFIXES = ['re', 'un', 'pre', 'mis', 'dis', 'over', 'under', 'out', 'non', 'de'];
const lexiconTagged = (w: string): boolean => lexiconTags(w) !== undefined;

/**
 * "abu-samra", "hye-jin", "jean-pierre" are names; "e-mail", "follow-up", "check-in", "x-ray" are not.
 * Every part must be a plausible name part (particles allowed), and one must be listed or unknown.
 */
function hyphenatedEvidence(base: string): NameEvidence {
  if (isCommonWord(base.replace(/-/g, ''))) return NameEvidence.None;
  const parts = base.split('-');
  let best = NameEvidence.None;
  let syllables = 0;
  for (const part of parts) {
    if (PARTICLE_PARTS.has(part)) continue;
    if (part.length < 2) return NameEvidence.None;
    const e = nameEvidence(part);
    // "min-jun", "jae-sung": a two-syllable Korean or Chinese given name, one syllable an English
    // word ("jun", "sung"); the other syllable must be a name of its own
    if (e === NameEvidence.None && parts.length === 2 && romanisedSyllable(part)) {
      syllables++;
      continue;
    }
    if (e === NameEvidence.None) return NameEvidence.None;
    best = Math.max(best, e === NameEvidence.CommonWord ? NameEvidence.Unknown : e);
  }
  if (syllables > 0 && best < NameEvidence.Listed) return NameEvidence.None;
  return Math.min(best, NameEvidence.Listed);
}

/** One romanised Korean/Chinese syllable (onset, vowel, optional final); "jun" is also a month, "in" no syllable. */
const SYLLABLE =
  /^(?:[bcdghjklmnpst]|ch|sh|zh|ts|ss|jj|kk|pp|tt)?(?:[aeiou]|y[aeou]|w[aeio]|ae|eo|eu|oe|ui|ai|ao|ei|ou|ia|ie|iu|ua|uo)(?:ng|n|m|k|l|p|t)?$/u;
const romanisedSyllable = (part: string): boolean =>
  part.length <= 5 && SYLLABLE.test(part) && (part.length >= 3 || !isFunctionWord(part));

/** Name prefixes allowed as parts of hyphenated names ("abu-samra"). */
const PARTICLE_PARTS = wordSet('names/context/hyphen-prefixes');

/** An ordinary word or place that is also a common surname ("green", "park", "mendoza"). */
export function isSurnameLike(base: string): boolean {
  if (isUsState(base) || hasLexiconTag(base, COUNTRY)) return false;
  return AMBIGUOUS_NAMES.has(base) || (isListedName(base) && hasLexiconTag(base, PLACE_TAGS));
}
