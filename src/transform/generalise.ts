/**
 * The `generalise` operator: keeps a coarse, statistically useful part of a value instead of
 * removing it (for analysis that needs "born in the 1980s" or "a caller from Ohio", not who):
 * - DATE_OF_BIRTH to the year (`[DATE_OF_BIRTH:1984]`) or an age band on a given date
 *   (`[DATE_OF_BIRTH:age 40-49]`);
 * - ADDRESS to its city, region or country (`[ADDRESS:Springfield]`, `[ADDRESS:IL]`,
 *   `[ADDRESS:US]`), read from the address's own words with the detector's place lists; a coarser
 *   level is used when the asked one is not in the address, and nothing but `[ADDRESS]` when
 *   no place is.
 * - with `timeOfDay`, a value that reads as a time of day to its period or band of hours
 *   (`[TYPE:afternoon]`, `[TYPE:15:00-17:59]`; see time-of-day.ts). No entity type carries times
 *   today (no detector labels them): the option is there for the type that will.
 * Every other type, and a value with nothing to keep (a birth date said without a year), gets
 * its placeholder (`[PERSON]`). Deterministic: the same value and options give the same text.
 */
import { ConfigError } from '../errors.js';
import {
  cityCountries,
  countryCode,
  countryMaxWords,
  MAX_CITY_WORDS,
  placeWords,
  regionCodeCountries,
  regionCountries,
  regionMaxWords,
} from '../detect/address/places.js';
import type { EntityType, OperatorSpec } from '../types.js';
import type { Operator } from './operators.js';
import { generaliseTimeOfDay } from './time-of-day.js';

export type AddressLevel = 'city' | 'region' | 'country';

const DEFAULT_BAND_YEARS = 10;

const titleCase = (words: readonly string[]): string =>
  words
    .map((w) => w.replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()))
    .join(' ');

/** `1984-03-15`, `1984-03`, `1984` -> year, month, day (month/day when said); `03-15` -> null. */
function birthParts(value: string): { year: number; month?: number; day?: number } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  return {
    year: Number(m[1]),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    ...(m[3] ? { day: Number(m[3]) } : {}),
  };
}

/**
 * The age band of a birth date on `asOf` (YYYY-MM-DD): "40-49" for a band of 10. When the month
 * or day was not said, the age is one of two and the band covers both ("30-49" only when they
 * straddle a band boundary), so the band is never wrong.
 */
export function ageBand(value: string, asOf: string, bandYears = DEFAULT_BAND_YEARS): string | null {
  const birth = birthParts(value);
  const ref = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!birth || !ref) return null;
  const [refYear, refMonth, refDay] = [Number(ref[1]), Number(ref[2]), Number(ref[3])];
  const full = refYear - birth.year;
  let ages: number[];
  if (birth.month === undefined || (birth.month === refMonth && birth.day === undefined))
    ages = [full - 1, full];
  else if (birth.month !== refMonth) ages = [birth.month < refMonth ? full : full - 1];
  else ages = [birth.day! <= refDay ? full : full - 1];
  ages = ages.filter((a) => a >= 0);
  if (ages.length === 0) return null;
  const low = Math.floor(Math.min(...ages) / bandYears) * bandYears;
  const high = Math.floor(Math.max(...ages) / bandYears) * bandYears + bandYears - 1;
  return `${low}-${high}`;
}

export function generaliseBirthDate(value: string, spec: OperatorSpec): string | null {
  if (spec.dateOfBirth === 'ageBand') {
    if (!spec.asOf) throw new ConfigError('generalise: dateOfBirth "ageBand" needs asOf (YYYY-MM-DD)');
    const band = ageBand(value, spec.asOf, spec.bandYears ?? DEFAULT_BAND_YEARS);
    return band && `age ${band}`;
  }
  const birth = birthParts(value);
  return birth ? String(birth.year) : null;
}

interface PlaceMatch {
  start: number;
  end: number;
  countries: string[];
}

/** The longest place name of `maxWords` or fewer ending at word `end` (exclusive). */
function placeEndingAt(
  words: readonly string[],
  end: number,
  maxWords: number,
  lookup: (name: string) => string[],
): PlaceMatch | null {
  for (let n = Math.min(maxWords, end); n >= 1; n--) {
    const countries = lookup(words.slice(end - n, end).join(' '));
    if (countries.length > 0) return { start: end - n, end, countries };
  }
  return null;
}

const intersect = (a: string[] | undefined, b: string[]): string[] =>
  a ? a.filter((x) => b.includes(x)) : b;

/**
 * City, region and country named at the end of an address value ("1427 maple avenue springfield
 * il 62704": Springfield, IL, US), read right to left: country, then region (name, or code right
 * after a city), then city; postcodes and other numbers at the end are skipped. The country is
 * also inferred when the region and city leave only one.
 */
export function addressPlaces(value: string): { city?: string; region?: string; country?: string } {
  const words = placeWords(value);
  let end = words.length;
  while (end > 0 && /\d/.test(words[end - 1]!)) end--;
  const found: { city?: string; region?: string; country?: string } = {};
  let countries: string[] | undefined;
  const country = placeEndingAt(words, end, countryMaxWords(), (name) => {
    const cc = countryCode(name);
    return cc ? [cc] : [];
  });
  if (country) {
    found.country = country.countries[0]!;
    countries = country.countries;
    end = country.start;
    while (end > 0 && /\d/.test(words[end - 1]!)) end--;
  }
  const regionName = placeEndingAt(words, end, regionMaxWords(), regionCountries);
  const code = end > 1 && /^[a-z]{2,3}$/.test(words[end - 1]!) ? words[end - 1]!.toUpperCase() : '';
  const codeCountries = code ? regionCodeCountries(code) : [];
  // a region code counts only right after a city ("springfield il"), not as any two letters
  const codeCity =
    codeCountries.length > 0 ? placeEndingAt(words, end - 1, MAX_CITY_WORDS, cityCountries) : null;
  if (regionName && intersect(countries, regionName.countries).length > 0) {
    found.region = titleCase(words.slice(regionName.start, regionName.end));
    countries = intersect(countries, regionName.countries);
    end = regionName.start;
  } else if (codeCity && intersect(countries, intersect(codeCountries, codeCity.countries)).length > 0) {
    found.region = code;
    countries = intersect(countries, intersect(codeCountries, codeCity.countries));
    end -= 1;
  }
  while (end > 0 && /\d/.test(words[end - 1]!)) end--;
  const city = placeEndingAt(words, end, MAX_CITY_WORDS, cityCountries);
  if (city && intersect(countries, city.countries).length > 0) {
    found.city = titleCase(words.slice(city.start, city.end));
    countries = intersect(countries, city.countries);
  } else if (
    regionName &&
    found.region &&
    intersect(countries, cityCountries(found.region.toLowerCase())).length > 0
  ) {
    // a city that is its own region (Berlin, Hamburg, Vienna)
    found.city = found.region;
  }
  if (!found.country && countries?.length === 1) found.country = countries[0]!;
  return found;
}

export function generaliseAddress(value: string, level: AddressLevel = 'city'): string | null {
  const places = addressPlaces(value);
  const order: AddressLevel[] = ['city', 'region', 'country'];
  for (const l of order.slice(order.indexOf(level))) if (places[l]) return places[l];
  return null;
}

function generalised(type: EntityType, value: string, spec: OperatorSpec): string | null {
  if (type === 'DATE_OF_BIRTH') return generaliseBirthDate(value, spec);
  if (type === 'ADDRESS') return generaliseAddress(value, spec.address);
  if (spec.timeOfDay) return generaliseTimeOfDay(value, spec.timeOfDay, spec.bandHours);
  return null;
}

export const generaliseOperator: Operator = {
  name: 'generalise',
  replaceAll: async (requests, spec) =>
    requests.map((r) => {
      const kept = generalised(r.type, r.value, spec);
      return kept ? `[${r.type}:${kept}]` : `[${r.type}]`;
    }),
};
