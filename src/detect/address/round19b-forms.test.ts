import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text. Invented examples. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('crossings whose last side is an untyped ordinal, or whose first is an English word (round 19b)', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'raw ASR typed ordinal, then an ordinal',
      'the crash was at first street and second just after noon',
      [[4, 8]],
    ],
    ['raw ASR typed name, then an ordinal at the end', 'the crash was at orrel road and fifth', [[4, 8]]],
    ['formatted typed name, then a written ordinal', 'The crash was at Orrel Road and 5th.', [[4, 8]]],
    [
      'raw ASR bare name, a spoken ordinal of two words',
      'works will close velkova and thirty second for a week',
      [[3, 7]],
    ],
    ['raw ASR English word and a typed name', 'works will close market and side avenue for a week', [[3, 7]]],
    [
      'lower-case written English word and a typed name',
      'Works will close market and side avenue for a week.',
      [[3, 7]],
    ],
    // negatives
    [
      'an ordinal before a noun: the typed street alone',
      'the crash was at orrel road and second floor',
      [[4, 6]],
    ],
    ['a given name before a spoken ordinal', 'the race was nora and thirty second', []],
    ['a one-word ordinal after a bare name', 'the race was velkova and second', []],
    ['a seconds count', 'it took a minute and thirty seconds', []],
    ['a given name that is an English word', 'works will close meadow and side avenue', []],
    ['a determiner before the English word', 'we saw the black and white street', []],
    ['the type word a noun of what follows', 'we had bread and butter road trips', []],
    ['an everyday-word type', 'we had bread and butter place today', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a house number and its letter "a" apart (round 19b)', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted capital A before an English name',
      'The van is outside 10 A Quarry Street, next door.',
      [[4, 8]],
    ],
    ['formatted capital A before a rare name', 'The van is outside 12 A Velkova Road today.', [[4, 8]]],
    ['raw ASR "a" before an English name', 'the van is outside ten a quarry street next door', [[4, 8]]],
    // negatives: an everyday-word type, no type, a lower-case article in formatted text
    ['raw ASR a rate and an everyday-word type', 'we got ten a day place', []],
    ['raw ASR no type', 'she paid ten a quarry', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a building word before a street type word is a name (round 19b)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['formatted crossing', 'Works will shut Academy Hill Blvd At Orrel Rd, Tamsby today.', [[3, 10]]],
    ['raw ASR crossing', 'works will shut academy hill boulevard at orrel road for a week', [[3, 9]]],
    ['a house number first', 'The office is at 12 Church Hill Road today.', [[4, 8]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('Texas farm-to-market roads in raw ASR (round 19b)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['letters and the state code', 'the invoice went to fm two thousand four t x instead', [[4, 10]]],
    [
      'the system in full',
      'the invoice went to farm to market road two thousand four t x instead',
      [[4, 13]],
    ],
    // a radio station takes no state code
    ['a radio station', 'we listen to fm ninety nine every day', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
