/**
 * A name's recurrence after an article or possessive names a thing ("the Brekke 10", "a Brekke
 * license"), not the person again; the people themselves ("the Brekke family", "the Brekke's")
 * stay names. Both repeat paths are covered: the person detector's own propagation and the
 * call-level propagate(). Word ranges are exact, end exclusive; all names are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../types.js';
import { buildDetectionContext } from '../analyze.js';
import { propagate } from '../propagate.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';
import { thingAfterDeterminer } from './person-things.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('thingAfterDeterminer', () => {
  const cases: [string, number, number, boolean][] = [
    ['Tomas Brekke sold the Brekke 10 to us.', 4, 5, true],
    ['microsoft bought a brekke license', 3, 4, true],
    ['we met at their Brekke office', 4, 5, true],
    ['so the um brekke deal', 3, 4, true],
    ['The Tomas Brekke Institute opened.', 1, 3, true],
    // the people themselves
    ['In 1999 the Brekke family sold it.', 3, 4, false],
    ['the brekke brothers came', 1, 2, false],
    ["It was granted to the Brekke's in 1801.", 5, 6, false],
    // "that" is a conjunction too; a capital A inside a sentence is an initial
    ['he learns that Brekke left', 3, 4, false],
    ['Rua José A Brekke 12', 3, 4, false],
    // no determiner
    ['In 1972 Brekke introduced it.', 2, 3, false],
    ['Brekke called.', 0, 1, false],
  ];
  it.each(cases)('%s [%i,%i) -> %s', (text, start, end, expected) => {
    expect(thingAfterDeterminer(buildDetectionContext(sayWords(text)), start, end)).toBe(expected);
  });
});

describe('person detector: a known name after an article names a thing', () => {
  const cases: Case[] = [
    [
      'a product named after the founder',
      'Tomas Vanterpool founded it. In 1972 it made the Vanterpool 10.',
      [[0, 2]],
    ],
    [
      'a product named after the founder (asr)',
      'tomas vanterpool founded it in 1972 it made the vanterpool ten',
      [[0, 2]],
    ],
    ['a license', 'Tomas Vanterpool founded it. Later they sold a Vanterpool license.', [[0, 2]]],
    // people stay people
    [
      'the family',
      'Tomas Vanterpool founded it. In 1999 the Vanterpool family sold it.',
      [
        [0, 2],
        [7, 8],
      ],
    ],
    [
      'the family (asr)',
      'tomas vanterpool founded it in 1999 the vanterpool family sold it',
      [
        [0, 2],
        [7, 8],
      ],
    ],
    [
      'no article',
      'Tomas Vanterpool founded it. In 1972 Vanterpool sold it.',
      [
        [0, 2],
        [6, 7],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('propagate: a full name after an article names a thing', () => {
  const person = (startWord: number, endWord: number, value: string): Candidate => ({
    type: 'PERSON',
    startWord,
    endWord,
    value,
    score: 0.9,
    detector: 'test',
  });
  const repeats = (text: string, source: Candidate): [number, number][] =>
    propagate(buildDetectionContext(sayWords(text)), [source])
      .filter((c) => c.startWord >= source.endWord)
      .map((c): [number, number] => [c.startWord, c.endWord])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  it('skips "the Nadia Okonjo Institute" and keeps "Nadia Okonjo" and "the Okonjo family"', () => {
    const text = 'Nadia Okonjo spoke. The Nadia Okonjo Institute and the Okonjo family thanked Nadia Okonjo.';
    expect(repeats(text, person(0, 2, 'Nadia Okonjo'))).toEqual([
      [9, 10],
      [12, 13],
      [12, 14],
      [13, 14],
    ]);
  });

  it('skips "a okonjo license" in raw ASR', () => {
    expect(repeats('nadia okonjo spoke they bought a okonjo license', person(0, 2, 'nadia okonjo'))).toEqual(
      [],
    );
  });
});
