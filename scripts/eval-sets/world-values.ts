/**
 * Values of many countries for the composed set (world-contacts), from public data:
 * - names: sigpwned/popular-names-by-country-dataset (CC0): popular forenames (with gender) and
 *   surnames per country, romanized and, where the country writes another script, localized;
 * - addresses: OpenCageData/address-formatting (MIT) test cases: real addresses (OpenStreetMap
 *   components) of about 250 countries and territories with the text each country's convention
 *   formats them to; points of interest (shop, hotel, bank names) are dropped from the block;
 * - phones: libphonenumber-js (MIT; metadata from Google's libphonenumber, Apache-2.0) example
 *   mobile numbers of 245 regions, their last digits varied and kept valid, written in the
 *   national, international, E.164, 00- or (0)-style of the region, sometimes with an extension;
 * - IBANs composed to each country's BBAN format (ibantools, MIT) with valid check digits, card
 *   numbers with a valid Luhn digit, US SSNs of valid shape; birth dates in several national
 *   formats; emails made from the person's name (this project's composition).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { composeIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import examples from 'libphonenumber-js/examples.mobile.json';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { parseAllDocuments } from 'yaml';
import type { Rng } from './rng.js';
import { MONTHS, asrLetters } from './spoken.js';
import type { SourceRepo } from './source-files.js';

export const NAME_FILES = ['common-forenames-by-country.csv', 'common-surnames-by-country.csv'];
export const ADDRESS_FOLDER = 'testcases/countries';

export interface Forename {
  country: string;
  gender: 'F' | 'M' | string;
  romanized: string;
  localized: string;
}

export interface NameData {
  forenames: Map<string, Forename[]>;
  surnames: Map<string, { romanized: string; localized: string }[]>;
}

export function loadNames(repo: SourceRepo): NameData {
  const rows = (file: string): Record<string, string>[] =>
    parseCsv(repo.read(file).replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  const forenames = new Map<string, Forename[]>();
  for (const r of rows(NAME_FILES[0]!)) {
    const romanized = (r['Romanized Name'] ?? '').trim();
    if (!romanized) continue;
    const list = forenames.get(r['Country']!) ?? [];
    list.push({
      country: r['Country']!,
      gender: r['Gender'] ?? '',
      romanized,
      localized: (r['Localized Name'] ?? '').trim(),
    });
    forenames.set(r['Country']!, list);
  }
  const surnames = new Map<string, { romanized: string; localized: string }[]>();
  for (const r of rows(NAME_FILES[1]!)) {
    const romanized = (r['Romanized Name'] ?? '').trim();
    if (!romanized) continue;
    const list = surnames.get(r['Country']!) ?? [];
    list.push({ romanized, localized: (r['Localized Name'] ?? '').trim() });
    surnames.set(r['Country']!, list);
  }
  return { forenames, surnames };
}

export interface Person {
  country: string;
  gender: string;
  first: string;
  last: string;
  /** the name as written: romanized, or (sometimes) in the country's own script */
  full: string;
  /** romanized spelling (for emails) */
  romanFirst: string;
  romanLast: string;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;

export function pickPerson(names: NameData, rng: Rng, country?: string): Person {
  const countries = [...names.forenames.keys()];
  const c = country && names.forenames.has(country) ? country : rng.pick(countries);
  const fore = rng.pick(names.forenames.get(c)!);
  const surnameList = names.surnames.get(c) ?? names.surnames.get(rng.pick([...names.surnames.keys()]))!;
  const sur = rng.pick(surnameList);
  // One in ten people of a non-Latin-script country is written in that script (formatted text).
  const native =
    fore.localized &&
    sur.localized &&
    !LATIN.test(fore.localized) &&
    !LATIN.test(sur.localized) &&
    rng.chance(0.1);
  const first = native ? fore.localized : fore.romanized;
  const last = native ? sur.localized : sur.romanized;
  // Some people give a middle initial ("Anna K. Berg").
  const middle = !native && rng.chance(0.1) ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : '';
  const eastern = ['CN', 'JP', 'KR', 'HU', 'VN', 'TW', 'HK'].includes(c) && rng.chance(0.5);
  return {
    country: c,
    gender: fore.gender,
    first,
    last,
    full: eastern ? `${last} ${first}` : `${first}${middle} ${last}`,
    romanFirst: fore.romanized,
    romanLast: sur.romanized,
  };
}

export interface Address {
  country: string;
  lines: string[];
  houseNumber?: string;
  road?: string;
  postcode?: string;
  city?: string;
}

const ROAD_KEYS = ['road', 'pedestrian', 'footway', 'path', 'street', 'residential', 'cycleway', 'square'];
const PLACE_KEYS = [
  'house_number',
  'housenumber',
  ...ROAD_KEYS,
  'postcode',
  'city',
  'town',
  'village',
  'hamlet',
  'suburb',
  'neighbourhood',
  'city_district',
  'county',
  'state',
  'state_district',
  'state_code',
  'province',
  'region',
  'country',
  'island',
  'municipality',
  'postal_city',
  'quarter',
  'district',
];

/**
 * Some test cases carry letters as literal `\uXXXX` text in plain YAML scalars, where YAML decodes
 * no escapes ("Triq \u0120or\u0121 Borg Olivier" in mt.yaml): the letters they stand for.
 */
function decodeEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** OpenCage test cases with a street: their formatted blocks without point-of-interest lines. */
export function loadAddresses(repo: SourceRepo): Address[] {
  const addresses: Address[] = [];
  for (const file of repo.list(ADDRESS_FOLDER)) {
    if (!file.endsWith('.yaml')) continue;
    const country = file.split('/').pop()!.replace('.yaml', '').toUpperCase();
    for (const doc of parseAllDocuments(repo.read(file))) {
      if (!('toJS' in doc)) continue;
      const tc = doc.toJS() as { components?: Record<string, unknown>; expected?: string } | null;
      if (!tc?.components || typeof tc.expected !== 'string') continue;
      const comp = Object.fromEntries(
        Object.entries(tc.components).map(([k, v]) => [k, decodeEscapes(String(v))]),
      );
      const road = ROAD_KEYS.map((k) => comp[k]).find(Boolean);
      if (!road) continue;
      const values = PLACE_KEYS.map((k) => comp[k]).filter((v): v is string => Boolean(v));
      const lines = decodeEscapes(tc.expected)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && values.some((v) => l.includes(v)));
      if (lines.length < 2) continue;
      addresses.push({
        country,
        lines,
        houseNumber: comp['house_number'] ?? comp['housenumber'],
        road,
        postcode: comp['postcode'],
        city: comp['city'] ?? comp['town'] ?? comp['village'],
      });
    }
  }
  return addresses;
}

const REGIONS = Object.keys(examples) as CountryCode[];

/** A valid mobile number of the region (or of a random one), written as people of that region might. */
export function makePhone(rng: Rng, region?: string): string {
  const code = (
    region && REGIONS.includes(region as CountryCode) ? region : rng.pick(REGIONS)
  ) as CountryCode;
  const example = (examples as Record<string, string>)[code]!;
  let phone = parsePhoneNumberFromString(example, code)!;
  for (let attempt = 0; attempt < 10; attempt++) {
    const keep = Math.max(example.length - 4, Math.ceil(example.length / 2));
    let varied = example.slice(0, keep);
    while (varied.length < example.length) varied += String(rng.int(0, 9));
    const candidate = parsePhoneNumberFromString(varied, code);
    if (candidate?.isValid()) {
      phone = candidate;
      break;
    }
  }
  const intl = phone.formatInternational();
  const national = phone.formatNational();
  const cc = phone.countryCallingCode;
  let text: string;
  const r = rng.next();
  if (r < 0.35) text = intl;
  else if (r < 0.65) text = national;
  else if (r < 0.75) text = phone.number;
  else if (r < 0.85) text = intl.replace(/^\+/, '00');
  else if (r < 0.92 && national.startsWith('0')) text = `+${cc} (0)${national.slice(1)}`;
  else text = intl.replace(/ /g, rng.pick(['-', '.', ' ']));
  if (rng.chance(0.08))
    text += rng.pick([` ext. ${rng.int(10, 99)}`, ` x${rng.int(100, 999)}`, ` ext ${rng.int(1, 9)}`]);
  return text;
}

/** An IBAN of a country with a registered format, valid check digits, grouped in fours or not. */
export function makeIban(rng: Rng, country?: string): string {
  const specs = getCountrySpecifications();
  const codes = Object.keys(specs).filter((c) => specs[c]?.bban_regexp && specs[c]?.IBANRegistry);
  const tryCountry = (c: string): string | undefined => {
    const pattern = specs[c]!.bban_regexp!;
    for (let attempt = 0; attempt < 30; attempt++) {
      let bban = '';
      for (const m of pattern.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
        const pool =
          (m[1]!.includes('A-Z') ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '') +
          (m[1]!.includes('0-9') ? '0123456789' : '');
        for (let i = 0; i < Number(m[2]); i++) bban += pool[rng.int(0, pool.length - 1)];
      }
      const iban = composeIBAN({ countryCode: c, bban });
      if (iban && isValidIBAN(iban)) return iban;
    }
    return undefined;
  };
  const iban =
    (country && codes.includes(country) && tryCountry(country)) ||
    tryCountry(rng.pick(codes)) ||
    tryCountry('DE')!;
  return rng.chance(0.6) ? iban.replace(/(.{4})/g, '$1 ').trim() : iban;
}

export function makeCard(rng: Rng): string {
  const prefix = rng.pick(['4', '51', '55', '37', '6011']);
  const length = prefix === '37' ? 15 : 16;
  let digits = prefix;
  while (digits.length < length - 1) digits += String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  digits += String((10 - (sum % 10)) % 10);
  if (rng.chance(0.5)) return digits;
  return length === 16
    ? digits.replace(/(\d{4})(?=\d)/g, '$1 ')
    : `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`;
}

export function makeSsn(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const ssn = `${String(area).padStart(3, '0')}-${String(rng.int(1, 99)).padStart(2, '0')}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  return rng.chance(0.8) ? ssn : ssn.replace(/-/g, rng.pick(['', ' ']));
}

export function makeBirthDate(rng: Rng, country: string): string {
  const y = rng.int(1935, 2006);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const month = MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  const options = [
    `${p2(d)}/${p2(m)}/${y}`,
    `${y}-${p2(m)}-${p2(d)}`,
    `${p2(d)}.${p2(m)}.${y}`,
    `${d} ${month} ${y}`,
    `${month} ${d}, ${y}`,
  ];
  if (country === 'US') options.push(`${m}/${d}/${y}`, `${p2(m)}/${p2(d)}/${y}`);
  return rng.pick(options);
}

const TLD: Record<string, string> = { GB: 'uk', US: 'com' };
const PROVIDERS = ['mail', 'post', 'web', 'inbox', 'correo', 'posta', 'mailbox', 'online', 'net', 'home'];

/** An email made from the person's romanized name at a provider under their country's domain. */
export function makeEmail(rng: Rng, person: Person): string {
  const { romanFirst, romanLast } = person;
  const fold = (s: string): string => asrLetters(s).replace(/[^a-z]/g, '');
  const f = fold(romanFirst) || 'info';
  const l = fold(romanLast) || 'mail';
  const local = rng.pick([
    `${f}.${l}`,
    `${f}${l}`,
    `${f[0]}.${l}`,
    `${f}_${l}`,
    `${l}${f[0]}${rng.int(1, 99)}`,
    `${f}${rng.int(70, 99)}`,
  ]);
  const tld =
    TLD[person.country] ?? (rng.chance(0.7) ? person.country.toLowerCase() : rng.pick(['com', 'net', 'org']));
  const domain = tld === 'uk' ? `${rng.pick(PROVIDERS)}.co.uk` : `${rng.pick(PROVIDERS)}.${tld}`;
  return `${local}@${domain}`;
}
