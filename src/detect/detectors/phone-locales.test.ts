/**
 * Phone numbers written the way each country writes them. The written forms come from an
 * independent, maintained source of per-locale formats: the phone_number formats (human, national,
 * international, mobile) and cell_phone formats of every locale of @faker-js/faker (MIT, a pinned
 * devDependency, version 10.6.0) that defines them. Each format is one written form: separators,
 * brackets, "+CC", "00CC", "(+CC)", a trunk 0 or 8, area codes in brackets, slashes, dots,
 * extensions ("x123", ", poste 123"). Its digits are filled deterministically and chosen so that
 * libphonenumber-js finds the number valid for the locale's country (possible where no valid fill
 * is found in a few tries; a form that gives no possible number, such as a six-digit local number
 * without its area code, is left out of the score and counted in the report).
 *
 * The numbers are put into INVENTED frames, with and without a cue word, at a sentence end, before
 * a comma, and as the second number of a list; each frame is read in both styles: formatted (as
 * written) and asr (the project's spoken renderer of the evaluation sets, scripts/eval-sets/spoken.ts,
 * reads the number as a phone number and the frame as plain words). A case is found when every
 * number of the line is exactly one PHONE_NUMBER span and nothing else is one.
 *
 * Recall is measured per written form (what the prefix is, which separators it uses, an extension)
 * and style, and per locale in the report; the floors are what the detector reached when this
 * probe was written. PHONE_LOCALES=1 prints recall per form and locale and every miss;
 * PHONE_LOCALES_STEP=1 puts every number in every frame (the test takes every eighth, rotating).
 */
import { describe, expect, it } from 'vitest';
import { allLocales } from '@faker-js/faker';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { makeRng, type Rng } from '../../../scripts/eval-sets/rng.js';
import { speakToken, type SpeakState } from '../../../scripts/eval-sets/spoken.js';

/** The country whose numbers a faker locale writes (none: "ar" writes North American forms). */
const COUNTRY: Record<string, CountryCode> = {
  af_ZA: 'ZA',
  ar: 'US',
  az: 'AZ',
  cs_CZ: 'CZ',
  cy: 'GB',
  da: 'DK',
  de: 'DE',
  de_AT: 'AT',
  de_CH: 'CH',
  dv: 'MV',
  el: 'GR',
  en: 'US',
  en_AU: 'AU',
  en_AU_ocker: 'AU',
  en_CA: 'CA',
  en_GB: 'GB',
  en_GH: 'GH',
  en_HK: 'HK',
  en_IE: 'IE',
  en_IN: 'IN',
  en_NG: 'NG',
  en_NP: 'NP',
  en_US: 'US',
  en_ZA: 'ZA',
  es: 'ES',
  es_MX: 'MX',
  fa: 'IR',
  fi: 'FI',
  fr: 'FR',
  fr_BE: 'BE',
  fr_CA: 'CA',
  fr_CH: 'CH',
  fr_LU: 'LU',
  he: 'IL',
  hr: 'HR',
  hu: 'HU',
  hy: 'AM',
  id_ID: 'ID',
  it: 'IT',
  ja: 'JP',
  ka_GE: 'GE',
  ko: 'KR',
  lv: 'LV',
  mk: 'MK',
  nb_NO: 'NO',
  ne: 'NP',
  nl: 'NL',
  nl_BE: 'BE',
  pl: 'PL',
  pt_BR: 'BR',
  pt_PT: 'PT',
  ro: 'RO',
  ro_MD: 'MD',
  ru: 'RU',
  sk: 'SK',
  sr_RS_latin: 'RS',
  sv: 'SE',
  th: 'TH',
  tr: 'TR',
  uk: 'UA',
  ur: 'PK',
  vi: 'VN',
  zh_CN: 'CN',
  zh_TW: 'TW',
  zu_ZA: 'ZA',
};

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

type Fit = 'valid' | 'possible' | 'none';

function fitOf(text: string, country: CountryCode): Fit {
  const p = parsePhoneNumberFromString(text.replace(/, poste /, ' ext. '), country);
  if (!p) return 'none';
  if (p.isValid() && (text.startsWith('+') || text.startsWith('(+') || p.country === country)) return 'valid';
  return p.isPossible() ? 'possible' : 'none';
}

/** Two fills of a format (the second for lists), the best fit libphonenumber-js gives in a few tries. */
function numbersOf(locale: string, format: string, country: CountryCode): { texts: string[]; fit: Fit } {
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
function formOf(text: string): { prefix: string; features: string[] } {
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

interface Number {
  locale: string;
  format: string;
  texts: string[];
  fit: Fit;
  prefix: string;
  features: string[];
}

const NUMBERS: Number[] = [];
const LEFT_OUT: string[] = [];
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

interface Frame {
  kind: 'cue' | 'label after' | 'no cue';
  /** "{}" the number, "{2}" a second number of the same form */
  text: string;
}

const FRAMES: Frame[] = [
  { kind: 'cue', text: 'Phone: {}' },
  { kind: 'cue', text: 'Call me on {} tomorrow.' },
  { kind: 'cue', text: 'My mobile is {}.' },
  { kind: 'cue', text: 'The office number is {}, ask for Tomas.' },
  { kind: 'cue', text: 'Tel. {} or {2}.' },
  { kind: 'cue', text: 'You can reach Mira Tolvanen at {} after six.' },
  { kind: 'cue', text: 'Tel. {}, fax {2}' },
  { kind: 'cue', text: 'Her number is "{}".' },
  { kind: 'label after', text: '{} (mobile), {2} (office)' },
  { kind: 'label after', text: 'Mira Tolvanen {} mobile' },
  { kind: 'no cue', text: 'Mira Tolvanen, {}, Tarnmoor' },
  { kind: 'cue', text: 'Contact: {}' },
  { kind: 'no cue', text: 'Mira Tolvanen ({})' },
  { kind: 'cue', text: 'If you have questions, contact Mira Tolvanen at {}.' },
  { kind: 'cue', text: 'For support call {} (Mon-Fri).' },
  { kind: 'cue', text: 'Contact details: Mira Tolvanen, {}, mira@example.com' },
  { kind: 'no cue', text: 'Write down {} before Friday.' },
];

interface Case {
  number: Number;
  frame: Frame;
  style: 'formatted' | 'asr';
  line: string;
  spans: [number, number][];
}

/** The frame with its numbers put in (as written or said), and the word ranges they cover. */
function place(
  frame: string,
  texts: string[],
  style: Case['style'],
  rng: Rng,
): Omit<Case, 'number' | 'frame'> {
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

/** Frames per number and style: every STEP-th frame, rotating (PHONE_LOCALES_STEP=1: every frame). */
const STEP = Number(process.env.PHONE_LOCALES_STEP ?? 8);

/** Each number in every STEP-th frame (rotating, other frames for the other style), in both styles. */
function buildCases(): Case[] {
  const cases: Case[] = [];
  NUMBERS.forEach((number, i) => {
    FRAMES.forEach((frame, f) => {
      (['formatted', 'asr'] as const).forEach((style, s) => {
        if ((i + f + s * 4) % STEP !== 0) return;
        const rng = makeRng(`${number.locale} ${number.format} ${f} ${style}`);
        cases.push({ number, frame, ...place(frame.text, number.texts, style, rng) });
      });
    });
  });
  return cases;
}

const phoneSpans = (line: string): [number, number][] =>
  analyze(sayWords(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

const exact = (c: Case, found: [number, number][]): boolean =>
  found.length === c.spans.length && c.spans.every(([s, e]) => found.some(([a, b]) => a === s && b === e));

const CASES = buildCases();

interface Tally {
  hit: number;
  n: number;
}
function measure(): { rows: Map<string, Tally>; misses: string[]; notOpen: string[] } {
  const rows = new Map<string, Tally>();
  const misses: string[] = [];
  const notOpen: string[] = [];
  const count = (key: string, hit: boolean): void => {
    const t = rows.get(key) ?? rows.set(key, { hit: 0, n: 0 }).get(key)!;
    t.n++;
    if (hit) t.hit++;
  };
  for (const c of CASES) {
    const found = phoneSpans(c.line);
    const hit = exact(c, found);
    count(`all ${c.style}`, hit);
    count(`${c.frame.kind} ${c.style}`, hit);
    count(`prefix ${c.number.prefix} ${c.style}`, hit);
    for (const f of c.number.features) count(`form ${f} ${c.style}`, hit);
    count(`locale ${c.number.locale} ${c.style}`, hit);
    count(`frame ${c.frame.text} ${c.style}`, hit);
    if (!hit && !isOpen(c)) notOpen.push(`${c.style} ${c.number.locale} "${c.number.format}": ${c.line}`);
    if (!hit)
      misses.push(
        `${c.style} ${c.number.locale} "${c.number.format}" [${c.frame.kind}]: ${c.line}  want ${JSON.stringify(c.spans)} got ${JSON.stringify(found)}`,
      );
  }
  return { rows, misses, notOpen };
}

/** Recall per row (exact spans), at least as measured when the probe was written. */
const FLOORS: Record<string, number> = {
  'all formatted': 0.979,
  'all asr': 0.981,
  'cue formatted': 0.994,
  'cue asr': 0.998,
  'label after formatted': 0.992,
  'label after asr': 1,
  'no cue formatted': 0.908,
  'no cue asr': 0.903,
  'prefix +CC formatted': 1,
  'prefix +CC asr': 1,
  'prefix (+CC) formatted': 1,
  'prefix (+CC) asr': 1,
  'prefix 00CC formatted': 1,
  'prefix 00CC asr': 1,
  'prefix trunk 0 formatted': 0.987,
  'prefix trunk 0 asr': 1,
  'prefix NANP 1 formatted': 1,
  'prefix NANP 1 asr': 1,
  'prefix no prefix formatted': 0.924,
  'prefix no prefix asr': 0.913,
  'form brackets formatted': 1,
  'form brackets asr': 1,
  'form dots formatted': 1,
  'form dots asr': 1,
  'form extension formatted': 1,
  'form extension asr': 1,
  'form hyphens formatted': 1,
  'form hyphens asr': 1,
  'form slash formatted': 0.75,
  'form slash asr': 0.928,
  'form solid formatted': 0.962,
  'form solid asr': 0.977,
  'form spaces formatted': 0.992,
  'form spaces asr': 0.983,
};

/**
 * The open cases: written forms missed even with a cue before or a label after the number, and why
 * they are left. Without a cue, digits with no trunk prefix or grouping of their region ("Write down
 * 81745962 before Friday", "Mira Tolvanen, 475912679, Tarnmoor") are left to the account detector
 * on purpose (counted in the "no cue" rows only).
 */
const OPEN: { locale: string; format: string; why: string }[] = [
  {
    locale: 'fr_BE',
    format: '###/### ###',
    why: 'the area code before a slash without its trunk 0 ("486/316 435"); Belgians write "0486/31 64 35", which is found',
  },
  { locale: 'fr_BE', format: '###/######', why: 'the same, the local number in one piece ("482/569486")' },
  { locale: 'fr_BE', format: '###/## ## ##', why: 'the same, the local number in pairs' },
  {
    locale: 'fr_LU',
    format: '## ## ##',
    why: 'a pair said as tens and the next digit after it ("seventy eight three ..." for 70 83 ...): 78 or 708',
  },
  {
    locale: 'sr_RS_latin',
    format: '######',
    why: 'six digits, a local number without its area code: possible in RS, after a label too short to take',
  },
  { locale: 'sr_RS_latin', format: '### ###', why: 'the same, in two groups' },
  { locale: 'sv', format: '1#####', why: 'six digits that read as a date (120377: 12.03.77) before a label' },
  {
    locale: 'ka_GE',
    format: '032-2-###-###',
    why: 'faker writes the trunk 0 with a ten-digit number: invalid in GE',
  },
];

const isOpen = (c: Case): boolean =>
  c.frame.kind === 'no cue' || OPEN.some((o) => o.locale === c.number.locale && o.format === c.number.format);

describe('phone numbers in the written forms of every faker locale', () => {
  const { rows, misses, notOpen } = measure();
  if (process.env.PHONE_LOCALES) {
    console.log(
      `${NUMBERS.length} forms, ${CASES.length} cases; left out (no possible fill): ${LEFT_OUT.join(' | ')}`,
    );
    for (const [k, t] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
      console.log(`${k.padEnd(36)} ${(Math.floor((t.hit / t.n) * 1000) / 1000).toFixed(3)}  (${t.n})`);
    for (const m of misses) console.log(`miss ${m}`);
  }
  it('takes the formats of many locales', () => {
    expect(new Set(NUMBERS.map((n) => n.locale)).size).toBeGreaterThanOrEqual(60);
  });
  it('misses a number after a cue or before a label only in the open cases', () => {
    expect(notOpen).toEqual([]);
  });
  it.each(Object.entries(FLOORS))('%s', (key, floor) => {
    const t = rows.get(key);
    expect(t, key).toBeDefined();
    expect(t!.hit / t!.n).toBeGreaterThanOrEqual(floor);
  });
});
