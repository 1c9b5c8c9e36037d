/**
 * Place names for the parts of an address after the street: cities (lexicons/address/cities/<CC>.txt,
 * ~120,000 names), first-level regions (regions/<CC>.txt, "Name ; CODE") and country names
 * (countries.txt, "Name ; CC"). Read once per process.
 *
 * Cities are the large list, so they are kept compactly: a sorted Uint32Array of 32-bit hashes of
 * the folded names with a parallel array of country indexes (about 6 bytes per name, no strings).
 * A hash collision can make an unknown word look like a city (odds ~1 in 35,000 per lookup); the
 * grammar only asks about words in an address position, where that costs nothing.
 *
 * A lone city is never an address: these lists only extend or anchor address parts.
 */
import { readWordList, readWordListsIn } from '../lexicon-files.js';
import { normaliseToken } from '../context.js';
import { fold } from './vocab.js';

/** Folded words of a place name as the detector's tokens would read it. */
export function placeWords(name: string): string[] {
  // fast path for the plain ASCII names that make up most of the lists
  // "Andaman & Nicobar": the ampersand reads "and", as the address view reads it
  return name
    .split(/\s+/)
    .map((w) => (w === '&' ? 'and' : fold(normaliseToken(w))))
    .filter(Boolean);
}

/** A folded dotted initialism ("u.s", "d.c"): raw ASR says its letters one by one. */
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
/** A hyphen between two letters of one word. */
const INNER_HYPHEN = /\p{L}-\p{L}/u;

/**
 * The folded words of a place name and, when a word is a dotted initialism, the same name with its
 * letters said apart ("U.S. Virgin Islands" is said "u s virgin islands"); when a word is
 * hyphenated, the same name with its parts apart.
 */
function nameForms(w: string[]): string[][] {
  const forms = [w];
  if (w.some((x) => DOTTED_INITIALS.test(x)))
    forms.push(w.flatMap((x) => (DOTTED_INITIALS.test(x) ? x.split('.') : [x])));
  // "Basel-Landschaft", "Île-du-Prince-Édouard": raw ASR says the parts as words
  if (w.some((x) => INNER_HYPHEN.test(x))) forms.push(w.flatMap((x) => x.split('-').filter(Boolean)));
  return forms;
}

/** Words that name a form of state before "of" in an official country name. */
const STATE_FORMS = new Set(
  'republic state states kingdom federation commonwealth principality duchy sultanate emirate territory province union islands'.split(
    ' ',
  ),
);

/**
 * An official name "<form of state> of <name>" in the order ISO 3166-1 lists it and address lines
 * often end with it: "Islamic Republic of Iran" -> "Iran, Islamic Republic of" (folded words; the comma is
 * read apart).
 */
function invertedForms(w: string[]): string[][] {
  const of = w.indexOf('of');
  if (of < 1 || !STATE_FORMS.has(w[of - 1]!)) return [];
  const head = w.slice(0, of + (w[of + 1] === 'the' ? 2 : 1));
  const rest = w.slice(head.length);
  // ISO 3166-1 also writes the article after the comma when the long name has one
  return rest.length > 0 && rest.length <= 2
    ? [
        [...rest, ...head],
        [...rest, 'the', ...head],
      ]
    : [];
}

export const HASH_SEED = 0x811c9dc5;

/** FNV-1a over a string, continuing from `h` (so "a b" hashes as "a", then " b"). */
export function fnv1a(s: string, h = HASH_SEED): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const MAX_CITY_WORDS = 4;
const FOLDED = /^[a-z][a-z-]*(?: [a-z-]+)*$/;

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * A bit per hash value (folded to `bits` bits): a clear bit proves a hash is in no list, so most
 * words, which name no place, are answered by one probe of a small array instead of a binary
 * search or a Map lookup over a large index (each mostly a wait on memory). A set bit proves nothing.
 */
export class HashFilter {
  private readonly words: Uint32Array;
  private readonly mask: number;
  constructor(bits: number) {
    this.words = new Uint32Array(2 ** Math.max(bits - 5, 0));
    this.mask = 2 ** bits - 1;
  }
  private slot(h: number): number {
    return (h ^ (h >>> 15)) & this.mask;
  }
  add(h: number): void {
    const s = this.slot(h);
    this.words[s >>> 5]! |= 1 << (s & 31);
  }
  mayHave(h: number): boolean {
    const s = this.slot(h);
    return (this.words[s >>> 5]! & (1 << (s & 31))) !== 0;
  }
}

/** The answer for a name no list holds, shared (callers only read it). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

class CityIndex {
  readonly codes: string[] = [];
  /** ~130,000 hashes in 2^21 bits: ~6% of unknown words pass to the binary search */
  private readonly filter = new HashFilter(21);
  private readonly hashes: Uint32Array;
  private readonly countries: Uint16Array;

  constructor(lists: Map<string, string[]>) {
    // hash * 2^16 + country index, sorted as doubles (exact below 2^53): one typed sort
    const pairs: number[] = [];
    for (const [file, names] of lists) {
      const cc = file.split(/[-.]/)[0]!.toUpperCase();
      let index = this.codes.indexOf(cc);
      if (index < 0) index = this.codes.push(cc) - 1;
      for (const name of names) {
        // generated lists are already folded ("abja-paluoja", "sao paulo"): hash them as they are
        const key = FOLDED.test(name) ? name : placeWords(name).join(' ');
        if (key === '' || wordCount(key) > MAX_CITY_WORDS) continue;
        pairs.push(fnv1a(key) * 65536 + index);
        // "Abja-Paluoja" is also said "abja paluoja"
        if (key.includes('-')) {
          const spaced = key.replace(/-/g, ' ');
          if (wordCount(spaced) <= MAX_CITY_WORDS) pairs.push(fnv1a(spaced) * 65536 + index);
        }
      }
    }
    const sorted = Float64Array.from(pairs).sort();
    this.hashes = new Uint32Array(sorted.length);
    this.countries = new Uint16Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      this.hashes[i] = Math.floor(sorted[i]! / 65536);
      this.countries[i] = sorted[i]! % 65536;
      this.filter.add(this.hashes[i]!);
    }
  }

  /** Countries with a city of this folded name ("tallinn" -> [EE]); empty when none. */
  lookup(name: string): string[] {
    return this.lookupHash(fnv1a(name));
  }

  lookupHash(h: number): string[] {
    if (!this.filter.mayHave(h)) return NONE;
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.hashes.length || this.hashes[lo] !== h) return NONE;
    const out: string[] = [];
    for (let i = lo; i < this.hashes.length && this.hashes[i] === h; i++) {
      const cc = this.codes[this.countries[i]!]!;
      if (out[out.length - 1] !== cc) out.push(cc);
    }
    return out;
  }
}

interface Places {
  cities: CityIndex;
  /** hash of the folded region name -> countries */
  regions: Map<number, string[]>;
  /** region code as written (upper case) -> countries */
  regionCodes: Map<string, string[]>;
  regionMaxWords: number;
  /** hash of the folded country name -> ISO code */
  countries: Map<number, string>;
  /** the hashes of `regions` and of `countries` (see HashFilter) */
  regionFilter: HashFilter;
  countryFilter: HashFilter;
  countryMaxWords: number;
}

let places: Places | undefined;

const push = <K>(map: Map<K, string[]>, key: K, value: string): void => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

function load(): Places {
  if (places) return places;
  const regions = new Map<number, string[]>();
  const regionCodes = new Map<string, string[]>();
  let regionMaxWords = 1;
  for (const [file, entries] of readWordListsIn('address/regions')) {
    // "AT-local.txt": names added by hand to a generated country file
    const cc = file.split('-')[0]!.toUpperCase();
    for (const e of entries) {
      const [name = '', code] = e.split(/\s*;\s*/);
      const words = placeWords(name);
      if (words.length === 0) continue;
      for (const w of nameForms(words)) {
        push(regions, fnv1a(w.join(' ')), cc);
        regionMaxWords = Math.max(regionMaxWords, w.length);
      }
      if (code && /^[A-Z0-9]{1,3}$/.test(code)) push(regionCodes, code, cc);
    }
  }
  const countries = new Map<number, string>();
  let countryMaxWords = 1;
  for (const e of [
    ...readWordList('address/countries.txt'),
    ...readWordList('address/countries-local.txt'),
  ]) {
    const [name = '', cc = ''] = e.split(/\s*;\s*/);
    const words = placeWords(name);
    if (words.length === 0 || cc === '') continue;
    for (const w of [...nameForms(words), ...invertedForms(words)]) {
      const h = fnv1a(w.join(' '));
      if (!countries.has(h)) countries.set(h, cc);
      countryMaxWords = Math.max(countryMaxWords, w.length);
    }
  }
  const regionFilter = new HashFilter(18);
  for (const h of regions.keys()) regionFilter.add(h);
  const countryFilter = new HashFilter(16);
  for (const h of countries.keys()) countryFilter.add(h);
  places = {
    cities: new CityIndex(readWordListsIn('address/cities')),
    regions,
    regionCodes,
    regionMaxWords: Math.min(regionMaxWords, 5),
    countries,
    countryMaxWords: Math.min(countryMaxWords, 7),
    regionFilter,
    countryFilter,
  };
  return places;
}

/** Countries with a city of this name (folded words joined by spaces). */
export function cityCountries(name: string): string[] {
  return load().cities.lookup(name);
}

/** The same by the name's hash (fnv1a of the folded words joined by spaces). */
export function cityCountriesByHash(h: number): string[] {
  return load().cities.lookupHash(h);
}

/** Countries with a first-level region of this name's hash. */
export function regionCountriesByHash(h: number): string[] {
  const p = load();
  return p.regionFilter.mayHave(h) ? (p.regions.get(h) ?? NONE) : NONE;
}

/** Countries with a first-level region of this name (folded words joined by spaces). */
export function regionCountries(name: string): string[] {
  return regionCountriesByHash(fnv1a(name));
}

/** Countries with a region code written like this ("ON", "NSW", "SP", Venezuela's "A"); case-sensitive. */
export function regionCodeCountries(code: string): string[] {
  return load().regionCodes.get(code) ?? [];
}

/** ISO code of a country name ("deutschland" -> DE), or undefined. */
export function countryCode(name: string): string | undefined {
  return countryCodeByHash(fnv1a(name));
}

export function countryCodeByHash(h: number): string | undefined {
  const p = load();
  return p.countryFilter.mayHave(h) ? p.countries.get(h) : undefined;
}

let sovereigns: Map<string, string[]> | undefined;

/** Does `country` hold `territory` ("BV" of "NO", "MO" of "CN")? lexicons/address/territories.txt. */
export function belongsTo(territory: string, country: string): boolean {
  if (!sovereigns) {
    sovereigns = new Map();
    for (const e of readWordList('address/territories.txt')) {
      const [t = '', c = ''] = e.split(/\s*;\s*/);
      push(sovereigns, t, c);
    }
  }
  return sovereigns.get(territory)?.includes(country) === true;
}

export const regionMaxWords = (): number => load().regionMaxWords;
export const countryMaxWords = (): number => load().countryMaxWords;
