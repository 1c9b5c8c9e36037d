/**
 * Real addresses of many countries as libpostal's parser tests label them (openvenues/libpostal, MIT
 * licence, commit 4c030d8ff2fcf59c26510f68823c28a2346034d4, `test/test_parser.c`; extracted into
 * test/fixtures/libpostal-parser-cases.tsv by scripts/build-libpostal-parser-cases.ts, read by
 * test/helpers/libpostal-cases.ts). A probe independent of the evaluation sets, never a lexicon
 * source. The address is every labelled component but a venue name (`house`), a category and a
 * "near" phrase: house number, road, unit, level, PO box, suburb, district, town, state, postcode,
 * country. Queries without a street, house number or PO box ("book stores near me", a town alone) are
 * skipped. A venue name inside the address ("Flat 14, Ziggurat Building, 60-66 Saffron Hill") is
 * neither wanted nor counted against; one before it is not address.
 *
 * Each case is put in every INVENTED frame below and read in both styles: formatted (as written, a
 * line break as a space) and asr (the evaluation sets' spoken renderer, scripts/eval-sets/spoken.ts:
 * lower case, no punctuation, digits said). Scored on the ADDRESS spans the whole pipeline keeps, by
 * address words (recall, precision) and exact cover per case, in all, per frame and per suite
 * country; FLOORS hold what the detector reached when they were last raised (they may only go up).
 * ADDRESS_LIBPOSTAL=1 prints the table (=floors also the FLOORS lines to paste);
 * ADDRESS_LIBPOSTAL_MISSES=<file> writes every case not covered exactly ({found} [missed] <over-redacted>).
 */
import { describe, expect, it } from 'vitest';
import type { Word } from '../../types.js';
import {
  emptyScore,
  pipelineAddressWords,
  probeFloorTests,
  tallyCase,
  type ProbeScore,
} from '../../../test/helpers/address-probe.js';
import { readLibpostalCases, type LibpostalCase } from '../../../test/helpers/libpostal-cases.js';
import { speakToken } from '../../../scripts/eval-sets/spoken.js';
import { makeRng } from '../../../scripts/eval-sets/rng.js';

type Style = 'formatted' | 'asr';

/** Invented frames: "{}" is the case's input; a punctuation mark right after it joins its last word. */
const FRAMES: { kind: string; text: string }[] = [
  { kind: 'sentence', text: 'I live at {}.' },
  { kind: 'send to', text: 'Please send the invoice to {}, and copy me on the email.' },
  { kind: 'parcel', text: 'The parcel goes to {} by Thursday.' },
  { kind: 'update', text: 'can you update my address to {} please' },
];

/** A word to render: its text and whether it is address, not address, or neutral (a venue inside the address). */
type Token = [text: string, role: 'address' | 'other' | 'neutral'];

interface Case {
  name: string;
  country: string;
  frame: string;
  tokens: Token[];
}

export const LIBPOSTAL_CASES: LibpostalCase[] = readLibpostalCases();

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const lc of LIBPOSTAL_CASES) {
    if (!lc.aligned || !lc.hasStreet) continue;
    const first = lc.words.findIndex(([, r]) => r === 'address');
    const last = lc.words.findLastIndex(([, r]) => r === 'address');
    const inner: Token[] = lc.words.map(([t, r], i): Token => [
      t,
      r === 'address' ? 'address' : r === 'venue' && i > first && i < last ? 'neutral' : 'other',
    ]);
    for (const frame of FRAMES) {
      const [before, after] = frame.text.split('{}') as [string, string];
      const mark = /^[.,;:?!]/.test(after) ? after[0]! : '';
      const tokens = inner.map((t): Token => [...t]);
      if (mark) tokens[tokens.length - 1]![0] += mark;
      const words = (text: string): Token[] =>
        text
          .split(' ')
          .filter(Boolean)
          .map((w): Token => [w, 'other']);
      cases.push({
        name: lc.name,
        country: lc.country,
        frame: frame.kind,
        tokens: [...words(before), ...tokens, ...words(mark ? after.slice(1) : after)],
      });
    }
  }
  return cases;
}

const CASES = buildCases();

function render(c: Case, style: Style): { words: Word[]; want: number[]; neutral: Set<number> } {
  const rng = makeRng(`libpostal ${c.name} ${c.frame}/${style}`);
  const state = { repeats: false };
  const words: Word[] = [];
  const want: number[] = [];
  const neutral = new Set<number>();
  for (const [text, role] of c.tokens) {
    const said =
      style === 'formatted' ? [text] : speakToken(text, role === 'other' ? undefined : 'ADDRESS', rng, state);
    for (const w of said) {
      if (role === 'address') want.push(words.length);
      if (role === 'neutral') neutral.add(words.length);
      words.push({ text: w, start: words.length * 0.4, end: words.length * 0.4 + 0.3, speaker: 'customer' });
    }
  }
  return { words, want, neutral };
}

function measure(): { rows: Map<string, ProbeScore>; failures: string[] } {
  const rows = new Map<string, ProbeScore>();
  const failures: string[] = [];
  const row = (key: string): ProbeScore => rows.get(key) ?? rows.set(key, emptyScore()).get(key)!;
  for (const style of ['formatted', 'asr'] as const)
    for (const c of CASES) {
      const { words, want, neutral } = render(c, style);
      const failure = tallyCase(
        [row(`all ${style}`), row(`frame ${c.frame} ${style}`), row(`country ${c.country} ${style}`)],
        `${style} ${c.name} ${c.frame}`,
        words,
        want,
        pipelineAddressWords(words).filter((w) => !neutral.has(w)),
      );
      if (failure) failures.push(failure);
    }
  return { rows, failures };
}

/** Per row: word recall, word precision, exact cover, at least as measured when last raised. */
const FLOORS: Record<string, [number, number, number]> = {
  'all asr': [0.921, 0.969, 0.657],
  'all formatted': [0.934, 0.939, 0.702],
  'country at asr': [1, 1, 1],
  'country at formatted': [0.875, 1, 0.812],
  'country br asr': [0.25, 1, 0],
  'country br formatted': [1, 1, 1],
  'country ca asr': [1, 1, 1],
  'country ca formatted': [1, 1, 1],
  'country cn asr': [1, 0.857, 0],
  'country cn formatted': [1, 0.5, 0],
  'country co asr': [1, 1, 1],
  'country co formatted': [0.428, 1, 0],
  'country da asr': [0.568, 1, 0],
  'country da formatted': [1, 1, 1],
  'country de asr': [1, 1, 1],
  'country de formatted': [1, 0.714, 0],
  'country es asr': [1, 0.967, 0.833],
  'country es formatted': [1, 0.949, 0.833],
  'country fi asr': [0.8, 1, 0.5],
  'country fi formatted': [0.95, 1, 0.875],
  'country gb asr': [0.97, 0.931, 0.464],
  'country gb formatted': [0.969, 0.9, 0.598],
  'country hu asr': [1, 0.8, 0],
  'country hu formatted': [1, 0.714, 0],
  'country im asr': [1, 0.822, 0],
  'country im formatted': [1, 0.733, 0],
  'country jm asr': [1, 1, 1],
  'country jm formatted': [0.956, 1, 0.666],
  'country jp asr': [0.89, 1, 0.166],
  'country jp formatted': [0.25, 1, 0.666],
  'country kr asr': [0.966, 1, 0.25],
  'country kr formatted': [1, 1, 1],
  'country mx asr': [0.919, 1, 0],
  'country mx formatted': [0.558, 1, 0],
  'country my asr': [1, 0.888, 0],
  'country my formatted': [1, 0.8, 0],
  'country nl asr': [0.825, 1, 0.75],
  'country nl formatted': [0.777, 1, 0.666],
  'country no asr': [0, 1, 0],
  'country no formatted': [1, 1, 1],
  'country ro asr': [0, 1, 0],
  'country ro formatted': [1, 1, 1],
  'country ru asr': [0.632, 0.981, 0.333],
  'country ru formatted': [0.923, 0.934, 0.666],
  'country se asr': [1, 1, 1],
  'country se formatted': [1, 1, 1],
  'country us asr': [0.953, 0.99, 0.865],
  'country us formatted': [0.949, 0.98, 0.871],
  'country za asr': [1, 1, 1],
  'country za formatted': [1, 1, 1],
  'frame parcel asr': [0.908, 0.967, 0.648],
  'frame parcel formatted': [0.918, 0.936, 0.675],
  'frame send to asr': [0.922, 0.969, 0.639],
  'frame send to formatted': [0.938, 0.94, 0.711],
  'frame sentence asr': [0.926, 0.969, 0.675],
  'frame sentence formatted': [0.946, 0.94, 0.72],
  'frame update asr': [0.925, 0.97, 0.666],
  'frame update formatted': [0.933, 0.939, 0.702],
};

describe("libpostal's labelled addresses", () => {
  const { rows, failures } = measure();
  probeFloorTests(
    'ADDRESS_LIBPOSTAL',
    `${LIBPOSTAL_CASES.length} libpostal cases, ${CASES.length} framed per style`,
    rows,
    failures,
    FLOORS,
  );
  it('reads every case of the fixture and lines up its words', () => {
    expect(LIBPOSTAL_CASES.length).toBe(146);
    expect(LIBPOSTAL_CASES.filter((c) => c.aligned).length).toBe(146);
    expect(CASES.length).toBeGreaterThanOrEqual(100 * FRAMES.length);
  });
});
