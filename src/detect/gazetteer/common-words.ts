/**
 * "Is this an ordinary English word?" — the guard that keeps name gazetteers from firing on words
 * like "will", "pleasure" or "policy", which humannames lists as names. compromise's lexicon covers
 * function words, verbs and adjectives but few nouns, so a list of frequent nouns and call-centre
 * vocabulary (general English, not tied to any transcript) and a suffix rule fill the gap.
 */
import { lexiconTags } from './lexicon.js';

/** Hesitations and backchannels of raw ASR output. */
export const FILLERS: ReadonlySet<string> = new Set(
  'uh um umm uhm er erm ah ahh eh hm hmm mm mhm mmhmm uh-huh huh oh ooh hmmm'.split(' '),
);

const FREQUENT_WORDS = // conversation and backchannel
  (
    'okay ok yeah yep yup yes no nope sure alright right well like just so thanks thank please sorry hello hi ' +
    'hey bye goodbye welcome great perfect good fine awesome wonderful excellent lovely cool absolutely ' +
    'exactly correct definitely certainly actually really maybe also too anyway anything something nothing ' +
    // time
    'today tomorrow yesterday tonight morning afternoon evening night week weekend month year day days time ' +
    'minute minutes hour hours moment second seconds noon midnight date january february march april may ' +
    'june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday ' +
    // call-centre nouns
    'account number card phone email mail address street name names policy payment payments bill billing ' +
    'order orders claim case ticket service services support plan plans business office department team ' +
    'store shop pharmacy insurance bank credit debit checking savings balance fee fees charge charges ' +
    'refund return returns delivery package shipping line call calls message voicemail text internet cable ' +
    'mobile cell home work job company customer customers member manager supervisor agent representative ' +
    'rep technician tech doctor nurse clinic hospital appointment prescription pharmacy refill medication ' +
    'pleasure patience problem problems issue issues question questions help record records file system ' +
    'computer laptop router modem device devices screen app website site online password login code pin ' +
    'security verification information info detail details update change changes request form letter ' +
    'check cheque cash money price cost total amount dollars dollar cents rate interest loan mortgage ' +
    'car truck vehicle auto driver accident damage repair parts part item items product products model ' +
    'size color colour box store mall center centre group union summit harbor harbour gateway crew crews ' +
    'data fiber fibre signal network speed wifi coverage wallet purse dog cat pet kids kid family friend ' +
    'guy lady sir madam maam miss mister speaker dot underscore dash hyphen period ' +
    'wife husband son sons daughter daughters brother sister mother father mom dad mum parent parents ' +
    'grandma grandpa grandmother grandfather aunt uncle cousin nephew niece partner spouse boyfriend ' +
    'girlfriend fiance fiancee roommate neighbor neighbour coworker colleague boss landlord caregiver ' +
    // places and directions that appear in addresses but are not names on their own
    'north south east west northeast northwest southeast southwest city town county state country village ' +
    'san santa los las fort port mount saint ' +
    'downtown uptown area region zip postal code unit suite apartment floor building ' +
    'street road avenue drive lane court place way boulevard terrace trail circle parkway highway route ' +
    'maple oak pine cedar elm birch willow cherry walnut spruce magnolia juniper aspen hickory poplar ' +
    'lake river creek valley hill hills ridge canyon meadow forest grove orchard park garden spring springs ' +
    'bay beach island mountain view point pointe heights glen hollow mill pond quail fox ' +
    // other frequent nouns
    'thing things way people person man woman men women child children girl boy baby life world hand ' +
    'part place point side end head house room door window water food fact reason idea result level ' +
    'front back top bottom left lot bit kind sort type list set ' +
    'birth death health care dental vision medical sim fender bender guardian current basic standard ' +
    'premium gold silver bronze platinum pro plus max mini flex mesh moto ' +
    // pronouns and quantifiers compromise's lexicon lacks
    'none nobody nothing everyone everybody someone somebody anyone anybody either neither ' +
    // businesses, organisations and their departments (also heads of company names: see brands.ts)
    'inn hotel motel resort lodge suites hospital clinic title escrow realty mutual energy electric utility ' +
    'utilities gas water power cable wireless telecom airline airlines airways bakery diner grill pizza cafe ' +
    'tier level tiers package bundle sports sport nest thermostat heritage legacy pioneer frontier liberty ' +
    'patriot eagle falcon phoenix titan atlas apex summit pinnacle premier prime elite select choice ' +
    // products and household nouns
    'soap balm lip lotion shampoo detergent cleaner spray wipes towel towels candle candles cereal cookie ' +
    'cookies chips coffee tea juice milk bread cheese butter sauce lamp blender toaster vacuum mattress ' +
    'couch sofa chair table desk bed dresser fridge freezer washer dryer oven stove microwave heater fan ' +
    'camera speaker headphones charger cable battery batteries printer monitor keyboard mouse tablet ' +
    'watch ring bracelet necklace shirt shoes boots jacket coat dress bag luggage suitcase ticket seat ' +
    'flight gate terminal baggage room reservation booking stay checkin checkout lobby pool gym ' +
    'christmas easter thanksgiving halloween hanukkah kwanzaa holiday holidays birthday anniversary'
  ).split(/\s+/);

const COMMON: ReadonlySet<string> = new Set(FREQUENT_WORDS);

/** Titles and honorifics: they precede names but are never part of one. */
const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof sir madam maam mister missus misses miss doctor'.split(' '),
);

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

/** Suffixes of English nouns and adjectives that names (nearly) never have. */
const ENGLISH_SUFFIX = /(?:ment|tion|sion|ness|ship|able|ible|ful|less|ous)$/;

/** Closed-class words (pronouns, prepositions, modals, numbers, months...) — never a name. */
export function isFunctionWord(token: string): boolean {
  if (FILLERS.has(token)) return true;
  const tags = lexiconTags(token);
  return tags !== undefined && tags.some((t) => CLOSED_TAGS.has(t));
}

/** An ordinary English word (function word, known verb/adjective/noun, frequent noun, English suffix). */
export function isCommonWord(token: string): boolean {
  if (COMMON.has(token) || isFunctionWord(token)) return true;
  const tags = lexiconTags(token);
  if (tags !== undefined && tags.some((t) => OPEN_TAGS.has(t))) return true;
  if (token.length > 4 && ENGLISH_SUFFIX.test(token)) return true;
  // a plural of a known noun ("sports", "bees"); callers check frequent names first ("barnes")
  return token.length > 3 && token.endsWith('s') && isKnownNoun(token.slice(0, -1));
}

const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable', 'Actor']);

function isKnownNoun(token: string): boolean {
  if (COMMON.has(token)) return true;
  const tags = lexiconTags(token);
  return tags !== undefined && tags.some((t) => NOUN_TAGS.has(t));
}
