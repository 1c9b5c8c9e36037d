/**
 * Company, brand, product and virtual-assistant names that look like people's names ("Wendy's",
 * "Ford", "Alexa", "Dell", "Mercedes", "Jordans", "Trader Joe's", "Toyota Sienna"). They are not
 * PII and must stay visible, so the person detector treats them as ordinary words: only a strong
 * cue ("my name is ...") can still make one a name. The data (lexicons/brands/): well-known brands
 * and products whose names are also first names or surnames; plus compromise's Organization entries.
 */
import { lexiconEntries, lexiconWordsTagged } from './gazetteer/lexicon.js';
import { normaliseToken } from './context.js';
import { wordSet } from './gazetteer/name-data.js';

/** Multi-word brands whose words are names on their own ("trader joe's", "wells fargo"). */
const BRAND_PHRASES: readonly string[] = [...wordSet('brands/phrases')];

/**
 * Heads of organisation names: "Harper Title & Escrow", "mercy general hospital", "Lakeside Inn",
 * "Lakeside Mutual". The capitalised or unknown words right before one are the company's name.
 */
const ORG_HEADS: ReadonlySet<string> = wordSet('brands/org-heads');
/** Heads of place names that take a possessive ("Saint Luke's Hospital"); "john's insurance" is a person's. */
const POSSESSIVE_HEADS = wordSet('brands/possessive-heads');
/** Kin nouns that also head company names ("brothers"): "Varga Brothers" is a firm, "the Varga brothers" a family. */
const KIN_HEADS: ReadonlySet<string> = wordSet('names/context/household-nouns');

/**
 * Is the head at i a kin noun written in lower case after a capitalised word ("the Varga brothers")?
 * Text written in case capitalises every word of a company's name, so that is the family.
 */
export function kinNounAfterName(token: string, text: string, textBefore: string): boolean {
  return KIN_HEADS.has(token) && /^\p{Ll}/u.test(text) && /^\P{L}*\p{Lu}/u.test(textBefore);
}
/** Joiners inside company names: "Smith & Wesson", "title and escrow". */
const ORG_JOINERS = new Set(['&', 'and', 'n']);
const MAX_ORG_WORDS = 3;

/** Single-word brands and products; possessive and plural forms where they are the brand. */
const BRANDS: ReadonlySet<string> = wordSet('brands/words');
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
const straight = (token: string): string => (token.includes('’') ? token.replace(/’/g, "'") : token);

/** Is this lower-case token (possessive or plural included) a brand that looks like a name? */
export function isBrand(token: string): boolean {
  return brandWords().has(straight(token));
}

/** BRANDS and the lexicon's organisation words in one Set (isBrand is asked per word, often twice). */
let brandSet: ReadonlySet<string> | undefined;
const brandWords = (): ReadonlySet<string> =>
  (brandSet ??= new Set([...BRANDS, ...lexiconWordsTagged(ORG_TAGS)]));

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
  // "McDonald 's", "Wendy s": a brand written as a possessive with the clitic split off, as the
  // brand glued ("wendy's") already reads
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i + 1] === 's' && !mask[i] && BRANDS.has(`${straight(tokens[i]!)}'s`)) mask.fill(1, i, i + 2);
  return mask;
}

/** Words joined to "co-" ("co-written"): raw ASR writes them apart. */
const CO_COMPOUNDS: ReadonlySet<string> = wordSet('brands/co-compounds');

/** "directed by ivo brandt co written by ...": raw ASR's "co" of "co-written" heads no company. */
export function coPrefix(tokens: readonly string[], i: number): boolean {
  return tokens[i] === 'co' && CO_COMPOUNDS.has(tokens[i + 1] ?? '');
}

/**
 * Marks the words of company names that end in an organisation head ("Harper Title & Escrow",
 * "mercy general hospital", "Lakeside Inn"): up to three words before the head, back to a word
 * the caller says is ordinary or ends a person's name (`stop`: function words, cues, "martim
 * rocha" before "sino global") or a sentence break.
 */
export function orgPhraseMask(
  tokens: readonly string[],
  texts: readonly string[],
  stop: (token: string, index: number) => boolean,
): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    if (
      !ORG_HEADS.has(tokens[i]!) ||
      coPrefix(tokens, i) ||
      kinNounAfterName(tokens[i]!, texts[i]!, texts[i - 1]!)
    )
      continue;
    let start = i;
    let named = 0;
    for (let k = i - 1; k >= Math.max(0, i - 2 * MAX_ORG_WORDS) && named < MAX_ORG_WORDS; k--) {
      // a comma only inside a title-case list of names: "The Harlow, Bennett and Fairfax Orchestra"
      if (/[.!?;:]["')\]]*$/u.test(texts[k]!) || (/,$/u.test(texts[k]!) && !/^\p{Lu}/u.test(texts[k]!)))
        break;
      const t = tokens[k]!;
      const joiner = ORG_JOINERS.has(t) || texts[k] === '&';
      if (!joiner && (t === '' || stop(t, k))) break;
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
const PRODUCTS: ReadonlySet<string> = wordSet('brands/products');

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
