/**
 * Phone numbers in everyday frames: messages, letters, forms, signatures and sentences, with dates,
 * prices, times, order numbers and addresses beside them, and cue words of other kinds (order,
 * price, address, card, birthday ...) near a number that they do not describe. Every frame is
 * INVENTED; the numbers are libphonenumber-js's example mobile numbers of many regions, written in
 * national and international format, and each frame is read in both styles: formatted (as written)
 * and asr (lower case, no punctuation, digits said one by one, "+" said "plus").
 *
 * A cue word names the value right after it, not a phone number further on that another cue or a
 * new sentence introduces: "I have a question about my order, please call me at ..." is a phone.
 * Number-like values beside the phone (order numbers, prices, dates, times) must stay out.
 *
 * PHONE_FRAMES=1 prints recall per frame kind and the frames missed.
 */
import { describe, expect, it } from 'vitest';
import { getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { analyze } from '../analyze.js';
import type { Word } from '../../types.js';

/** In a frame, the other speaker takes the turn here. */
const TURN = '>>';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A written word read out: digits one by one, "+" as "plus", punctuation and case dropped. */
function sayWord(word: string): string[] {
  const out: string[] = [];
  for (const ch of word.toLowerCase()) {
    if (/\d/.test(ch)) out.push(DIGIT_WORDS[Number(ch)]!);
    else if (ch === '+') out.push('plus');
    else if (/\p{L}/u.test(ch)) {
      if (out.length > 0 && !/^(?:plus|zero|one|two|three|four|five|six|seven|eight|nine)$/.test(out.at(-1)!))
        out[out.length - 1] += ch;
      else out.push(ch);
    } else if (ch === "'" && out.length > 0) out[out.length - 1] += ch;
    else out.push(''); // a separator: the next letters start a new word
  }
  return out.filter((w) => w !== '');
}

const REGIONS: CountryCode[] = [
  'US',
  'CA',
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'ES',
  'PT',
  'IT',
  'SE',
  'DK',
  'NO',
  'FI',
  'PL',
  'CZ',
  'BR',
  'MX',
  'AR',
  'IN',
  'AU',
  'NZ',
  'JP',
  'SG',
  'ZA',
  'NG',
  'KE',
  'TR',
  'RU',
];

interface Sample {
  region: CountryCode;
  form: 'national' | 'international';
  text: string;
}

const NUMBERS: Sample[] = REGIONS.flatMap((region) => {
  const n = getExampleNumber(region, examples as never)!;
  return [
    { region, form: 'national' as const, text: n.formatNational() },
    { region, form: 'international' as const, text: n.formatInternational() },
  ];
});

/**
 * Frames by kind: X is the phone number. The cue kinds name a cue word that stands near the number
 * without describing it.
 */
const FRAMES: Record<string, string[]> = {
  sentence: [
    'call me at X after 5',
    'Text me on X when you land.',
    'You can reach me at X.',
    'Is X still the best number for you?',
    'Please ring X.',
    'Reach our office at X or email info@example.com.',
    'My new mobile is X, the old one is gone.',
  ],
  form: ['fax: X', 'Phone | X', 'Tel. X', 'Mobile: X', 'Contact X (mobile)'],
  signature: ['Best regards, Mira Tolvanen, X', 'Dana Quillfeather Sales Manager X office'],
  brackets: ['my number (X) is new', 'she wrote "X" on the form', 'call me (X) tonight'],
  'two numbers': ['call X or X', 'Phone X / X', 'my cell is X and my home line X'],
  'end of sentence': ['They are not answering at X.', 'Please stop sending texts to X.'],
  date: [
    'On 14 March 2026 call me at X.',
    'Date: 2026-03-14 Name: Orla Penhallow Phone: X',
    'The visit is on 03/14/2026, call X to confirm.',
  ],
  price: ['The total was $42.50, call me at X with questions.', 'It costs 19 euros; order by phone at X.'],
  time: ['Open until 6 pm, call X.', 'Call X between 9 and 5.', 'Ring X at 10:30 tomorrow.'],
  'order number': [
    'my cell X, order 4411 shipped',
    'Order 4411 shipped. Questions? call me at X.',
    'Case 7720 is closed, you can reach me at X.',
    'Ticket 5512 is open. They are not answering at X.',
  ],
  address: [
    '12 Elm Street, Springfield. Tel X',
    '48 Larkspur Lane Apt 3, Brookhollow, phone X',
    'Send it to 7 Mill Road and call me on X.',
  ],
  'cue company': [
    'I have a question about my order, please call me at X.',
    'About the booking: reach me at X.',
    'My flight was cancelled. Could somebody ring me at X?',
    'The model I bought broke, call me back on X.',
    'I never got an invoice. They are not answering at X.',
    'My reservation was lost. Please stop sending texts to X.',
    'I need a receipt for my order. Could somebody ring me at X?',
  ],
  'cue quantity': [
    'The price went up so please call me on X.',
    'I already paid. Could somebody ring me at X?',
    'Press 1 for sales or call X.',
    'What is the balance? They are not answering at X.',
  ],
  'cue other': [
    'Please send it to my address and call me at X.',
    'My email is down, reach me at X.',
    'The delivery is late; they are not answering at X.',
    'My appointment is on Monday. Could somebody ring me at X?',
    'What is your name? >> Wren. Reach me at X.',
    'The package is ready. Please stop sending texts to X.',
  ],
  'cue account': [
    'I cannot log into my account. Could somebody ring me at X?',
    'My savings are gone, call me at X.',
  ],
  'cue card': ['I lost my card, call me at X.', 'My credit card was declined. They are not answering at X.'],
  'cue member': [
    'My policy renewal is late, call me at X.',
    'I want to cancel my membership, reach me at X.',
  ],
  'cue dob': ['Happy birthday! Call me at X.', 'I was born here and my phone is X.'],
  'cue last4': ['The season is ending, call me on X.'],
  // a record word in an earlier sentence, a label after the number
  'cue company before': [
    'My order never arrived. X is my cell.',
    'Ticket closed. X fax',
    'The invoice is wrong! X (mobile)',
  ],
  // a cue word of another kind in an earlier sentence, a label after the number
  'cue other kinds before': [
    'My credit card was declined. X mobile',
    'I moved to a new address. X is my cell.',
    'My account is locked, X (mobile)',
    'I paid the balance. X is my cell',
    'Happy birthday! X is my new number.',
  ],
  'calling verb': [
    'Reach us at X.',
    'Ring her on X tonight.',
    'Give me a ring on X.',
    'You can reach them at X',
  ],
};

/** Number-like values that must stay out of every PHONE span, with the frame they stand in. */
const CONTROLS: [string, string, string][] = [
  ['order number', 'my cell is X, order 4411 shipped', '4411'],
  ['order number', 'Order 44112233 shipped. Questions? call me at X.', '44112233'],
  ['price', 'The total was $42.50, call me at X with questions.', '$42.50,'],
  ['date', 'Date: 2026-03-14 Name: Orla Penhallow Phone: X', '2026-03-14'],
  ['date', 'The visit is on 03/14/2026, call X to confirm.', '03/14/2026,'],
  ['time', 'Ring X at 10:30 tomorrow.', '10:30'],
  ['case number', 'Case 77205512 is closed, you can reach me at X.', '77205512'],
  ['address', '12 Elm Street, Springfield. Tel X', '12'],
];

/**
 * Whole lines that hold no phone number: a company's number asked about the phone ("the IMEI of
 * the phone") and values a calling word stands near without naming them.
 */
const NO_PHONE: string[] = [
  'The IMEI of the phone? >> 356938035643809',
  'What is the serial number on your cell? >> 356938035643809',
  'she stepped into the ring again and ended the season 1988 31-2 with 20 wins',
  'we could not reach the 2500 mark',
  // a record word right before a number, in its clause, names it
  'order 4155550132',
  'Ref. 4155550132',
  'the order, 4155550132',
];

/** Exact spans of a sample: [line, [start, end) of each phone]. */
const EXACT: [string, [number, number][]][] = [
  ['My order never arrived. (415) 555-0132 is my cell.', [[4, 6]]],
  ['Ticket closed. 0612 345 678 fax', [[2, 5]]],
  [
    'Reach us at 72 48 36 office or 82 57 19 fax, thanks.',
    [
      [3, 6],
      [8, 11],
    ],
  ],
  ['I have a question about my order, please call me at 020 7946 0018.', [[11, 14]]],
  ['My flight was cancelled. Could somebody ring me at +33 6 12 34 56 78?', [[9, 15]]],
  ['About the booking: reach me at 0612 345 678', [[6, 9]]],
  ['Order 4411 shipped. Questions? call me at (415) 555-0132.', [[7, 9]]],
  ['It costs 19 euros; order by phone at 07400 123456.', [[8, 10]]],
  ['Reach us at 0612 345 678 or email info@example.com.', [[3, 6]]],
  ['Phone | 020 7946 0018 | Email | dana@example.com', [[2, 5]]],
  [
    'call (415) 555-0132 or (415) 555-0187',
    [
      [1, 3],
      [4, 6],
    ],
  ],
  [
    'i have a question about my order please call me at oh two oh seven nine four six oh oh one eight',
    [[11, 22]],
  ],
];

interface Built {
  words: string[];
  /** [start, end) of each phone number in the words */
  spans: [number, number][];
  /** word index of each control value, formatted style only */
  controls: number[];
  /** word indices where the other speaker takes the turn */
  turns: number[];
}

/** The frame with X replaced, in one style; asr reads every word out. */
function build(frame: string, number: string, style: 'formatted' | 'asr', control?: string): Built {
  const words: string[] = [];
  const spans: [number, number][] = [];
  const controls: number[] = [];
  const turns: number[] = [];
  for (const token of frame.split(' ')) {
    const at = token.indexOf('X');
    if (at >= 0 && /^[^\p{L}\d]*X[^\p{L}\d]*$/u.test(token)) {
      const lead = token.slice(0, at);
      const tail = token.slice(at + 1);
      const parts = number.split(' ');
      const written = parts.map((p, k) => (k === 0 ? lead : '') + p + (k === parts.length - 1 ? tail : ''));
      const start = words.length;
      if (style === 'formatted') words.push(...written);
      else words.push(...written.flatMap(sayWord));
      spans.push([start, words.length]);
      continue;
    }
    if (token === TURN) {
      turns.push(words.length);
      continue;
    }
    if (style === 'formatted') {
      if (token === control) controls.push(words.length);
      words.push(token);
    } else words.push(...sayWord(token));
  }
  return { words, spans, controls, turns };
}

/** Words as a transcript, the speaker changing at each turn (the agent asks, the customer answers). */
function transcript(b: Built): Word[] {
  let speaker = 0;
  return b.words.map((text, i) => {
    speaker += b.turns.filter((t) => t === i).length;
    return { text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: speaker % 2 ? 'customer' : 'agent' };
  });
}

const phoneSpans = (b: Built): { startWord: number; endWord: number }[] =>
  analyze(transcript(b)).filter((c) => c.type === 'PHONE_NUMBER');

/** Is every phone of the frame found as one span, exactly? */
function allFound(b: Built): boolean {
  const found = phoneSpans(b);
  return b.spans.every(([s, e]) => found.some((f) => f.startWord === s && f.endWord === e));
}

const STYLES = ['formatted', 'asr'] as const;

/** Recall per frame kind and style over every number, and the misses (for PHONE_FRAMES=1). */
function measure(): { recall: Map<string, number>; misses: string[] } {
  const recall = new Map<string, number>();
  const misses: string[] = [];
  for (const [kind, frames] of Object.entries(FRAMES)) {
    for (const style of STYLES) {
      let hit = 0;
      let all = 0;
      for (const frame of frames)
        for (const n of NUMBERS) {
          const b = build(frame, n.text, style);
          all++;
          if (allFound(b)) hit++;
          else misses.push(`${kind} ${style} ${n.region} ${n.form}: ${b.words.join(' ')}`);
        }
      recall.set(`${kind} ${style}`, hit / all);
    }
  }
  return { recall, misses };
}

/** Recall per frame kind and style, at least as measured when the test was written. */
const FLOORS: Record<string, number> = {
  'sentence formatted': 0.995,
  'sentence asr': 0.959,
  'form formatted': 1,
  'form asr': 1,
  'signature formatted': 0.991,
  'signature asr': 0.929,
  'brackets formatted': 0.994,
  'brackets asr': 0.952,
  'two numbers formatted': 1,
  'two numbers asr': 0.994,
  'end of sentence formatted': 1,
  'end of sentence asr': 1,
  'date formatted': 1,
  'date asr': 1,
  'price formatted': 1,
  'price asr': 1,
  'time formatted': 0.994,
  'time asr': 0.952,
  'order number formatted': 1,
  'order number asr': 1,
  'address formatted': 1,
  'address asr': 1,
  'cue company formatted': 1,
  'cue company asr': 1,
  'cue quantity formatted': 1,
  'cue quantity asr': 1,
  'cue other formatted': 1,
  'cue other asr': 1,
  'cue account formatted': 1,
  'cue account asr': 1,
  'cue card formatted': 1,
  'cue card asr': 1,
  'cue member formatted': 1,
  'cue member asr': 1,
  'cue dob formatted': 1,
  'cue dob asr': 1,
  'cue last4 formatted': 1,
  'cue last4 asr': 1,
  'cue company before formatted': 1,
  'cue company before asr': 1,
  'cue other kinds before formatted': 0.996,
  'cue other kinds before asr': 0.968,
  'calling verb formatted': 1,
  'calling verb asr': 1,
};

describe('phone numbers in everyday frames', () => {
  const { recall, misses } = measure();
  if (process.env.PHONE_FRAMES) {
    for (const [k, r] of recall) console.log(`${k.padEnd(28)} ${r.toFixed(3)}`);
    for (const m of misses) console.log(`miss ${m}`);
  }
  it.each([...recall.entries()])('%s', (kind, r) => {
    expect(FLOORS[kind]).toBeDefined();
    expect(r).toBeGreaterThanOrEqual(FLOORS[kind]!);
  });
});

describe('exact spans of a sample', () => {
  it.each(EXACT)('%s', (line, spans) => {
    const b = build(line, '', 'formatted');
    expect(phoneSpans(b).map((f) => [f.startWord, f.endWord])).toEqual(spans);
  });
});

describe('lines without a phone number', () => {
  it.each(NO_PHONE)('%s', (line) => {
    expect(phoneSpans(build(line, '', 'formatted'))).toEqual([]);
  });
});

describe('number-like values beside a phone stay out', () => {
  const us = NUMBERS.find((n) => n.region === 'US' && n.form === 'national')!;
  const gb = NUMBERS.find((n) => n.region === 'GB' && n.form === 'international')!;
  it.each(CONTROLS.flatMap(([kind, frame, value]) => [us, gb].map((n) => [kind, frame, value, n.text])))(
    '%s: %s (%s) with %s',
    (_kind, frame, value, number) => {
      const b = build(frame, number, 'formatted', value);
      expect(b.controls.length).toBe(1);
      const found = phoneSpans(b);
      for (const w of b.controls) expect(found.some((f) => f.startWord <= w && w < f.endWord)).toBe(false);
    },
  );
});
