/**
 * Addresses as every @faker-js/faker locale (MIT, a pinned devDependency) writes them: its
 * streetAddress (with and without the unit), secondaryAddress, city, zipCode and state, in the
 * order the country writes its last lines ("12345 Town", "Town, ST 12345", "Town POSTCODE", or from the postcode down
 * as in Japan, China and Korea). The locale's own country is named in its own language by the
 * runtime's CLDR data (Intl.DisplayNames). Values come from a faker seeded per locale and case, so
 * every run writes the same addresses. Shared by src/detect/address/faker-addresses-probe.test.ts.
 */
import { allLocales, base, Faker, type LocaleDefinition } from '@faker-js/faker';
import { makeRng } from '../../scripts/eval-sets/rng.js';
import { LOCALE_COUNTRY as COUNTRY } from './faker-locales.js';

/**
 * How a country writes the lines after the street where faker gives no postal_address: "12345 Town"
 * (the default), "Town, ST 12345" (North America, Australia, India, Brazil), "Town POSTCODE" (the
 * British Isles, southern Africa, Ghana, Latvia), or from the postcode down (East Asia).
 */
type Order = 'zip city' | 'city state zip' | 'city zip' | 'big first';
const ORDER: Record<string, Order> = {
  en: 'city state zip',
  en_US: 'city state zip',
  en_AU: 'city state zip',
  en_AU_ocker: 'city state zip',
  en_CA: 'city state zip',
  fr_CA: 'city state zip',
  en_IN: 'city state zip',
  en_NP: 'city state zip',
  en_NG: 'city state zip',
  pt_BR: 'city state zip',
  en_HK: 'city state zip',
  en_IE: 'city zip',
  en_ZA: 'city zip',
  af_ZA: 'city zip',
  zu_ZA: 'city zip',
  en_GH: 'city zip',
  lv: 'city zip',
  ja: 'big first',
  ko: 'big first',
  zh_CN: 'big first',
  zh_TW: 'big first',
};

export interface FakerAddress {
  locale: string;
  variant: number;
  /** the street line (with its unit when faker's full form was asked for) */
  street: string;
  /** a unit faker writes on its own ("Apt. 123"), or '' */
  unit: string;
  city: string;
  zip: string;
  state: string;
  country: string;
  /** the lines after the street, in the locale's order */
  tail: string[];
  /** the whole address as lines, in the locale's order */
  lines: string[];
}

const countryName = (locale: string): string => {
  const cc = COUNTRY[locale];
  if (!cc) return '';
  const lang = locale.replace(/_.*/, '');
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(cc) ?? '';
  } catch {
    return '';
  }
};

const attempt = (f: () => string): string => {
  try {
    return f().replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
};

/** The locales whose own definitions hold location data (streets or towns). */
export const ADDRESS_LOCALES = Object.entries(allLocales)
  .filter(([locale, def]) => locale !== 'base' && (def as LocaleDefinition).location?.street_pattern)
  .map(([locale]) => locale);

export function fakerAddress(locale: string, variant: number): FakerAddress {
  const def = allLocales[locale as keyof typeof allLocales] as LocaleDefinition;
  const faker = new Faker({ locale: [def, allLocales.en, base] });
  faker.seed(makeRng(`faker-address ${locale} ${variant}`).int(1, 2 ** 30));
  const rng = makeRng(`faker-address ${locale} ${variant} layout`);
  const full = rng.chance(0.4);
  const street = attempt(() => faker.location.streetAddress(full));
  const unit = !full && rng.chance(0.3) ? attempt(() => faker.location.secondaryAddress()) : '';
  const city = attempt(() => faker.location.city());
  const zip = attempt(() => faker.location.zipCode());
  const hasState = Boolean(def.location?.state);
  const order: Order = ORDER[locale] ?? 'zip city';
  const state =
    hasState && (order === 'city state zip' || order === 'big first' || rng.chance(0.25))
      ? attempt(() => faker.location.state())
      : '';
  const country = rng.chance(0.5) ? countryName(locale) : '';
  const join = (...parts: string[]): string => parts.filter(Boolean).join(' ');
  let tail: string[];
  if (order === 'city state zip') tail = [join(city ? `${city},` : '', state, zip)];
  else if (order === 'city zip') tail = [city, zip].filter(Boolean);
  else if (order === 'big first') tail = [join(zip, state, city)];
  else tail = [join(zip, city), state];
  tail = tail.map((l) => l.replace(/,$/, '')).filter(Boolean);
  if (country) tail.push(country);
  const streetLines = [street, unit].filter(Boolean);
  return {
    locale,
    variant,
    street,
    unit,
    city,
    zip,
    state,
    country,
    tail,
    lines:
      order === 'big first'
        ? [country, ...tail.filter((l) => l !== country), ...streetLines].filter(Boolean)
        : [...streetLines, ...tail],
  };
}
