/**
 * Chinese names in pinyin, family name first (person-pinyin.ts), in both styles. Expected word
 * ranges are exact, end exclusive. The names are invented combinations of common syllables.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';
import { pinyinSyllables } from './person-pinyin.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('person detector: Chinese names in pinyin', () => {
  const cases: Case[] = [
    [
      'a listed family name and a two-syllable given name (asr)',
      'the map was drawn by gao ruixuan in spring',
      [[5, 7]],
    ],
    ['a family name that is an English word (asr)', 'the letter from wang zhenhao arrived late', [[3, 5]]],
    [
      'a single-syllable family name some list holds (asr)',
      'they waited for dou mingxuan at the gate',
      [[3, 5]],
    ],
    [
      'repeated later in the call (asr)',
      'gao ruixuan wrote first and then gao ruixuan signed',
      [
        [0, 2],
        [6, 8],
      ],
    ],
    ['title case in formatted text', 'The treaty was signed by Gao Ruixuan in May.', [[5, 7]]],
    [
      'a found family name grows over the given name (formatted)',
      'The map shows where Gao Ruixuan lived.',
      [[4, 6]],
    ],
    // not names: a town, an English word, two-letter syllables, lower case in formatted text
    ['a town after a family name (asr)', 'the ferry from pan saipan leaves at noon', []],
    ['an English word after a family name (asr)', 'we heard a wang bang outside', []],
    ['two-letter syllables of other languages (asr)', 'oo ka nanga sabi', []],
    ['lower case inside formatted text', 'We then met wang ruixuan there.', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('pinyin syllables', () => {
  it.each([
    ['ruixuan', 2],
    ['zhang', 1],
    ['xiaoming', 2],
    ['table', 0],
    ['mae', 0],
  ] as const)('%s splits into %i', (word, n) => {
    expect(pinyinSyllables(word)).toBe(n);
  });
});
