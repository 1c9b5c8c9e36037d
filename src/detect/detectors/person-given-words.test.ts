/**
 * A nickname or pet form that only the broad name list holds, then a listed family name, in written
 * text (person-given-words.ts). Word ranges are exact, end exclusive; the names are invented pairs.
 * The first four cases find nothing or only the family name without the rule.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('a nickname before a family name', () => {
  const cases: Case[] = [
    ['object of a verb', 'She met Bunny Okafor at the fair.', [[2, 4]]],
    ['subject after a comma', 'Later, Dick Haydon signed the papers.', [[1, 3]]],
    ['a possessive', "The deal came from Dick Haydon's office.", [[4, 6]]],
    [
      'an item of a list of full names',
      'Guests were Ivo Brandt, Bunny Okafor and Lena Marsh.',
      [
        [2, 4],
        [4, 6],
        [7, 9],
      ],
    ],
    // where it must stay silent
    ['a title-case name of a place', 'We stayed at the Bunny Okafor Hotel.', []],
    ['after an article: a thing', 'The Bunny Okafor was late.', []],
    ['a modifier before a noun, after an article', 'They ate a Bunny Okafor cake.', []],
    ['an adjective, not a nickname', 'She bought a Golden Okafor lamp.', []],
    ['raw ASR: no capitals to tell the name from the word', 'she met bunny okafor at the fair', []],
  ];
  it.each(cases)('%s: %s', (_title, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
