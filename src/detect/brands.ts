/**
 * Company, brand, product and virtual-assistant names that look like people's names ("Wendy's",
 * "Ford", "Alexa", "Dell", "Mercedes", "Jordans", "Trader Joe's", "Toyota Sienna"). They are not
 * PII and must stay visible, so the person detector treats them as ordinary words: only a strong
 * cue ("my name is ...") can still make one a name. Plain data: well-known brands and products
 * whose names are also first names or surnames, plus compromise's Organization entries.
 */
import { lexiconEntries, hasLexiconTag } from './gazetteer/lexicon.js';
import { normaliseToken } from './context.js';

const words = (...groups: string[]): string[] => groups.join(' ').split(/\s+/).filter(Boolean);

/** Single-word brands and products, lower-case; possessive and plural forms where they are the brand. */
const BRAND_WORDS = words(
  // virtual assistants and smart devices
  'alexa siri cortana bixby echo kindle roku roomba',
  // cars and their models that double as names
  'ford mercedes benz porsche ferrari lamborghini tesla chevy chevrolet dodge chrysler cadillac buick jeep',
  'honda toyota nissan subaru kia hyundai mazda lexus audi bmw volvo jaguar bentley maserati mclaren',
  'bugatti acura infiniti mitsubishi suzuki datsun fiat peugeot renault citroen skoda opel saab rivian',
  'ducati yamaha kawasaki sienna sierra camry corolla elantra sonata kona malibu tahoe yukon avalon',
  'maxima altima sentra versa jetta passat tiguan optima sorento odyssey escalade navigator bronco',
  'mustang taurus durango pacifica wrangler cherokee prius tundra sequoia yaris highlander outback',
  'forester impreza crosstrek silverado corvette camaro',
  // tech and electronics
  'dell hp compaq lenovo acer asus samsung motorola nokia sony philips toshiba panasonic garmin fitbit',
  'bose jabra logitech canon nikon epson xerox arlo iphone ipad macbook chromebook inspiron thinkpad',
  'apple google microsoft pixel galaxy xbox playstation nintendo',
  // home appliances
  'dyson hoover kenmore maytag whirlpool frigidaire miele bissell casper',
  // retail, restaurants and fashion (possessive forms are the brand)
  "wendy's wendys mcdonald's mcdonalds denny's dennys arby's arbys hardee's chili's applebee's culver's",
  "zaxby's domino's macy's macys kohl's kohls lowe's lowes dillard's dillards dick's",
  'nordstrom walgreens kroger safeway costco walmart sears wegmans publix meijer albertsons marshalls',
  'jordans nike adidas puma reebok vans levis wrangler carhartt hilfiger gucci prada chanel dior',
  'versace armani burberry vuitton hermes sephora ulta wayfair etsy amazon',
  // banks, insurers, services
  'chase fargo fidelity vanguard allstate geico progressive nationwide humana aetna cigna verizon',
  'comcast xfinity hulu netflix disney peloton uber lyft doordash marriott hyatt wyndham',
  // hotels
  'hilton hampton sheraton westin radisson ritz fairmont kimpton hyatt omni loews doubletree embassy',
  // smart home and security
  'nest ecobee arlo wyze simplisafe vivint',
  // food brands
  'heinz kraft hershey nestle dannon oreo pepsi',
);

/** Multi-word brands whose words are names on their own ("trader joe's", "wells fargo"). */
const BRAND_PHRASES: readonly string[] = [
  "trader joe's",
  "papa john's",
  "jimmy john's",
  "sam's club",
  "bj's wholesale",
  "victoria's secret",
  'dr pepper',
  "dr scholl's",
  'wells fargo',
  'charles schwab',
  'edward jones',
  'morgan stanley',
  'raymond james',
  'liberty mutual',
  'kaiser permanente',
  'john deere',
  'jack daniels',
  'martha stewart',
  'betty crocker',
  "uncle ben's",
  'sara lee',
  'jenny craig',
  'mary kay',
  'estee lauder',
  'lane bryant',
  'ann taylor',
  'ruby tuesday',
  'bob evans',
  'ethan allen',
  'calvin klein',
  'ralph lauren',
  'tommy hilfiger',
  'louis vuitton',
  'harley davidson',
  'jack in the box',
  'marie callender',
  'fisher price',
  'johnson & johnson',
  'sallie mae',
  'fannie mae',
  'freddie mac',
  'jackson hewitt',
  'h&r block',
  'con edison',
  'con ed',
  "burt's bees",
  "mrs meyer's",
  "ben & jerry's",
  "papa murphy's",
  'little caesars',
  'jimmy dean',
  'aunt jemima',
  'duncan hines',
  'paul mitchell',
  'michael kors',
  'kate spade',
  'vera bradley',
  'eddie bauer',
  'best western',
  'holiday inn',
  'la quinta',
  'johns hopkins',
  'mayo clinic',
  'cedars sinai',
  'mount sinai',
  'barnes & noble',
  'barnes and noble',
  'harris teeter',
  'dollar general',
  'home depot',
  'fred meyer',
  "ruth's chris",
  "carl's jr",
  'kelley blue book',
  'taylor morrison',
  'john hancock',
  'lincoln financial',
  'ally bank',
];

/**
 * Heads of organisation names: "Harper Title & Escrow", "mercy general hospital", "Lakeside Inn",
 * "Lakeside Mutual". The capitalised or unknown words right before one are the company's name.
 */
const ORG_HEADS: ReadonlySet<string> = new Set(
  words(
    'inn inns hotel hotels motel suites resort lodge hospital hospitals clinic clinics medical healthcare',
    'title escrow realty realtors properties bank bancorp insurance mutual assurance financial lending',
    'energy electric utilities telecom wireless cellular communications motors automotive dental',
    'pharmacy pharmaceuticals labs laboratories group partners associates llc inc corp corporation',
    'company ltd foods grocers',
  ),
);
/** Heads of place names that take a possessive ("Saint Luke's Hospital"); "john's insurance" is a person's. */
const POSSESSIVE_HEADS = new Set(['hospital', 'clinic', 'inn', 'hotel', 'motel', 'lodge', 'resort']);
/** Joiners inside company names: "Smith & Wesson", "title and escrow". */
const ORG_JOINERS = new Set(['&', 'and', 'n']);
const MAX_ORG_WORDS = 3;

const BRANDS: ReadonlySet<string> = new Set(BRAND_WORDS);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);

let phrasesByFirst: Map<string, string[][]> | undefined;

/** Brand phrases indexed by their first token, longest first; compromise's multi-word organisations too. */
function phraseIndex(): Map<string, string[][]> {
  if (!phrasesByFirst) {
    phrasesByFirst = new Map();
    const orgs = lexiconEntries(ORG_TAGS).filter((w) => w.includes(' '));
    // ASR drops apostrophes: "trader joes", "papa johns"
    const bare = BRAND_PHRASES.filter((p) => p.includes("'")).map((p) => p.replace(/'/g, ''));
    for (const phrase of [...BRAND_PHRASES, ...bare, ...orgs]) {
      const tokens = phrase.split(' ').map(normaliseToken);
      const list = phrasesByFirst.get(tokens[0]!) ?? [];
      list.push(tokens);
      phrasesByFirst.set(tokens[0]!, list);
    }
    for (const list of phrasesByFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  return phrasesByFirst;
}

/** Curly apostrophes as straight ones ("Joe’s" -> "joe's"). */
const straight = (token: string): string => token.replace(/’/g, "'");

/** Is this lower-case token (possessive or plural included) a brand that looks like a name? */
export function isBrand(token: string): boolean {
  const t = straight(token);
  return BRANDS.has(t) || hasLexiconTag(t, ORG_TAGS);
}

/**
 * Marks the words that belong to a multi-word brand ("trader joe's", "wells fargo") in a call's
 * normalised tokens. One Map lookup per token.
 */
export function brandPhraseMask(tokens: readonly string[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  const index = phraseIndex();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(straight(tokens[i]!));
    if (!candidates) continue;
    for (const phrase of candidates) {
      let ok = i + phrase.length <= tokens.length;
      for (let k = 1; k < phrase.length && ok; k++) ok = straight(tokens[i + k]!) === phrase[k];
      if (ok) {
        mask.fill(1, i, i + phrase.length);
        i += phrase.length - 1;
        break;
      }
    }
  }
  return mask;
}

/**
 * Marks the words of company names that end in an organisation head ("Harper Title & Escrow",
 * "mercy general hospital", "Lakeside Inn"): up to three words before the head, back to a word
 * the caller says is ordinary (`stop`: function words, cues) or a sentence break.
 */
export function orgPhraseMask(
  tokens: readonly string[],
  texts: readonly string[],
  stop: (token: string) => boolean,
): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    if (!ORG_HEADS.has(tokens[i]!)) continue;
    let start = i;
    let named = 0;
    for (let k = i - 1; k >= Math.max(0, i - 2 * MAX_ORG_WORDS) && named < MAX_ORG_WORDS; k--) {
      if (/[.!?,;:]["')\]]*$/u.test(texts[k]!)) break;
      const t = tokens[k]!;
      const joiner = ORG_JOINERS.has(t) || texts[k] === '&';
      if (!joiner && (t === '' || stop(t))) break;
      if (/['’]s$/u.test(t) && !POSSESSIVE_HEADS.has(tokens[i]!)) break;
      if (!joiner) named++;
      start = k;
    }
    // a company name never starts with a joiner: "maria and the hospital"
    while (start < i && (ORG_JOINERS.has(tokens[start]!) || texts[start] === '&')) start++;
    mask.fill(1, start, i);
  }
  return mask;
}

/** Packaged goods after a possessive brand: "Meyer's soap", "Dana's Honey lip balm". */
const PRODUCTS: ReadonlySet<string> = new Set(
  words(
    'soap soaps balm lotion shampoo conditioner detergent cleaner spray wipes candle candles cereal',
    'cookies crackers chips pizza sauce toothpaste deodorant sunscreen moisturizer lip hand dish',
  ),
);

/** Marks possessive words followed (within two words) by a packaged-goods noun. */
export function possessiveProductMask(tokens: readonly string[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.endsWith("'s") && !t.endsWith('’s')) continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      if (PRODUCTS.has(tokens[k]!)) {
        mask.fill(1, i, k);
        break;
      }
    }
  }
  return mask;
}
