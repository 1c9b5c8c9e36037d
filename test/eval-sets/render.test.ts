import { describe, expect, it } from 'vitest';
import { groupIntoCalls, renderCall, splitDocs, type CallSpec } from '../../scripts/eval-sets/render.js';
import { makeRng, type Rng } from '../../scripts/eval-sets/rng.js';
import {
  cardinalWords,
  digitWords,
  emailWords,
  houseNumberWords,
  ordinalWords,
  speakToken,
  yearWords,
} from '../../scripts/eval-sets/spoken.js';
import { detokenise } from '../../scripts/eval-sets/conll.js';
import { dropUnsaid } from '../../scripts/eval-sets/people-in-text.js';
import type { LabelledCall, Segment, SourceDoc } from '../../scripts/eval-sets/types.js';
import { spokenDigit } from '../../src/transcript/spoken-view.js';

/** A generator that always answers the same: next() = value, so chance(p) is value < p. */
const fixedRng = (value: number): Rng => ({
  next: () => value,
  chance: (p) => value < p,
  int: (min, max) => min + Math.floor(value * (max - min + 1)),
  pick: (items) => items[Math.floor(value * items.length)]!,
});
const ALWAYS = fixedRng(0); // every chance() is true
const NEVER = fixedRng(0.99); // every chance() is false

/** A segment from text where [[TYPE:value]] marks a label: offsets computed, not hand-counted. */
function seg(marked: string): Segment {
  let text = '';
  const labels: Segment['labels'] = [];
  for (const part of marked.split(/(\[\[[A-Z_]+:[^\]]+\]\])/)) {
    const m = /^\[\[([A-Z_]+):([^\]]+)\]\]$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    labels.push({
      type: m[1] as Segment['labels'][number]['type'],
      start: text.length,
      end: text.length + m[2]!.length,
    });
    text += m[2];
  }
  return { text, labels };
}

const spanTexts = (call: LabelledCall): [string, string][] =>
  call.labels.map((l) => [
    l.type,
    call.words
      .slice(l.start_word, l.end_word)
      .map((w) => w.text)
      .join(' '),
  ]);

/** Digits said in a span: "double five" -> 55, "oh" -> 0; other words skipped. */
function saidDigits(words: string[]): string {
  let out = '';
  let repeat = 1;
  for (const w of words) {
    if (w === 'double' || w === 'triple') {
      repeat = w === 'double' ? 2 : 3;
      continue;
    }
    const d = spokenDigit(w);
    if (d) out += d.repeat(repeat);
    repeat = 1;
  }
  return out;
}

const spec = (segments: Segment[], id = 'unit-0001'): CallSpec => ({ id, domain: 'test', segments });

describe('spoken numbers', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [14, 'fourteen'],
    [40, 'forty'],
    [42, 'forty two'],
    [100, 'one hundred'],
    [1427, 'one thousand four hundred twenty seven'],
    [20000, 'twenty thousand'],
  ])('cardinal %i -> %s', (n, said) => {
    expect(cardinalWords(n).join(' ')).toBe(said);
  });

  it.each([
    [1, 'first'],
    [3, 'third'],
    [12, 'twelfth'],
    [21, 'twenty first'],
    [30, 'thirtieth'],
  ])('ordinal %i -> %s', (n, said) => {
    expect(ordinalWords(n).join(' ')).toBe(said);
  });

  it.each([
    [1984, NEVER, 'nineteen eighty four'],
    [1905, NEVER, 'nineteen oh five'],
    [1900, NEVER, 'nineteen hundred'],
    [2009, ALWAYS, 'two thousand and nine'],
    [2009, NEVER, 'two thousand nine'],
    [2015, NEVER, 'twenty fifteen'],
  ])('year %i -> %s', (year, rng, said) => {
    expect(yearWords(year, rng).join(' ')).toBe(said);
  });

  it.each([
    ['4150', NEVER, false, 'four one five zero'],
    ['4150', ALWAYS, false, 'four one five oh'],
    ['5550', ALWAYS, true, 'triple five oh'],
    ['0055', ALWAYS, true, 'double oh double five'],
  ])('digits %s one by one', (digits, rng, repeats, said) => {
    expect(digitWords(digits, rng, { repeats }).join(' ')).toBe(said);
  });

  it.each([
    ['12', 'twelve'],
    ['1427', 'fourteen twenty seven'],
    ['1005', 'one thousand five'],
    ['1205', 'twelve oh five'],
    ['305', 'three oh five'],
    ['07', 'zero seven'],
  ])('house number %s -> %s', (digits, said) => {
    expect(houseNumberWords(digits, NEVER).join(' ')).toBe(said);
  });

  it.each([
    ['jane.doe@example.com', 'jane dot doe at example dot com'],
    ['j_doe7@mail.example.de', 'j underscore doe seven at mail dot example dot d e'],
    ['kim-lee+news@example.co.uk', 'kim dash lee plus news at example dot co dot u k'],
    ['x9@example.com', 'x nine at example dot com'],
  ])('email %s -> %s', (email, said) => {
    expect(emailWords(email, NEVER).join(' ')).toBe(said);
  });

  it.each([
    ['+44', 'PHONE_NUMBER', 'plus four four'],
    ['(020)', 'PHONE_NUMBER', 'zero two zero'],
    ['Hauptstraße', 'ADDRESS', 'hauptstrasse'],
    ['SW1A', 'ADDRESS', 's w one a'],
    ['Apt.', 'ADDRESS', 'apartment'],
    ['Dr.', undefined, 'doctor'],
    ['15th', undefined, 'fifteenth'],
    ['$1,200', undefined, 'one thousand two hundred dollars'],
    ['Jean-Pierre', 'PERSON', 'jean pierre'],
    ["O'Brien's", 'PERSON', "o'brien's"],
    ['Zoë', 'PERSON', 'zoe'],
    ['Ελένη', 'PERSON', 'ελενη'],
    ['—', undefined, ''],
    ['\uFE0F', undefined, ''],
    ['reddit.com/r/soccer?x=1', undefined, 'reddit dot com slash r slash soccer x 1'],
    ['YXFE', 'ACCOUNT_NUMBER', 'y x f e'],
    ['VU', 'PERSON', 'vu'],
    ['BBC', undefined, 'bbc'],
    ['NY', 'ADDRESS', 'n y'],
    ['NGUYEN', 'PERSON', 'nguyen'],
    ['I', undefined, 'i'],
    ['x204', 'PHONE_NUMBER', 'extension two zero four'],
  ] as const)('token %s (%s) -> %s', (token, type, said) => {
    expect(speakToken(token, type, NEVER, { repeats: false }).join(' ')).toBe(said);
  });

  it.each([
    ['VU', 'PERSON', 'v u'],
    ['SSN', undefined, 's s n'],
  ] as const)('short capitals %s spelled when the call says so', (token, type, said) => {
    expect(speakToken(token, type, ALWAYS, { repeats: false }).join(' ')).toBe(said);
  });

  it.each([
    ['1984-03-15', 'march fifteenth nineteen eighty four'],
    ['15.03.1984', 'march fifteenth nineteen eighty four'],
    ['3/15/1984', 'march fifteenth nineteen eighty four'],
  ])('birth date %s', (date, said) => {
    // ALWAYS picks "month day" order; yearWords with ALWAYS still says 1984 the usual way.
    expect(speakToken(date, 'DATE_OF_BIRTH', ALWAYS, { repeats: false }).join(' ')).toBe(said);
  });
});

describe('renderCall', () => {
  const text = seg(
    'Hello, this is [[PERSON:Maria Okafor]]. My number is [[PHONE_NUMBER:+44 20 7946 0958]], email:[[EMAIL:maria.okafor@example.com]]!',
  );
  const address = seg('I live at [[ADDRESS:Kerkstraat 14\n1012 AB Amsterdam\nNetherlands]] since May.');

  it.each([
    [
      'formatted',
      [
        ['PERSON', 'Maria Okafor.'],
        ['PHONE_NUMBER', '+44 20 7946 0958,'],
        ['EMAIL', 'email:maria.okafor@example.com!'],
      ],
    ],
    [
      'asr',
      [
        ['PERSON', 'maria okafor'],
        ['PHONE_NUMBER', undefined],
        ['EMAIL', 'maria dot okafor at example dot com'],
      ],
    ],
  ] as const)('labels the words of each value (%s)', (style, expected) => {
    const call = renderCall(spec([text]), style);
    const spans = spanTexts(call);
    expect(spans.map(([t]) => t)).toEqual(expected.map(([t]) => t));
    expected.forEach(([, said], i) => {
      if (said !== undefined) expect(spans[i]![1]).toBe(said);
    });
    expect(call.style).toBe(style);
    expect(call.id).toBe(`unit-0001-${style}`);
  });

  it('says the phone number digit by digit with plus, and the cue before a glued email stays unlabelled', () => {
    const call = renderCall(spec([text]), 'asr');
    const phone = call.labels.find((l) => l.type === 'PHONE_NUMBER')!;
    const words = call.words.slice(phone.start_word, phone.end_word).map((w) => w.text);
    expect(words[0]).toBe('plus');
    expect(saidDigits(words)).toBe('442079460958');
    const email = call.labels.find((l) => l.type === 'EMAIL')!;
    expect(call.words[email.start_word - 1]!.text).toBe('email');
    expect(call.words.every((w) => /^[\p{Ll}\p{N}']+$/u.test(w.text))).toBe(true);
  });

  it('leaves the "the" said before a birth date unlabelled, as the project labels dates of birth', () => {
    const dob = seg('And your date of birth? [[DATE_OF_BIRTH:15.03.1984]].');
    let theBefore = 0;
    for (let i = 0; i < 40; i++) {
      const call = renderCall(spec([dob], `unit-${i}`), 'asr');
      const [label] = call.labels;
      expect(label?.type).toBe('DATE_OF_BIRTH');
      const said = call.words.slice(label!.start_word, label!.end_word).map((w) => w.text);
      expect(said[0]).toMatch(/^(march|fifteenth)$/);
      if (call.words[label!.start_word - 1]!.text === 'the') theBefore++;
    }
    // both orders are said ("march fifteenth ...", "the fifteenth of march ...")
    expect(theBefore).toBeGreaterThan(0);
    expect(theBefore).toBeLessThan(40);
  });

  it('keeps a multi-line address as one span in both styles', () => {
    const formatted = renderCall(spec([address]), 'formatted');
    expect(spanTexts(formatted)).toEqual([['ADDRESS', 'Kerkstraat 14 1012 AB Amsterdam Netherlands']]);
    const asr = renderCall(spec([address]), 'asr');
    const [[type, said]] = spanTexts(asr) as [[string, string]];
    expect(type).toBe('ADDRESS');
    expect(said).toMatch(
      /^kerkstraat (fourteen|one four) (one thousand twelve|ten twelve|one oh one two|one zero one two) a b amsterdam netherlands$/,
    );
  });

  it('alternates speakers by segment and keeps times increasing', () => {
    const call = renderCall(spec([text, address, text]), 'formatted');
    const speakers = [...new Set(call.words.map((w) => w.speaker))];
    expect(speakers).toEqual(['agent', 'customer']);
    const firstOfThird = call.words.findIndex(
      (w, i) => i > 0 && w.speaker === 'agent' && call.words[i - 1]!.speaker === 'customer',
    );
    expect(firstOfThird).toBeGreaterThan(0);
    for (let i = 1; i < call.words.length; i++)
      expect(call.words[i]!.start).toBeGreaterThan(call.words[i - 1]!.start);
  });

  it('is deterministic for the same call id and style, and varies with the id', () => {
    const a = renderCall(spec([text, address]), 'asr');
    expect(renderCall(spec([text, address]), 'asr')).toEqual(a);
    const others = ['unit-0002', 'unit-0003', 'unit-0004', 'unit-0005'].map((id) =>
      renderCall(spec([text, address], id), 'asr')
        .words.map((w) => w.text)
        .join(' '),
    );
    expect(others.some((o) => o !== a.words.map((w) => w.text).join(' '))).toBe(true);
  });

  it('records hard negatives without labelling them', () => {
    const s: Segment = {
      text: 'She works at Acme Widgets now.',
      labels: [],
      negatives: [{ kind: 'company', start: 13, end: 25 }],
    };
    const call = renderCall(spec([s]), 'formatted');
    expect(call.labels).toEqual([]);
    expect(call.hard_negatives).toEqual([{ type: 'company', start_word: 3, end_word: 5 }]);
  });
});

describe('splitDocs and groupIntoCalls', () => {
  const doc = (id: string, key: string, types: string[], words = 40): SourceDoc => ({
    id,
    splitKey: key,
    domain: 'test',
    segments: [
      {
        text: Array.from({ length: words }, (_, i) => `w${i}`).join(' '),
        labels: types.map((type) => ({ type: type as 'PERSON', start: 0, end: 2 })),
      },
    ],
  });

  it('keeps documents of one key together, puts a rare type on both sides, and is deterministic', () => {
    const docs = [
      ...Array.from({ length: 40 }, (_, i) => doc(`p${i}`, `k${i % 20}`, ['PERSON'])),
      doc('s1', 'ssn-a', ['US_SSN']),
      doc('s2', 'ssn-b', ['US_SSN']),
    ];
    const { dev, test } = splitDocs(docs, 'unit');
    expect(dev.length + test.length).toBe(docs.length);
    const side = new Map<string, string>();
    for (const [name, list] of [
      ['dev', dev],
      ['test', test],
    ] as const) {
      for (const d of list) {
        expect(side.get(d.splitKey) ?? name).toBe(name);
        side.set(d.splitKey, name);
      }
    }
    expect(dev.filter((d) => d.id.startsWith('s'))).toHaveLength(1);
    expect(test.filter((d) => d.id.startsWith('s'))).toHaveLength(1);
    expect(splitDocs(docs, 'unit')).toEqual({ dev, test });
  });

  it('honours a split decided by the source', () => {
    const docs = [
      { ...doc('a', 'x', []), split: 'test' as const },
      { ...doc('b', 'x', []), split: 'dev' as const },
    ];
    const { dev, test } = splitDocs(docs, 'unit');
    expect(dev.map((d) => d.id)).toEqual(['b']);
    expect(test.map((d) => d.id)).toEqual(['a']);
  });

  it('groups documents into calls of 100 to 300 words (a short last call only when it cannot join)', () => {
    const docs = Array.from({ length: 60 }, (_, i) => doc(`d${i}`, `k${i}`, ['PERSON'], 20 + (i % 5) * 10));
    const calls = groupIntoCalls(docs, { prefix: 'unit' });
    const sizes = calls.map((c) => c.segments.reduce((n, s) => n + s.text.split(' ').length, 0));
    expect(sizes.slice(0, -1).every((n) => n >= 100 && n <= 300)).toBe(true);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(300);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(
      docs.reduce((n, d) => n + d.segments[0]!.text.split(' ').length, 0),
    );
    expect(calls.map((c) => c.id).slice(0, 2)).toEqual(['unit-0001', 'unit-0002']);
  });
});

describe('makeRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = makeRng('seed');
    const b = makeRng('seed');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});

describe('people-in-text conversion', () => {
  const tok = (text: string, tag = '', begins = false) => ({ text, tag, begins });

  it('joins tokens into text with person spans and negatives at the right characters', () => {
    const segment = detokenise([
      tok('"'),
      tok('Hi'),
      tok('"'),
      tok(','),
      tok('said'),
      tok('Ada', 'PER'),
      tok('Quist', 'PER'),
      tok("'s"),
      tok('friend'),
      tok('in'),
      tok('Oslo', 'LOC'),
      tok('('),
      tok('Norway', 'LOC'),
      tok(')'),
      tok('.'),
    ]);
    expect(segment.text).toBe('"Hi", said Ada Quist\'s friend in Oslo (Norway).');
    const at = (s: string): { start: number; end: number } => ({
      start: segment.text.indexOf(s),
      end: segment.text.indexOf(s) + s.length,
    });
    expect(segment.labels).toEqual([{ type: 'PERSON', ...at('Ada Quist') }]);
    expect(segment.negatives).toEqual([
      { kind: 'city', ...at('Oslo') },
      { kind: 'city', ...at('Norway') },
    ]);
  });

  it('starts a new entity at a B- tag next to another of the same class', () => {
    const segment = detokenise([
      tok('Ada', 'person', true),
      tok('Bo', 'person', true),
      tok('Lind', 'person'),
    ]);
    expect(segment.labels).toEqual([
      { type: 'PERSON', start: 0, end: 3 },
      { type: 'PERSON', start: 4, end: 11 },
    ]);
  });

  it('drops links and a leading RT, never an entity token', () => {
    const kept = dropUnsaid([
      tok('RT'),
      tok('@ada'),
      tok('see'),
      tok('https://t.co/x1'),
      tok('www.example.org', 'person'),
    ]);
    expect(kept.map((t) => t.text)).toEqual(['@ada', 'see', 'www.example.org']);
  });
});
