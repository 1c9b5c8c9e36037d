/**
 * Phone numbers in the places where written text and data exports put them. The per-locale probe
 * (phone-locales.test.ts) puts each written form of @faker-js/faker's locales into a few sentence
 * frames; this one asks where those numbers stand: in brackets, after short labels ("Tel.:",
 * "Phone -", "Mob:", "T:"), at a sentence end, before a comma and a word, inside quotes, between
 * slashes, glued to a label, in JSON-ish and key=value exports, in a table row. Three sources of
 * numbers:
 * - every written form of every faker locale (test/helpers/faker-phones.ts);
 * - written conventions of several countries that faker-js does not write: "+1-", "001-", "1-",
 *   "+44 (0)", "+49 (0)", "+33 (0)", "(030)", dots as separators, "030/...", "0486/31 64 35"
 *   (INVENTED templates from each country's convention, digits filled as libphonenumber-js allows);
 * - a North American and a European number with every written extension ("x1234", "ext. 12",
 *   "#123", ", ext 12", "(ext. 12)", "extension 12", "Ext.12").
 * Each case is read in both styles: formatted (as written) and asr (the evaluation sets' speaker,
 * scripts/eval-sets/spoken.ts). A case is found when every number of the line is exactly one
 * PHONE_NUMBER span and nothing else is one. Precision: dates, times, prices, order and reference
 * numbers, ISBNs, postcodes, card and account numbers in the same places are no phone.
 *
 * PHONE_WRITTEN=1 prints recall per frame, source and style, and every miss; PHONE_WRITTEN_STEP=1
 * takes every faker form in every frame (the test takes every fifth, rotating).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { Word } from '../../types.js';
import { makeRng } from '../../../scripts/eval-sets/rng.js';
import { speakToken, type SpeakState } from '../../../scripts/eval-sets/spoken.js';
import { NUMBERS, numbersOf, type Style } from '../../../test/helpers/faker-phones.js';
import type { Rng } from '../../../scripts/eval-sets/rng.js';

interface Source {
  source: 'faker' | 'convention' | 'extension';
  name: string;
  texts: string[];
}

/** Written conventions, "#" any digit, "!" 2-9: INVENTED templates from each country's plan. */
const CONVENTIONS: [string, string][] = [
  ['US', '!##-!##-####'],
  ['US', '(!##)!##-####'],
  ['US', '(!##) !##-####'],
  ['US', '!##.!##.####'],
  ['US', '+1-!##-!##-####'],
  ['US', '001-!##-!##-####'],
  ['US', '1-!##-!##-####'],
  ['US', '+1 (!##) !##-####'],
  ['US', '+1.!##.!##.####'],
  ['US', '!##!######'],
  ['US', '+1!##!######'],
  ['GB', '+44 (0)20 #### ####'],
  ['GB', '+44(0)20 #### ####'],
  ['GB', '+44 (0)7### ######'],
  ['GB', '(0161) ### ####'],
  ['GB', '01632 ######'],
  ['GB', '0044 20 #### ####'],
  ['DE', '+49 (0)30 ########'],
  ['DE', '+49(0)89-#######'],
  ['DE', '030/########'],
  ['DE', '(030) ########'],
  ['DE', '0049 30 ########'],
  ['DE', '0151 ########'],
  ['NL', '+31(0)20-#######'],
  ['NL', '020-#######'],
  ['NL', '06-########'],
  ['FR', '+33 (0)1 ## ## ## ##'],
  ['FR', '01.##.##.##.##'],
  ['FR', '0033 1 ## ## ## ##'],
  ['FR', '06-##-##-##-##'],
  ['CH', '+41 (0)44 ### ## ##'],
  ['CH', '044 ### ## ##'],
  ['AT', '+43 (0)1 #######'],
  ['AU', '+61-4##-###-###'],
  ['AU', '+61.4##.###.###'],
  ['AU', '(02) #### ####'],
  ['BE', '0486/## ## ##'],
  ['BE', '02/### ## ##'],
  ['BE', '+32 (0)2 ### ## ##'],
  ['IT', '+39 06 ########'],
  ['IT', '06-########'],
  ['ES', '+34 91# ### ###'],
  ['ES', '91# ## ## ##'],
  ['IN', '+91-98###-#####'],
  ['IN', '+91 98### #####'],
  ['JP', '03-####-####'],
  ['BR', '(11) 9####-####'],
  ['BR', '+55 11 9####-####'],
  ['MX', '+52 55 #### ####'],
  ['RS', '011/###-####'],
  ['RS', '+381 11 #######'],
  ['SE', '08-### ## ##'],
  ['PL', '+48 22 ### ## ##'],
  ['IE', '+353 (0)1 ### ####'],
  ['ZA', '+27 (0)21 ### ####'],
  ['NZ', '+64 9 ### ####'],
  ['NZ', '(09) ###-####'],
  ['DK', '## ## ## ##'],
  ['DK', '#### ####'],
  ['SE', '+46 (0)8 ### ### ##'],
  ['SE', '0##-### ## ##'],
  ['FI', '0## ### ####'],
  ['NO', '### ## ###'],
  ['IS', '### ####'],
  ['AU', '#### ####'],
  ['BR', '(##) ####-####'],
  ['IT', '0### #######'],
  ['US', '!##-####'],
  ['US', '!## ####'],
  ['US', '+1-!##-!##-####x####'],
  ['US', '001-!##-!##-####x###'],
  ['US', '(!##)!##-####x#####'],
  ['US', '!##.!##.####x###'],
  ['FR', '01.##.##.##.##'],
  ['FR', '+33 1 ## ## ## ##'],
  ['NL', '06-## ## ## ##'],
  ['NL', '+31 6 ########'],
  ['DE', '+49 (0) 30 ########'],
];

/** The written extensions after a number (North American and German). */
const EXTENSIONS = [
  ' x1234',
  'x123',
  ' x 42',
  ' ext. 12',
  ' ext 305',
  ' Ext. 4417',
  ' EXT 88',
  ', ext. 12',
  ' #123',
  ' (ext. 12)',
  ' extension 12',
  ' Ext.12',
  ' ext.12',
  ' Durchwahl 12',
];

function sources(step: number): Source[] {
  const out: Source[] = [];
  NUMBERS.forEach((n, i) => {
    if (i % Math.max(1, Math.floor(step / 2)) === 0)
      out.push({ source: 'faker', name: `${n.locale} ${n.format}`, texts: n.texts });
  });
  for (const [country, format] of CONVENTIONS) {
    const { texts } = numbersOf(`written ${country}`, format, country as never);
    out.push({ source: 'convention', name: `${country} ${format}`, texts });
  }
  const us = numbersOf('written ext US', '!##-!##-####', 'US').texts;
  const de = numbersOf('written ext DE', '030 ########', 'DE').texts;
  for (const ext of EXTENSIONS) {
    const base = ext.includes('Durchwahl') ? de : us;
    out.push({ source: 'extension', name: `ext "${ext}"`, texts: base.map((t) => t + ext) });
  }
  return out;
}

/**
 * Frames with no word naming a telephone: a name and brackets or dashes around the number. There a
 * number without a trunk prefix or its region's grouping is left to the account detector on purpose
 * (phone-locales.test.ts); counted in the "no cue" rows.
 */
const NO_CUE = new Set<string>();
const noCue = (frame: string): string => {
  NO_CUE.add(frame);
  return frame;
};

/** "{}" the number, "{2}" a second number of the same source. */
const FRAMES: string[] = [
  'Tel.: {}',
  'Tel.:{}',
  'Phone - {}',
  'Phone – {}',
  'Mob: {}',
  'T: {}',
  'T: {} | F: {2}',
  'Please call {}.',
  'Call {}, Mira will answer.',
  'Call me at {}!',
  'Her number is "{}".',
  "Her number is '{}'.",
  noCue('Reception / {} / front desk'),
  noCue('Mira Tolvanen ({})'),
  noCue('Mira Tolvanen [{}]'),
  noCue('Mira Tolvanen <{}>'),
  noCue('Mira Tolvanen - {} - Tarnmoor'),
  noCue('{} (Mira Tolvanen)'),
  '{"name": "Mira Tolvanen", "phone": "{}"}',
  '{"phone":"{}","city":"Tarnmoor"}',
  'name=Mira Tolvanen; phone={}; city=Tarnmoor',
  'name="Mira Tolvanen" phone="{}" city=Tarnmoor',
  noCue('Mira Tolvanen | {} | Tarnmoor'),
  '* Phone: {}',
  'Is {} still your number?',
  'Phone {}; fax {2}.',
  'Mira Tolvanen, Tarnmoor, phone {}.',
  'Contact Mira Tolvanen on {}, or email mira@example.com.',
  'Personal details: Phone: {} E-mail: mira@example.com',
  'Call me on {}?',
  'I am not answering at {} today.',
  'Tarnmoor 4821 {} office {2} fax',
  'Mira Tolvanen Phone: {} I need help.',
];

/** Things that stand where numbers stand and are no phone number. */
const NOT_PHONES = [
  '03.11.2024',
  '2024-11-03',
  '11/03/2024',
  '14:30-16:00',
  '$1,234.56',
  '€1.299,00',
  '#123456',
  'AB-2024-00123',
  'INV-2024-0042',
  '978-3-16-148410-0',
  'ISBN 978-0-306-40615-7',
  '75008',
  'SW1A 1AA',
  '4111 1111 1111 1111',
  'DE89 3704 0044 0532 0130 00',
  '1998-2024',
  'v2.14.3',
  '12.5%',
  '3/4',
];
const NOT_PHONE_FRAMES = [
  'Order: {}',
  'Ref.: {}',
  '{"order": "{}"}',
  'ref={}; city=Tarnmoor',
  'Mira Tolvanen ({})',
  'Due {}.',
  'Amount - {}',
  'Total: "{}"',
  'Mira Tolvanen | {} | Tarnmoor',
];

interface Case {
  source: Source;
  frame: string;
  style: Style;
  line: string;
  spans: [number, number][];
}

/**
 * The frame with its numbers put in, and the word ranges they cover. Written, a label or bracket glued
 * to the number is part of the number's word; said, the glued label is its own words and only the
 * number's words are the span.
 */
function place(frame: string, texts: string[], style: Style, rng: Rng): Omit<Case, 'source' | 'frame'> {
  const words: string[] = [];
  const spans: [number, number][] = [];
  const state: SpeakState = { repeats: rng.chance(0.3) };
  const say = (token: string, type?: 'PHONE_NUMBER'): string[] =>
    style === 'formatted' ? [token] : speakToken(token, type, rng, state);
  for (const token of frame.split(' ')) {
    const m = /^(.*?)\{(2?)\}(.*)$/.exec(token);
    if (!m) {
      words.push(...say(token));
      continue;
    }
    const parts = texts[m[2] === '2' ? 1 : 0]!.split(' ');
    const [before, after] = [m[1]!, m[3]!];
    if (style === 'asr' && /\p{L}/u.test(before)) words.push(...say(before.replace(/[^\p{L}]+$/u, '')));
    const start = words.length;
    parts.forEach((p, k) => {
      const first = k === 0 && (style === 'formatted' || !/\p{L}/u.test(before)) ? before : '';
      const last = k === parts.length - 1 ? after.replace(style === 'asr' ? /[&;"].*$/ : /$^/, '') : '';
      words.push(...say(first + p + last, 'PHONE_NUMBER'));
    });
    spans.push([start, words.length]);
    if (style === 'asr' && /[&;"]/.test(after)) words.push(...say(after.replace(/^[^&;"]*/, '')));
  }
  return { style, line: words.join(' '), spans };
}

const STEP = Number(process.env.PHONE_WRITTEN_STEP ?? 5);

function buildCases(): Case[] {
  const cases: Case[] = [];
  sources(STEP).forEach((source, i) => {
    FRAMES.forEach((frame, f) => {
      (['formatted', 'asr'] as const).forEach((style, s) => {
        if (source.source === 'faker' && (i + f + s * 2) % STEP !== 0) return;
        const rng = makeRng(`written ${source.name} ${f} ${style}`);
        cases.push({ source, frame, ...place(frame, source.texts, style, rng) });
      });
    });
  });
  return cases;
}

/** The line's words, split at spaces only ("|" is a table's column here, not a change of speaker). */
const wordsOf = (line: string): Word[] =>
  line.split(' ').map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' }));

const phoneSpans = (line: string): [number, number][] =>
  analyze(wordsOf(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

const exact = (c: Case, found: [number, number][]): boolean =>
  found.length === c.spans.length && c.spans.every(([s, e]) => found.some(([a, b]) => a === s && b === e));

interface Tally {
  hit: number;
  n: number;
}

function measure(): { rows: Map<string, Tally>; misses: string[]; falses: string[] } {
  const rows = new Map<string, Tally>();
  const misses: string[] = [];
  const count = (key: string, hit: boolean): void => {
    const t = rows.get(key) ?? rows.set(key, { hit: 0, n: 0 }).get(key)!;
    t.n++;
    if (hit) t.hit++;
  };
  for (const c of buildCases()) {
    const found = phoneSpans(c.line);
    const hit = exact(c, found);
    count(`all ${c.style}`, hit);
    count(`${c.source.source} ${c.style}`, hit);
    count(`${NO_CUE.has(c.frame) ? 'no cue' : 'cue'} ${c.style}`, hit);
    count(`frame ${c.frame} ${c.style}`, hit);
    if (!hit)
      misses.push(
        `${c.style} ${c.source.name} [${c.frame}]: ${c.line}  want ${JSON.stringify(c.spans)} got ${JSON.stringify(found)}`,
      );
  }
  const falses: string[] = [];
  for (const text of NOT_PHONES)
    for (const frame of NOT_PHONE_FRAMES)
      for (const style of ['formatted', 'asr'] as const) {
        const rng = makeRng(`not ${text} ${frame} ${style}`);
        const written = frame.replace('{}', text);
        const line =
          style === 'formatted'
            ? written
            : written
                .replace(/[=;]/g, ' ')
                .split(' ')
                .flatMap((t) => speakToken(t, undefined, rng, { repeats: false }))
                .join(' ');
        if (phoneSpans(line).length > 0) falses.push(`${style}: ${line}`);
      }
  return { rows, misses, falses };
}

/** Recall per row (exact spans), at least as measured when the probe was written. */
const FLOORS: Record<string, number> = {
  'all formatted': 0.987,
  'all asr': 0.96,
  'cue formatted': 0.999,
  'cue asr': 0.983,
  'no cue formatted': 0.942,
  'no cue asr': 0.875,
  'faker formatted': 0.98,
  'faker asr': 0.961,
  'convention formatted': 0.989,
  'convention asr': 0.961,
  'extension formatted': 1,
  'extension asr': 0.95,
};

/**
 * Known false phones, left: a reference with letters and a year said in it ("AB-2024-00123" said
 * "ab twenty twenty four oh oh one two three") reads as nine digits valid in some region.
 */
const KNOWN_FALSE = ['asr: total ab twenty twenty four oh oh one two three'];

describe('phone numbers where written text and exports put them', () => {
  const { rows, misses, falses } = measure();
  if (process.env.PHONE_WRITTEN) {
    for (const [k, t] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
      console.log(`${k.padEnd(70)} ${(Math.floor((t.hit / t.n) * 1000) / 1000).toFixed(3)}  (${t.n})`);
    for (const m of misses) console.log(`miss ${m}`);
    for (const f of falses) console.log(`false ${f}`);
  }
  it('finds no phone in dates, prices, references and other numbers in the same places', () => {
    expect(falses.filter((f) => !KNOWN_FALSE.includes(f))).toEqual([]);
  });
  it.each(Object.entries(FLOORS))('%s', (key, floor) => {
    const t = rows.get(key);
    expect(t, key).toBeDefined();
    expect(t!.hit / t!.n).toBeGreaterThanOrEqual(floor);
  });
});
