/**
 * "Is this an ordinary English word?" — the guard that keeps name gazetteers from firing on words
 * like "will", "pleasure" or "policy", which humannames lists as names. compromise's lexicon covers
 * function words, verbs and adjectives but few nouns, so a list of frequent nouns and call-centre
 * vocabulary (general English, not tied to any transcript) and a suffix rule fill the gap.
 */
import { lexiconTags, lexiconWordsTagged } from './lexicon.js';
import { wordSet } from './name-data.js';

/** Hesitations and backchannels of raw ASR output. */
export const FILLERS: ReadonlySet<string> = wordSet('names/fillers');

/** Frequent everyday and call-centre words compromise lacks (lexicons/names/everyday). */
const COMMON: ReadonlySet<string> = wordSet('names/everyday');

/** Titles and honorifics: they precede names but are never part of one. */
const TITLES: ReadonlySet<string> = wordSet('names/titles');

/** A frequent everyday or call-centre word from the list above, or a title. */
export function isEverydayWord(token: string): boolean {
  return COMMON.has(token) || TITLES.has(token);
}

const CLOSED_TAGS = new Set([
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
  'Adverb',
  'Expression',
  'Negative',
  'Reflexive',
  'Possessive',
  'Cardinal',
  'Ordinal',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Unit',
  'Currency',
]);

const OPEN_TAGS = new Set([
  'Verb',
  'Imperative',
  'Adjective',
  'Comparative',
  'Superlative',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Plural',
  'Singular',
  'Noun',
  'Uncountable',
  'Actor',
]);

// the lexicon's words of each tag group, built on first use (kept here: no lookup of the sets per word)
let closed: ReadonlySet<string> | undefined;
let open: ReadonlySet<string> | undefined;
let nouns: ReadonlySet<string> | undefined;
const closedWords = (): ReadonlySet<string> => (closed ??= lexiconWordsTagged(CLOSED_TAGS));
const openWords = (): ReadonlySet<string> => (open ??= lexiconWordsTagged(OPEN_TAGS));
const nounWords = (): ReadonlySet<string> => (nouns ??= lexiconWordsTagged(NOUN_TAGS));
// the unions the two hottest tests ask (several times per word): one Set lookup instead of two to four
let functionWords: ReadonlySet<string> | undefined;
let listedCommon: ReadonlySet<string> | undefined;
/** FILLERS and the closed-class words */
const functionWordSet = (): ReadonlySet<string> =>
  (functionWords ??= new Set([...FILLERS, ...closedWords()]));
/** COMMON, the function words and the open-class words */
const listedCommonSet = (): ReadonlySet<string> =>
  (listedCommon ??= new Set([...COMMON, ...functionWordSet(), ...openWords()]));

/** Suffixes of English nouns and adjectives that names (nearly) never have. */
const ENGLISH_SUFFIX = /(?:ment|tion|sion|ness|ship|able|ible|ful|less|ous)$/;

/** Closed-class words (pronouns, prepositions, modals, numbers, months...) — never a name. */
export function isFunctionWord(token: string): boolean {
  return functionWordSet().has(token);
}

/**
 * Closed-class words that name a thing rather than glue words together: a currency, a month or
 * weekday, a unit, an exclamation ("yen", "jan", "hai"). Names of places open with them ("Yen Bai",
 * "Jan Mayen", "Hai Phong"), which never open with a pronoun or a preposition.
 */
const NAMING_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Duration', 'Unit', 'Currency', 'Expression']);

/** A function word that only names something (isFunctionWord, but not a grammar or number word). */
export function isNamingFunctionWord(token: string): boolean {
  if (FILLERS.has(token)) return false;
  const tags = lexiconTags(token);
  return (
    tags !== undefined &&
    tags.some((t) => NAMING_TAGS.has(t)) &&
    !tags.some((t) => CLOSED_TAGS.has(t) && !NAMING_TAGS.has(t))
  );
}

/** An ordinary English word (function word, known verb/adjective/noun, frequent noun, English suffix). */
export function isCommonWord(token: string): boolean {
  if (listedCommonSet().has(token)) return true;
  if (token.length > 4 && ENGLISH_SUFFIX.test(token)) return true;
  // a plural of a known noun ("sports", "bees"); callers check frequent names first ("barnes")
  return token.length > 3 && token.endsWith('s') && isKnownNoun(token.slice(0, -1));
}

const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable', 'Actor']);

function isKnownNoun(token: string): boolean {
  return COMMON.has(token) || nounWords().has(token);
}
