/**
 * Written and spoken forms of phone numbers that documents and calls use beyond the writings of
 * test/e2e/detect-phone-table.test.ts: labels before and after the number in many languages ("Tél.", "Tlf",
 * "Mob.", "Handy", "Cel.", "WhatsApp", "No.", "#"), brackets, two numbers joined by "or", "/", ",",
 * ";" and "and", a number at a sentence end before punctuation or a closing quote, "(0)" after the
 * country code with odd groupings, dots and spaces mixed, the 00 and 011 prefixes, extensions in
 * other languages ("poste", "Durchwahl", "int.", "ramal", "доб."), and, said aloud, "double" and
 * "triple", "oh", pairs said as tens, area codes said as hundreds and country codes said as numbers
 * after "plus".
 *
 * The numbers are libphonenumber-js's example mobile numbers of every region (a rotating subset per
 * frame, to keep the test fast); the second number of a pair is the example with its last digits
 * changed and checked valid. Every frame is INVENTED. Recall (the number found as exactly one span)
 * is measured per frame kind and style and must stay above a floor; precision is asserted on the
 * controls: dates, amounts, order numbers, card numbers, times, postcodes and years beside or
 * instead of a phone number give no PHONE_NUMBER span.
 *
 * PHONE_FORMS=1 prints recall per kind and every miss; PHONE_FORMS_STEP=1 measures every region in
 * every frame (the test takes every eighth).
 */
import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { cardinalWords } from '../../../scripts/eval-sets/spoken.js';

const DIGIT = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** How a voice reads a number aloud. */
type Voice = 'digits' | 'double' | 'pairs' | 'hundreds' | 'cc number';
const VOICES: Voice[] = ['digits', 'double', 'pairs', 'hundreds', 'cc number'];

/** Digits one by one; "double"/"triple" for repeats when asked; zero as "oh". */
function digitWords(digits: string, repeats: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length;) {
    let same = 1;
    while (digits[i + same] === digits[i]) same++;
    const word = digits[i] === '0' ? 'oh' : DIGIT[Number(digits[i])]!;
    if (repeats && same >= 2) {
      const take = same >= 3 ? 3 : 2;
      out.push(take === 3 ? 'triple' : 'double', word);
      i += take;
    } else {
      out.push(word);
      i++;
    }
  }
  return out;
}

/** One written group of digits said by a voice. */
function sayGroup(group: string, voice: Voice, last: boolean): string[] {
  // "four fifteen", "eight hundred": a group of three not starting with 0 said as a number and
  // its tens ("4" + "15") or as hundreds
  if (voice === 'hundreds' && /^[1-9]\d\d$/.test(group)) {
    if (group.endsWith('00')) return cardinalWords(Number(group));
    if (group[1] !== '0') return [DIGIT[Number(group[0])]!, ...cardinalWords(Number(group.slice(1)))];
  }
  // the last four as two pairs ("oh one thirty two"), groups of two as tens ("forty two")
  if (voice === 'pairs' && (group.length === 2 || (last && group.length === 4))) {
    const out: string[] = [];
    for (let i = 0; i < group.length; i += 2) {
      const pair = group.slice(i, i + 2);
      out.push(...(pair[0] === '0' ? digitWords(pair, false) : cardinalWords(Number(pair))));
    }
    return out;
  }
  return digitWords(group, voice === 'double');
}

/** A written number said aloud: "+" as "plus" (the country code as a number for that voice). */
function say(written: string, voice: Voice): string {
  const parts = written.match(/\+|\p{L}+|\d+/gu) ?? [];
  const words: string[] = [];
  parts.forEach((part, k) => {
    if (part === '+') words.push('plus');
    else if (/^\d+$/.test(part)) {
      if (voice === 'cc number' && parts[k - 1] === '+') words.push(...cardinalWords(Number(part)));
      else words.push(...sayGroup(part, voice, k === parts.length - 1));
    }
  });
  return words.join(' ');
}

interface Numbers {
  region: CountryCode;
  national: string;
  international: string;
  cc: string;
  /** the national significant number */
  nsn: string;
  trunk: boolean;
  /** a second valid number of the region (the example with its last digits changed) */
  other: { national: string; international: string } | null;
}

function numbersOf(region: CountryCode): Numbers | null {
  const n = getExampleNumber(region, examples as never);
  if (!n || n.nationalNumber.length <= 6) return null;
  const nsn = n.nationalNumber;
  let other: Numbers['other'] = null;
  for (const tail of ['47', '83', '29']) {
    const p = parsePhoneNumber(`+${n.countryCallingCode}${nsn.slice(0, -2)}${tail}`);
    if (p.isValid() && p.nationalNumber !== nsn) {
      other = { national: p.formatNational(), international: p.formatInternational() };
      break;
    }
  }
  return {
    region,
    national: n.formatNational(),
    international: n.formatInternational(),
    cc: n.countryCallingCode,
    nsn,
    trunk: /^\(?0/.test(n.formatNational()),
    other,
  };
}

const NUMBERS = getCountries()
  .map(numbersOf)
  .filter((n): n is Numbers => n !== null);

/** The ways of writing a number that a frame kind uses; undefined: not written so in that region. */
const WRITINGS: Record<string, (n: Numbers) => string | undefined> = {
  national: (n) => n.national,
  international: (n) => n.international,
  // "+44 (0) 20 79 46 00 18": the trunk prefix in brackets, then pairs
  '(0) pairs': (n) => (n.trunk ? `+${n.cc} (0) ${n.nsn.replace(/(\d\d)(?=\d)/g, '$1 ')}` : undefined),
  // "+44 (0)207 946 0018": the trunk prefix glued, then threes
  '(0) threes': (n) => (n.trunk ? `+${n.cc} (0)${n.nsn.replace(/(\d{3})(?=\d{2})/g, '$1 ')}` : undefined),
  // "020.7946 0018": dots and spaces mixed
  'dots and spaces': (n) => {
    const groups = n.national.replace(/[()]/g, '').split(/[ -]/);
    if (groups.length < 3) return undefined;
    return groups.map((g, i) => (i === 0 ? g : (i % 2 ? '.' : ' ') + g)).join('');
  },
  '00': (n) => `00${n.cc} ${n.international.slice(n.cc.length + 2)}`,
  '00 spaced': (n) => `00 ${n.cc} ${n.international.slice(n.cc.length + 2)}`,
  '011': (n) => `011 ${n.cc} ${n.international.slice(n.cc.length + 2)}`,
  '011 hyphens': (n) => `011-${n.cc}-${n.international.slice(n.cc.length + 2).replace(/ /g, '-')}`,
};

interface Frame {
  kind: string;
  /** "{}" the number, "{2}" a second number of the region */
  text: string;
  writings: string[];
  /** said aloud too (lower case, no punctuation, the number read by each voice) */
  asr: boolean;
}

const BOTH = ['national', 'international'];
const frames = (kind: string, texts: string[], writings = BOTH, asr = true): Frame[] =>
  texts.map((text) => ({ kind, text, writings, asr }));

const FRAMES: Frame[] = [
  ...frames('label before', [
    'Tel. {}',
    'Tél. : {}',
    'Tlf. {}',
    'Tlf: {}',
    'Mob. {}',
    'Handy: {}',
    'Cel. {}',
    'WhatsApp {}',
    'WhatsApp: {} (any time)',
    'Tel. No. {}',
    'Phone No. {}',
    'Phone #: {}',
    'Ph# {}',
    'Cell # {} after six',
    'Telefon/Fax: {}',
  ]),
  ...frames('label after', [
    '{} (Tel.)',
    '{} Tlf',
    '{} (Mob.)',
    '{} Handy',
    '{} (WhatsApp)',
    '{} cel.',
    '{} [mobile]',
    '{} - mobile',
    'Mira Tolvanen {} (mobil)',
  ]),
  ...frames('brackets', [
    'Contact: Mira Tolvanen [{}]',
    'Write to Mira Tolvanen (Tel. {}) today.',
    'Mira Tolvanen (Mob.: {}) will call.',
    'Call me ({}) tonight.',
  ]),
  ...frames('two numbers', [
    'Call me at {} or {2}.',
    'Phone: {} / {2}',
    'Phone: {}/{2}',
    'Tel. {}, {2}',
    'Tel. {}; {2}',
    'My numbers are {} and {2}.',
    'Mobile {} or landline {2}',
  ]),
  ...frames('sentence end', [
    'Call me at {}!',
    'Is your number still {}?',
    'She said: "call me at {}."',
    'Her new number is "{}".',
    'Text me on {}...',
    'My cell is {}; my email is mira@example.com.',
    'Reach me at {}, please.',
    "He wrote 'call {}'.",
    'Her number is «{}».',
  ]),
  ...frames(
    '(0) and odd groups',
    ['Tel. {}', 'Call me on {} tonight.', '{} is my mobile.'],
    ['(0) pairs', '(0) threes', 'dots and spaces'],
  ),
  ...frames(
    '00 and 011',
    ['Tel. {}', 'From abroad dial {}.', 'Call me on {} tonight.'],
    ['00', '00 spaced', '011', '011 hyphens'],
  ),
  ...frames(
    'extension',
    [
      'Tel. {} poste 12',
      'Tel. {}, poste 204',
      'Telefon {} Durchwahl 17',
      'Tel. {} int. 12',
      'Telefone {} ramal 230',
      'Тел. {} доб. 123',
      'Call {} ext. 17 (office)',
    ],
    ['national'],
  ),
];

interface Case {
  kind: string;
  style: 'formatted' | 'asr';
  region: CountryCode;
  line: string;
  spans: [number, number][];
}

/** The frame with its numbers put in, and the word ranges they cover (extensions included). */
function place(frame: string, first: string, second: string): { line: string; spans: [number, number][] } {
  const words: string[] = [];
  const spans: [number, number][] = [];
  for (const token of frame.split(' ')) {
    const m = /^(.*?)\{(2?)\}(.*)$/.exec(token);
    if (!m) {
      words.push(token);
      continue;
    }
    const texts = m[2] === '2' ? [second] : [first];
    // "{}/{2}": both numbers in one token
    const both = /\{\}\/\{2\}/.exec(token);
    if (both) {
      const a = first.split(' ');
      const b = second.split(' ');
      const start = words.length;
      words.push(...a.slice(0, -1), `${a.at(-1)}/${b[0]}`, ...b.slice(1));
      spans.push([start, words.length]);
      continue;
    }
    const parts = texts[0]!.split(' ');
    const start = words.length;
    parts.forEach((p, k) => words.push((k === 0 ? m[1] : '') + p + (k === parts.length - 1 ? m[3] : '')));
    spans.push([start, words.length]);
  }
  return { line: words.join(' '), spans };
}

/** The same said aloud: lower case, punctuation dropped, the number read by a voice. */
function placeSaid(
  frame: string,
  first: string,
  second: string,
  voice: Voice,
): { line: string; spans: [number, number][] } {
  const words: string[] = [];
  const spans: [number, number][] = [];
  for (const token of frame.split(' ')) {
    const pieces = token.split(/(\{2?\})/).filter((p) => p !== '');
    for (const piece of pieces) {
      if (piece === '{}' || piece === '{2}') {
        const said = say(piece === '{}' ? first : second, voice).split(' ');
        spans.push([words.length, words.length + said.length]);
        words.push(...said);
        continue;
      }
      for (const w of piece.toLowerCase().split(/[^\p{L}\d]+/u))
        if (w !== '') words.push(...(/^\d+$/.test(w) ? digitWords(w, false) : [w]));
    }
  }
  // the extension said after the number is part of its span
  return { line: words.join(' '), spans };
}

const STEP = Number(process.env.PHONE_FORMS_STEP ?? 8);

function buildCases(): Case[] {
  const cases: Case[] = [];
  FRAMES.forEach((frame, f) => {
    for (const how of frame.writings) {
      NUMBERS.forEach((n, i) => {
        // a rotating eighth of the regions per frame and writing (PHONE_FORMS_STEP=1: all of them)
        if ((i + f) % STEP !== 0) return;
        const first = WRITINGS[how]!(n);
        if (first === undefined) return;
        if (frame.text.includes('{2}') && !n.other) return;
        const second = n.other ? (how === 'international' ? n.other.international : n.other.national) : '';
        const placed = place(frame.text, first, second);
        cases.push({ kind: frame.kind, style: 'formatted', region: n.region, ...extendExtension(placed) });
        if (!frame.asr) return;
        const voice = VOICES[(i + f) % VOICES.length]!;
        const said = placeSaid(frame.text, first, second, voice);
        cases.push({ kind: frame.kind, style: 'asr', region: n.region, ...extendExtension(said) });
      });
    }
  });
  return cases;
}

/** Extension words said after the number belong to its span ("... poste one two"). */
function extendExtension(c: { line: string; spans: [number, number][] }): {
  line: string;
  spans: [number, number][];
} {
  const words = c.line.split(' ');
  const spans = c.spans.map(([s, e]): [number, number] => {
    if (!/^(?:poste|durchwahl|int|ramal|доб|ext)\.?$/i.test(words[e] ?? '')) return [s, e];
    let end = e + 1;
    while (DIGIT.includes(words[end] ?? '') || words[end] === 'oh' || /^\d+$/.test(words[end] ?? '')) end++;
    return [s, end];
  });
  return { line: c.line, spans };
}

const phoneSpans = (line: string): [number, number][] =>
  analyze(sayWords(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

/** Is every number of the case found as one span, exactly, and nothing else? */
function exact(c: Case): boolean {
  const found = phoneSpans(c.line);
  // two numbers glued by a slash in one word ("678/0412"): covered as one span or two that share it
  if (/\d\/[+\d]/.test(c.line)) {
    const words = new Set<number>();
    for (const [a, b] of found) for (let w = a; w < b; w++) words.add(w);
    const [s, e] = c.spans[0]!;
    return words.size === e - s && [...words].every((w) => s <= w && w < e);
  }
  return (
    found.length === c.spans.length && c.spans.every(([s, e]) => found.some(([a, b]) => a === s && b === e))
  );
}

const CASES = buildCases();

function measure(): { recall: Map<string, number>; misses: string[] } {
  const hits = new Map<string, [number, number]>();
  const misses: string[] = [];
  for (const c of CASES) {
    const key = `${c.kind} ${c.style}`;
    const h = hits.get(key) ?? [0, 0];
    h[1]++;
    if (exact(c)) h[0]++;
    else
      misses.push(
        `${key} ${c.region}: ${c.line}  want ${JSON.stringify(c.spans)} got ${JSON.stringify(phoneSpans(c.line))}`,
      );
    hits.set(key, h);
  }
  return { recall: new Map([...hits].map(([k, [h, n]]) => [k, h / n])), misses };
}

/** Recall per frame kind and style (exact spans), at least as measured when the test was written. */
const FLOORS: Record<string, number> = {
  'label before formatted': 1,
  'label before asr': 0.98,
  'label after formatted': 0.99,
  'label after asr': 1,
  'brackets formatted': 1,
  'brackets asr': 1,
  'two numbers formatted': 0.97,
  'two numbers asr': 0.99,
  'sentence end formatted': 1,
  'sentence end asr': 1,
  '(0) and odd groups formatted': 1,
  '(0) and odd groups asr': 1,
  '00 and 011 formatted': 1,
  '00 and 011 asr': 1,
  'extension formatted': 1,
  'extension asr': 1,
};

describe('phone numbers in the forms documents and calls use', () => {
  const { recall, misses } = measure();
  if (process.env.PHONE_FORMS) {
    for (const [k, r] of recall) console.log(`${k.padEnd(32)} ${r.toFixed(3)}`);
    for (const m of misses) console.log(`miss ${m}`);
  }
  it.each([...recall.entries()])('%s', (kind, r) => {
    expect(FLOORS[kind]).toBeDefined();
    expect(r).toBeGreaterThanOrEqual(FLOORS[kind]!);
  });
});

/** Number-like values that are no phone number, alone in a line: no PHONE_NUMBER span. */
const NO_PHONE: string[] = [
  // dates
  'Born 14.03.1986 in Tarnmoor.',
  'Delivered on 2026-03-14, signed 14/03/2026.',
  'Valid until 31 12 2027.',
  // amounts
  'Total: €2.468.013,00 incl. VAT',
  'The fund raised $12,500,000 last year.',
  'Saldo 2 468 013 kr.',
  'Preço: R$ 12.345,67',
  // order and invoice numbers
  'Order #44112233 has shipped.',
  'Invoice No. 2026/04/1187 is due.',
  'Ref. No. 4411-2233-9',
  // card numbers
  'Card: 4111 1111 1111 1111',
  'The card number is 5500 0000 0000 0004.',
  // times
  'Open 10:30-11:45 and 14:00-17:30.',
  'Hours: 09.00 - 17.30',
  // postcodes
  '75008 Paris, France',
  'Postal code 02-495 Warszawa',
  'ZIP 90210-1234',
  'CEP 01310-100 São Paulo',
  // years
  'We lived there 1998, 2004 and 2010.',
  'Between 1990-1995 and 2019/2020.',
  // said aloud
  'born fourteen oh three nineteen eighty six',
  'the order number is four four one one two two three three',
  'the card number is four one one one one one one one one one one one one one one one',
  'we are open from ten thirty to eleven forty five',
  'my zip code is nine oh two one oh',
  'we lived there in nineteen ninety eight and two thousand four',
  'it cost twelve thousand three hundred forty five dollars',
];

/** A phone beside values that must stay out: exact spans of the phone numbers only. */
const BESIDE: [string, [number, number][]][] = [
  ['Tel. 0612 345 678, born 14.03.1986', [[1, 4]]],
  ['Order #44112233 — Tel. +33 6 12 34 56 78', [[4, 10]]],
  ['Card: 4111 1111 1111 1111 / Mob. 07400 123456', [[7, 9]]],
  ['Tlf. 12 34 56 78 (10:30-11:45)', [[1, 5]]],
  ['75008 Paris, Tél. : 01 23 45 67 89.', [[4, 9]]],
  ['Handy: 0151 23456789, Saldo 2 468 013 kr.', [[1, 3]]],
  ['WhatsApp +49 151 23456789 (since 2019/2020)', [[1, 4]]],
  ['Telefon/Fax: 030 901820, 10115 Berlin', [[1, 3]]],
  // two numbers glued by a slash in one word: both covered, the slash word too
  ['Phone: 0412 345 678/0412 345 647', [[1, 6]]],
  // the leftovers of round 13
  ['happy birthday four one five five five five oh one four three is my new number', [[2, 12]]],
  ['My credit card was declined. (415) 555-0143 mobile', [[5, 7]]],
  ['My account is locked, 415-555-0143 is my cell.', [[4, 5]]],
  [
    'phone oh six one two three four five six seven eight oh six one two three four five six four seven',
    [
      [1, 11],
      [11, 21],
    ],
  ],
];

describe('precision: number-like values stay out', () => {
  it.each(NO_PHONE)('%s', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
  it.each(BESIDE)('%s', (line, spans) => {
    const found = phoneSpans(line);
    if (/\d\/\d/.test(line)) {
      // one span or two that share the slash word
      const words = new Set<number>();
      for (const [a, b] of found) for (let w = a; w < b; w++) words.add(w);
      expect([...words].sort((a, b) => a - b)).toEqual(
        Array.from({ length: spans[0]![1] - spans[0]![0] }, (_, k) => spans[0]![0] + k),
      );
    } else expect(found).toEqual(spans);
  });
});
