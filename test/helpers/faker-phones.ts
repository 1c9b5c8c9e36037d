/**
 * Phone numbers in the written forms of every @faker-js/faker locale (MIT, a pinned devDependency):
 * the phone_number and cell_phone formats of each locale, their digits filled deterministically so
 * that libphonenumber-js finds the number valid (or possible) for the locale's country, and a frame
 * filler that writes or says them. Shared by the probes phone-locales.test.ts and
 * phone-written.test.ts.
 */
import { allLocales } from '@faker-js/faker';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { makeRng, type Rng } from '../../scripts/eval-sets/rng.js';
import { LOCALE_COUNTRY } from './faker-locales.js';
import { speakToken, type SpeakState } from '../../scripts/eval-sets/spoken.js';

export type Style = 'formatted' | 'asr';

/** The country whose numbers a faker locale writes: "ar" writes North American forms. */
export const COUNTRY: Record<string, CountryCode> = { ...LOCALE_COUNTRY, ar: 'US' };

interface PhoneDefinitions {
  phone_number?: { format?: Record<string, string[]> };
  cell_phone?: { formats?: string[]; common_cell_prefix?: (string | number)[] };
}

/** Every phone format a locale defines, "{{cell_phone.common_cell_prefix}}" put in for each prefix. */
function formatsOf(def: PhoneDefinitions): string[] {
  const out: string[] = [];
  for (const list of Object.values(def.phone_number?.format ?? {})) out.push(...list);
  for (const f of def.cell_phone?.formats ?? []) {
    if (f.includes('{{cell_phone.common_cell_prefix}}'))
      for (const p of def.cell_phone?.common_cell_prefix ?? [])
        out.push(f.replace('{{cell_phone.common_cell_prefix}}', String(p)));
    else out.push(f);
  }
  return out.filter((f) => !f.includes('{{'));
}

/** The written form of a format: every digit place the same, so "01# ###" and "02# ###" are one. */
const shape = (format: string): string => format.replace(/[\d#!]/g, 'd');

/** A format's digit places filled: "#" any digit, "!" 2-9. */
const fill = (format: string, rng: Rng): string =>
  format.replace(/[#!]/g, (c) => String(c === '!' ? rng.int(2, 9) : rng.int(0, 9)));

export type Fit = 'valid' | 'possible' | 'none';

export function fitOf(text: string, country: CountryCode): Fit {
  const p = parsePhoneNumberFromString(text.replace(/, poste /, ' ext. '), country);
  if (!p) return 'none';
  if (p.isValid() && (text.startsWith('+') || text.startsWith('(+') || p.country === country)) return 'valid';
  return p.isPossible() ? 'possible' : 'none';
}

/** Two fills of a format (the second for lists), the best fit libphonenumber-js gives in a few tries. */
export function numbersOf(
  locale: string,
  format: string,
  country: CountryCode,
): { texts: string[]; fit: Fit } {
  const rng = makeRng(`${locale} ${format}`);
  const found: Record<Fit, string[]> = { valid: [], possible: [], none: [] };
  for (let i = 0; i < 40 && found.valid.length < 2; i++) {
    const text = fill(format, rng);
    const fit = fitOf(text, country);
    if (!found[fit].includes(text)) found[fit].push(text);
  }
  for (const fit of ['valid', 'possible', 'none'] as const) {
    const texts = found[fit];
    if (texts.length === 0) continue;
    return { texts: [texts[0]!, texts[1] ?? texts[0]!], fit };
  }
  return { texts: [fill(format, rng), fill(format, rng)], fit: 'none' };
}

/** The prefix of a written number and the separators inside it. */
export function formOf(text: string): { prefix: string; features: string[] } {
  const body = text.replace(/\s*(?:x|, poste )\d+$/, '');
  const prefix = /^\(\+/.test(body)
    ? '(+CC)'
    : body.startsWith('+')
      ? '+CC'
      : /^00[1-9]/.test(body)
        ? '00CC'
        : /^\(?0/.test(body)
          ? 'trunk 0'
          : /^8 \(/.test(body)
            ? 'trunk 8'
            : /^\(?1-/.test(body) || /^1 \d{3} /.test(body)
              ? 'NANP 1'
              : 'no prefix';
  const features: string[] = [];
  const inner = body.replace(/^\(?\+?\d+\)?/, (m) => (m.includes('(') ? ' (' : ' '));
  if (/\(/.test(body)) features.push('brackets');
  if (/\//.test(body)) features.push('slash');
  if (/\./.test(body)) features.push('dots');
  if (/-/.test(body)) features.push('hyphens');
  if (/ /.test(inner.trim())) features.push('spaces');
  if (!/[ ./()-]/.test(body)) features.push('solid');
  if (body !== text) features.push('extension');
  return { prefix, features };
}

export interface PhoneForm {
  locale: string;
  format: string;
  texts: string[];
  fit: Fit;
  prefix: string;
  features: string[];
}

export const NUMBERS: PhoneForm[] = [];
export const LEFT_OUT: string[] = [];
for (const [locale, def] of Object.entries(allLocales)) {
  const country = COUNTRY[locale];
  const formats = formatsOf(def as PhoneDefinitions);
  if (!country || formats.length === 0) continue;
  const seen = new Set<string>();
  for (const format of formats) {
    if (seen.has(shape(format))) continue;
    seen.add(shape(format));
    const { texts, fit } = numbersOf(locale, format, country);
    if (fit === 'none') {
      LEFT_OUT.push(`${locale} ${format}`);
      continue;
    }
    NUMBERS.push({ locale, format, texts, fit, ...formOf(texts[0]!) });
  }
}

/** The frame with its numbers put in (as written or said), and the word ranges they cover. */
export function place(
  frame: string,
  texts: string[],
  style: Style,
  rng: Rng,
): { style: Style; line: string; spans: [number, number][] } {
  const words: string[] = [];
  const spans: [number, number][] = [];
  const state: SpeakState = { repeats: rng.chance(0.3) };
  for (const token of frame.split(' ')) {
    const m = /^(.*?)\{(2?)\}(.*)$/.exec(token);
    if (!m) {
      if (style === 'formatted') words.push(token);
      else words.push(...speakToken(token, undefined, rng, state));
      continue;
    }
    const parts = texts[m[2] === '2' ? 1 : 0]!.split(' ');
    const start = words.length;
    parts.forEach((p, k) => {
      const written = (k === 0 ? m[1] : '') + p + (k === parts.length - 1 ? m[3] : '');
      if (style === 'formatted') words.push(written);
      else words.push(...speakToken(written, 'PHONE_NUMBER', rng, state));
    });
    spans.push([start, words.length]);
  }
  return { style, line: words.join(' '), spans };
}
