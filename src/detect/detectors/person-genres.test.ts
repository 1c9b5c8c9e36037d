/**
 * Names written text gives away by its grammar (person-genres.ts): a full name after a formal title
 * and an item of a comma list of full names, formatted text only. Exact word ranges, end exclusive;
 * invented names, and cases where each rule must stay silent.
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

describe('a full name after a formal title', () => {
  const cases: Case[] = [
    [
      'a given name that is a month, a family name that is a word',
      'Professor Jan Leech met with students.',
      [[1, 3]],
    ],
    ['a given name that is a word', 'Sir Cliff Richman has been interviewed.', [[1, 3]]],
    ['after a senator, with a possessive', "The bill was Senator Ada Pelloway's idea.", [[4, 6]]],
    ['the title alone names an office', 'Thank you, Professor, for the talk.', []],
    ['a title before a place', 'Judge Street is closed today.', []],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('an item of a comma list of full names', () => {
  const cases: Case[] = [
    [
      'the items whose family names are words or places',
      'Guests were Gertrude Stollen, Jack Lambeth, Amy Tam, and Maya Angell today.',
      [
        [2, 4],
        [4, 6],
        [6, 8],
        [9, 11],
      ],
    ],
    [
      'the last item before a verb',
      'Rupert Evers, Lily Coles, David Harlow, Sydney Davies attended.',
      [
        [0, 2],
        [2, 4],
        [4, 6],
        [6, 8],
      ],
    ],
    ['one found name is no list of people', 'We visited Gertrude Stollen, Jack Lambeth and Oslo.', [[2, 4]]],
    [
      'a place of the list stays a place',
      'We saw Gertrude Stollen, Maya Angell, and Lake Tarn there.',
      [
        [2, 4],
        [4, 6],
      ],
    ],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('titles of office and rank stay out of the name (lexicons/names/titles)', () => {
  const cases: Case[] = [
    ['a prime minister', 'Later PM Ada Pelloway flew home.', [[2, 4]]],
    ['a member of parliament', 'Local MP Bo Lindqvist spoke first.', [[2, 4]]],
    ['a prince', 'The crowd cheered Prince Tavish at the gate.', [[4, 5]]],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
