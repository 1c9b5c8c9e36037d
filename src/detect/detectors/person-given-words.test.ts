/**
 * A nickname or pet form that only the broad name list holds, then a listed family name, in written
 * text (person-given-words.ts). Word ranges are exact, end exclusive; the names are invented pairs.
 * The first four cases of each table find nothing or only part of the name without the rule.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';
import { spanTable } from '../../../test/helpers/entity-spans.js';

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

// through analyze(), so that person-veto's "in <name> is a place" is part of it
spanTable('PERSON', 'a given name that is no place, after a preposition that usually names one', [
  ['before "while"', 'I noticed a shift in Kevin while he was away.', [[5, 6]]],
  ['raw ASR, "when"', 'i noticed a shift in kevin when he came back', [[5, 6]]],
  ['before "who"', 'Everyone near Tomasz who had a ticket left early.', [[2, 3]]],
  ['raw ASR, "because"', 'i see a lot of myself in kevin because he never gives up', [[7, 8]]],
  // where it must stay silent
  ['a town that is also a given name', 'They moved to a farm in Florence when the war ended.', []],
  ['a phrase that ends at the name', 'The best pasta I had was in Kevin.', []],
  ['a chapter of a book named after a person', 'As it is written in John 3:16 and elsewhere.', []],
  ['no clause after the name', 'i noticed a shift in kevin over the years', []],
]);
