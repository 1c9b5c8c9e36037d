/**
 * Round 12 probe: a mobile and a fixed-line number of every region libphonenumber-js knows (the
 * mobile example it ships; a fixed-line number drawn from the region's FIXED_LINE pattern of the
 * "max" metadata), written the ways people write national and international numbers (the region's
 * national format, spaces, dots, dashes, a slash after the area code, the area code in brackets,
 * no separators, "+CC", "00CC", "+CC (0)", "+CC(0)") and said the ways ASR renders them (digits one
 * by one with "oh"/"zero", "double", some pairs as numbers, "plus four four", "double oh four
 * four", the trunk zero said after the country code), each inside an invented sentence with or
 * without a phone cue.
 *
 * Measured per style, cue and form: word recall (number words under any redacted span: PHONE or
 * ACCOUNT, both are redacted), phone recall (words under a PHONE_NUMBER span) and precision (words
 * of PHONE_NUMBER spans that belong to the number). Floors below; `PHONE_PROBE=1` prints the table
 * with the region families (world numbering zones) as well. Hard negatives (years, dates, prices,
 * quantities, order and case numbers after their cue, postcodes, house numbers) must give no
 * PHONE_NUMBER span at all.
 */
import { describe, expect, it } from 'vitest';
import {
  Metadata,
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { analyze } from '../../src/detect/analyze.js';
import type { Word } from '../../src/types.js';
import { cardinalWords } from '../../scripts/eval-sets/spoken.js';
import { mulberry32 } from '../helpers/seeded.js';

/** a seeded integer in [0, n) */
function rng(seed: number): (n: number) => number {
  const next = mulberry32(seed);
  return (n) => next() % n;
}

/**
 * A digit string matching a libphonenumber pattern (digits, \d, [..] classes, (?:..|..) groups,
 * {n}, {n,m} and ? quantifiers), choices drawn with `next`.
 */
function sample(pattern: string, next: (n: number) => number): string {
  let i = 0;
  // each alternative is generated (the parse moves past it), one of them is kept
  const alternation = (): string => {
    const branches = [sequence()];
    while (pattern[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches[next(branches.length)]!;
  };
  const atom = (): (() => string) => {
    const c = pattern[i]!;
    if (c === '(') {
      i += pattern.startsWith('(?:', i) ? 3 : 1;
      const start = i;
      alternation(); // to find the closing bracket
      i++;
      const end = i;
      return () => {
        i = start;
        const s = alternation();
        i = end;
        return s;
      };
    }
    if (c === '[') {
      const close = pattern.indexOf(']', i);
      const body = pattern.slice(i + 1, close).replace(/\\d/g, '0-9');
      i = close + 1;
      const digits: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && body[k + 2] !== undefined) {
          for (let d = Number(body[k]); d <= Number(body[k + 2]); d++) digits.push(String(d));
          k += 2;
        } else digits.push(body[k]!);
      }
      return () => digits[next(digits.length)]!;
    }
    if (c === '\\') {
      i += 2;
      return () => String(next(10));
    }
    i++;
    return () => c;
  };
  const sequence = (): string => {
    let out = '';
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const gen = atom();
      let [min, max] = [1, 1];
      const q = /^(?:\{(\d+)(?:,(\d*))?\}|\?)/.exec(pattern.slice(i));
      if (q) {
        i += q[0].length;
        if (q[0] === '?') [min, max] = [0, 1];
        else [min, max] = [Number(q[1]), q[2] === undefined ? Number(q[1]) : Number(q[2] || q[1])];
      }
      const times = min + next(max - min + 1);
      for (let t = 0; t < times; t++) out += gen();
    }
    return out;
  };
  return alternation();
}

interface PlanTypes {
  type(t: string): { pattern(): string } | undefined;
  callingCode(): string;
}

/** A valid fixed-line number of the region drawn from its FIXED_LINE pattern, or undefined. */
function fixedLine(region: CountryCode, next: (n: number) => number): PhoneNumber | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as unknown as PlanTypes;
  const pattern = plan.type('FIXED_LINE')?.pattern();
  if (!pattern) return undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    const number = parsePhoneNumberFromString(`+${plan.callingCode()}${sample(pattern, next)}`);
    if (!number?.isValid() || number.country !== region) continue;
    const type = number.getType();
    if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return number;
  }
  return undefined;
}

/** The ways of writing one number, by form (undefined: not written so in its region). */
function writings(number: PhoneNumber): Record<string, string | undefined> {
  const national = number.formatNational();
  const intl = number.formatInternational();
  const cc = number.countryCallingCode;
  const rest = intl.slice(cc.length + 2);
  const groups = national.match(/\d+/g) ?? [];
  const plain = groups.join(' ');
  const trunk = /^\(?0/.test(national);
  const [first, ...others] = groups;
  const restGroups = rest.match(/\d+/g) ?? [];
  return {
    national,
    'national spaces': plain,
    'national dots': groups.join('.'),
    'national dashes': groups.join('-'),
    'national digits': groups.join(''),
    // after a trunk prefix and the area code (DE, AT, CH, BE, HU ...), or the NANP area code
    'area slash':
      groups.length >= 2 && trunk
        ? `${first}/${others.join(' ')}`
        : cc === '1'
          ? `${first}/${others.join('-')}`
          : undefined,
    'area brackets':
      groups.length >= 2 && !national.includes('(') ? `(${first}) ${others.join(' ')}` : undefined,
    'no trunk': trunk ? rest : undefined,
    '+CC': intl,
    '+CC digits': number.number,
    '+CC dashes': `+${cc}-${restGroups.join('-')}`,
    '00CC': `00${cc} ${rest}`,
    '+CC (0)': trunk ? `+${cc} (0)${rest}` : undefined,
    '+CC(0) glued': trunk ? `+${cc}(0)${restGroups.join(' ')}` : undefined,
    '+CC (area)':
      restGroups.length >= 3 ? `+${cc} (${restGroups[0]}) ${restGroups.slice(1).join(' ')}` : undefined,
  };
}

interface Voice {
  zero: string;
  repeats: boolean;
  pairs: boolean;
}

const UNIT = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Digits one by one, "double"/"triple" for a run when the voice says so. */
function digitWords(digits: string, voice: Voice): string[] {
  const words: string[] = [];
  for (let i = 0; i < digits.length;) {
    const d = digits[i]!;
    let same = 1;
    while (digits[i + same] === d) same++;
    const word = d === '0' ? voice.zero : UNIT[Number(d)]!;
    if (voice.repeats && same >= 2) {
      const take = same >= 3 ? 3 : 2;
      words.push(take === 3 ? 'triple' : 'double', word);
      i += take;
    } else {
      words.push(word);
      i++;
    }
  }
  return words;
}

/** Digit groups said one after the other; a group of two as a number when the voice reads pairs. */
function sayGroups(groups: string[], voice: Voice): string[] {
  return groups.flatMap((g) =>
    voice.pairs && /^[1-9]\d$/.test(g) ? cardinalWords(Number(g)) : digitWords(g, voice),
  );
}

/** The ways of saying one number, by form. */
function sayings(number: PhoneNumber, voice: Voice): Record<string, string | undefined> {
  const national = number.formatNational().match(/\d+/g) ?? [];
  const cc = number.countryCallingCode;
  const rest =
    number
      .formatInternational()
      .slice(cc.length + 2)
      .match(/\d+/g) ?? [];
  const trunk = /^\(?0/.test(number.formatNational());
  const say = (groups: string[]): string => sayGroups(groups, voice).join(' ');
  return {
    'said national': say(national),
    // the national groups with a pause after each ("~"): how a number is read out
    'said national paused': national.map((g) => sayGroups([g], voice).join(' ')).join(' ~ '),
    'said plus': `plus ${say([cc, ...rest])}`,
    'said double oh': `${voice.zero === 'oh' ? 'double oh' : 'double zero'} ${say([cc, ...rest])}`,
    'said plus (0)': trunk ? `plus ${say([cc, '0', ...rest])}` : undefined,
  };
}

/** Frames with a phone cue before the number. */
const CUED = [
  'Call me on {} after six.',
  'My number is {}.',
  'Tel. {}',
  'Mobile: {}',
  'You can reach me at {} tomorrow.',
  'Okay so my phone number is {} thanks.',
];
/** Frames with no cue: only the number's own shape says phone. */
const BARE = [
  '{} is the best way to get me.',
  'I left {} with the front desk.',
  'Write down {}',
  'She gave me {} before she left.',
];

/** ASR writes no punctuation and no capitals. */
const asrFrame = (frame: string): string => frame.toLowerCase().replace(/[.,:;()"]/g, '');

interface Case {
  region: string;
  /** world numbering zone: the first digit of the country calling code */
  zone: string;
  kind: 'mobile' | 'fixed';
  form: string;
  style: 'formatted' | 'asr';
  cued: boolean;
  line: string;
  span: [number, number];
}

function place(frame: string, number: string): { line: string; span: [number, number] } {
  const start = frame.slice(0, frame.indexOf('{}')).split(' ').length - 1;
  const words = number.split(' ').filter((w) => w !== '~').length;
  return { line: frame.replace('{}', number), span: [start, start + words] };
}

/** The words of a line, evenly timed (0.4 s a word), "~" a pause of half a second. */
function timedWords(line: string): Word[] {
  const words: Word[] = [];
  let pause = 0;
  for (const text of line.split(' ')) {
    if (text === '~') pause += 0.5;
    else {
      const start = words.length * 0.4 + pause;
      words.push({ text, start, end: start + 0.3, speaker: 'customer' });
    }
  }
  return words;
}

/** "21.12.34", "21-12-34": six digits in pairs read as a date first (FO, GL); not probed bare. */
const DATE_LIKE = /^\d{1,2}([-./])\d{1,2}\1\d{2}$/;

function buildCases(): Case[] {
  const next = rng(20261212);
  const cases: Case[] = [];
  for (const region of getCountries()) {
    const numbers: [Case['kind'], PhoneNumber | undefined][] = [
      ['mobile', getExampleNumber(region, examples as never)],
      ['fixed', fixedLine(region, next)],
    ];
    for (const [kind, number] of numbers) {
      // whole numbers of 5 digits or fewer are a phone number only right after a cue word
      if (!number || number.nationalNumber.length <= 5) continue;
      const zone = number.countryCallingCode[0]!;
      for (const cued of [true, false]) {
        const frames = cued ? CUED : BARE;
        for (const [form, text] of Object.entries(writings(number))) {
          if (text === undefined || (!cued && DATE_LIKE.test(text))) continue;
          const frame = frames[next(frames.length)]!;
          cases.push({ region, zone, kind, form, style: 'formatted', cued, ...place(frame, text) });
        }
        const voice = { zero: next(10) < 7 ? 'oh' : 'zero', repeats: next(2) === 1, pairs: next(100) < 15 };
        for (const [form, text] of Object.entries(sayings(number, voice))) {
          if (text === undefined) continue;
          const frame = asrFrame(frames[next(frames.length)]!);
          cases.push({ region, zone, kind, form, style: 'asr', cued, ...place(frame, text) });
        }
      }
    }
  }
  return cases;
}

interface Tally {
  words: number;
  covered: number;
  phone: number;
  phoneWords: number;
  phoneInside: number;
}

function measure(c: Case): Tally {
  const found = analyze(timedWords(c.line)).filter(
    (x) => x.type === 'PHONE_NUMBER' || x.type === 'ACCOUNT_NUMBER',
  );
  const [start, end] = c.span;
  const t: Tally = { words: end - start, covered: 0, phone: 0, phoneWords: 0, phoneInside: 0 };
  for (let w = start; w < end; w++) {
    if (found.some((x) => x.startWord <= w && w < x.endWord)) t.covered++;
    if (found.some((x) => x.type === 'PHONE_NUMBER' && x.startWord <= w && w < x.endWord)) t.phone++;
  }
  for (const x of found) {
    if (x.type !== 'PHONE_NUMBER') continue;
    for (let w = x.startWord; w < x.endWord; w++) {
      t.phoneWords++;
      if (w >= start && w < end) t.phoneInside++;
    }
  }
  return t;
}

const emptyTally = (): Tally => ({ words: 0, covered: 0, phone: 0, phoneWords: 0, phoneInside: 0 });

function addTo(s: Tally, t: Tally): void {
  s.words += t.words;
  s.covered += t.covered;
  s.phone += t.phone;
  s.phoneWords += t.phoneWords;
  s.phoneInside += t.phoneInside;
}

function add(totals: Map<string, Tally>, key: string, t: Tally): void {
  const s = totals.get(key) ?? emptyTally();
  addTo(s, t);
  totals.set(key, s);
}

const rate = (a: number, b: number): number => (b === 0 ? 1 : Number((a / b).toFixed(3)));

/**
 * Floors per style and cue: word recall (any redacted type), phone recall, precision. Measured in
 * round 12, before -> after the fixes it found (slash after the area code, the area code in
 * brackets, a date's year of the last centuries, groups said with pauses): formatted cued 0.998 ->
 * 1.000; asr cued 0.999 -> 0.999; formatted bare 0.952 / 0.907 (phone) -> 0.964 / 0.926; asr bare
 * 0.960 / 0.865 -> 0.976 / 0.921. Precision 1.000 throughout. The misses left without a cue are
 * numbers of 6-7 digits (counts and codes have that shape) and digits said one by one with no
 * pause (valid in some region by chance: redacted as an account number).
 */
const FLOOR: Record<string, { recall: number; phone: number; precision: number }> = {
  'formatted cued': { recall: 0.997, phone: 0.997, precision: 0.995 },
  'asr cued': { recall: 0.997, phone: 0.997, precision: 0.995 },
  'formatted bare': { recall: 0.96, phone: 0.92, precision: 0.995 },
  'asr bare': { recall: 0.97, phone: 0.915, precision: 0.995 },
};

describe('probe: mobile and fixed-line numbers of every region, every national form', () => {
  const cases = buildCases();

  it('covers most regions, both number kinds', () => {
    expect(new Set(cases.map((c) => c.region)).size).toBeGreaterThan(220);
    expect(new Set(cases.filter((c) => c.kind === 'fixed').map((c) => c.region)).size).toBeGreaterThan(200);
  });

  // one test per style and cue, so each stays well inside the test timeout on a loaded machine
  it.each(Object.entries(FLOOR))('keeps recall and precision above the floors: %s', (key, floor) => {
    const total = emptyTally();
    const byForm = new Map<string, Tally>();
    const byZone = new Map<string, Tally>();
    for (const c of cases) {
      if (`${c.style} ${c.cued ? 'cued' : 'bare'}` !== key) continue;
      const t = measure(c);
      if (process.env.PHONE_PROBE_MISSES && t.covered < t.words)
        console.log(`MISS ${key} ${c.form} ${c.region} ${c.kind}: ${c.line}`);
      if (process.env.PHONE_PROBE_MISSES && t.covered === t.words && t.phone < t.words)
        console.log(`ACCT ${key} ${c.form} ${c.region} ${c.kind}: ${c.line}`);
      if (process.env.PHONE_PROBE_MISSES && t.phoneInside < t.phoneWords)
        console.log(`FP ${c.style} ${c.form} ${c.region} ${c.kind}: ${c.line}`);
      addTo(total, t);
      add(byForm, `${key} | ${c.form}`, t);
      add(byZone, `${key} | zone ${c.zone} ${c.kind}`, t);
    }
    if (process.env.PHONE_PROBE) {
      const rows = [[key, total] as const, ...[...byForm].sort(), ...[...byZone].sort()].map(
        ([k, t]) =>
          `${k.padEnd(48)} recall ${rate(t.covered, t.words).toFixed(3)}  phone ${rate(t.phone, t.words).toFixed(3)}  precision ${rate(t.phoneInside, t.phoneWords).toFixed(3)}  (${t.words} w)`,
      );
      console.log(rows.join('\n'));
    }
    expect(total.words, `${key} cases`).toBeGreaterThan(0);
    expect(rate(total.covered, total.words), `${key} recall`).toBeGreaterThanOrEqual(floor.recall);
    expect(rate(total.phone, total.words), `${key} phone`).toBeGreaterThanOrEqual(floor.phone);
    expect(rate(total.phoneInside, total.phoneWords), `${key} precision`).toBeGreaterThanOrEqual(
      floor.precision,
    );
  });
});

const phoneSpans = (line: string): number[][] =>
  analyze(timedWords(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

describe('probe: the new readings on their own', () => {
  it.each([
    // a slash after the trunk zero and area code, then the local number's groups (FR, HU, KR)
    ['Call me on 06/47 38 21 95 after six.', [[3, 7]]],
    ['Write down 06/20 123 4567', [[2, 5]]],
    ['My number is 010/2000 0000.', [[3, 5]]],
    ['Tel. 081234/56789', [[1, 2]]],
    // the area code in brackets, two groups apart or seven digits
    ['(96) 123456 is the best way to get me.', [[0, 2]]],
    ['Write down (5123) 4567', [[2, 4]]],
    // a four-digit year is of the last centuries: "02-16-9032" is a number, not a date
    ['You can reach me at 02-16-9032 tomorrow.', [[5, 6]]],
    // said digit by digit with pauses between the groups a region writes
    ['she gave me six one two ~ three four ~ five six ~ seven eight before she left', [[3, 12]]],
    ['write down three six oh oh ~ one two three four', [[2, 10]]],
    ['i left five six oh ~ one two three four with the front desk', [[2, 9]]],
    // four groups or more said in pairs with pauses (FR, ES, NO)
    ['i left six one two ~ thirty four ~ fifty six ~ seventy eight with the front desk', [[2, 11]]],
    ['write down seventy two ~ thirty three ~ eighty one ~ fourteen', [[2, 9]]],
  ])('%s', (line, expected) => {
    expect(phoneSpans(line)).toEqual(expected);
  });
});

describe('probe: hard negatives stay out', () => {
  it.each([
    // years, dates (also with a slash and a group after them), times
    ['We moved in 1998 and again in 2004.'],
    ['The lease ran 06/12 2019 to 07/01 2020.'],
    ['It was 06/12 at noon and 12/03/2019 later.'],
    ['i was born in nineteen eighty four and moved in two thousand nine'],
    ['we met on the twelfth of march two thousand nineteen'],
    // prices and quantities
    ['It cost 3 417 258 euros and 12.500.000 before.'],
    ['We shipped (12) 34 boxes and 150 000 units.'],
    ['it cost four hundred and twenty nine dollars ninety nine'],
    ['about three hundred fifty thousand people came'],
    // order, case and reference numbers after their cue, also said in groups
    ['Your order number is 06/47 38 21 95.'],
    ['The case number is (4417) 2290 3318.'],
    ['your order number is four four one seven ~ two two nine oh ~ three three one eight'],
    ['the confirmation code is six one two ~ three four ~ five six ~ seven eight'],
    // postcodes and house numbers in addresses
    ['I live at 1427 Maple Avenue, Springfield 62704.'],
    ['Send it to 12 Rue Verte, 75011 Paris.'],
    ['my zip code is nine oh two ~ one oh'],
    // a date said in pairs with pauses, times and a count
    ['she was born twenty one ~ twelve ~ nineteen ~ ninety before the war'],
    ['we open at ten thirty ~ eleven fifteen ~ twelve forty five'],
    ['we sold twenty ~ thirty ~ forty ~ fifty'],
    ['i live at fourteen twenty seven maple avenue springfield six two seven oh four'],
    ['the flat is at 221 Baker Street, London NW1 6XE.'],
  ])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});
