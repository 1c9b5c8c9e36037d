/**
 * The person detector's third pass (person-runs.ts): a word between two found names, an initial
 * after a given name, spelled initials before a family name, "love" closing a message in raw ASR,
 * a listed name after "that" as a verb's subject. Expected word ranges are exact, end exclusive;
 * names are invented from given and family names of many origins, and every rule has cases where it
 * must stay silent.
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

describe('person detector: a second full name right after a first', () => {
  const cases: Case[] = [
    [
      'raw ASR: a word no list knows between a full name and a family name before a verb',
      'the witness tomasz wierzbicki zhivkoro petrova lives at the corner',
      [
        [2, 4],
        [4, 5],
        [5, 6],
      ],
    ],
    [
      'raw ASR: after a sign-off, a family name in another script',
      // a given name no list knows and of no known shape (a Yoruba olu- name reads as a name
      // on its own, lexicons/names/name-prefixes, and joins the run: the words stay covered)
      'yours sincerely radu ionescu azumbek дмитриев lives at nine elm road',
      [
        [2, 4],
        [4, 5],
        [5, 6],
      ],
    ],
    [
      'formatted: the same run',
      'Yours sincerely, Radu Ionescu Azumbek Tashkentov lives at 9 Elm Road.',
      [
        [2, 4],
        [4, 5],
        [5, 6],
      ],
    ],
    // an initial after a given name ending the first name, the family name found on its own
    [
      'raw ASR: an initial between a given name and a family name with particles',
      'the deed names radu ionescu farhad k de vries of the firm',
      [
        [3, 7],
        [7, 9],
      ],
    ],
    [
      'raw ASR: a given name, an initial, "and" is no family name',
      'the deed names radu ionescu farhad k and me',
      [[3, 6]],
    ],
    // a given name no list knows opening the turn before a name found by a verb after it
    [
      'raw ASR: a turn opening with a given name, a family name and a verb',
      'the meeting is at noon | zhivkomir narayan lives at nine birch lane',
      [[5, 7]],
    ],
    [
      'raw ASR: the family name in another script',
      'the meeting is at noon | olumbek дмитриев lives at nine elm road',
      [[5, 7]],
    ],
    [
      'an everyday word before a given name is no part of it',
      'the meeting is at noon | larkspur marisol speaking',
      [[6, 7]],
    ],
    ['a word inside the turn is not taken', 'good evening larkspur marisol speaking', [[3, 4]]],
    // spelled initials before a family name
    [
      'raw ASR: two spelled initials before a frequent family name',
      'application surname d k nowak given names',
      [[2, 5]],
    ],
    ['raw ASR: three letters are a spelling', 'she spelled b c d nowak for me', [[5, 6]]],
    ['raw ASR: "i" is a word, not an initial', 'application surname i k nowak given names', [[4, 5]]],
    ['raw ASR: one letter alone is no initial here', 'application surname k nowak given names', [[3, 4]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: "love" closing a message in raw ASR', () => {
  const cases: Case[] = [
    [
      'a listed given name after an email address',
      'my email is zelmira at example dot com love tavita',
      [
        [3, 4],
        [9, 10],
      ],
    ],
    [
      'a given name that is also a rare English word',
      'my email is zelmira at example dot com love emir',
      [
        [3, 4],
        [9, 10],
      ],
    ],
    [
      'a word no list knows needs the comma',
      'write to zelmira at example dot com love brivelaran thanks',
      [[2, 3]],
    ],
    ['the object of "i love" is a person when listed', 'i love tavita so much', [[2, 3]]],
    ['a short listed word after "i love" is slang', 'i love dis song', []],
    ['"would love" before an everyday word', 'we would love more time', []],
    ['"true love" is no sign-off', 'true love prevails', []],
    ['"in love with"', 'in love with it', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a listed name after "that" as the subject of a verb', () => {
  const cases: Case[] = [
    ['raw ASR', 'it may be that abbasi was the first to say it', [[4, 5]]],
    ['formatted', 'It may be that Abbasi was the first.', [[4, 5]]],
    ['formatted: a lower-case word is no name here', 'It may be that abbasi was the first.', []],
    ['"that" before a noun', 'that market was busy', []],
    ['"that" before a name that modifies a noun', 'that abbasi rug was sold', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: credits of a work', () => {
  const cases: Case[] = [
    [
      'raw ASR: a listed family name after "starring"',
      'it was a comedy directed by ilse brandt and starring abbasi uh sorry',
      [
        [6, 8],
        [10, 11],
      ],
    ],
    ['formatted', 'The film starring Abbasi was long.', [[3, 4]]],
    ['an everyday word after "starring"', 'the film starring music was long', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe("person detector: an initial closing a form's name field", () => {
  const cases: Case[] = [
    ['formatted: before the next label', 'Full name: Tavita K Address: 12 Elm Road', [[2, 4]]],
    ['formatted: with its full stop', 'Name: Tavita K. Phone: 555 0101', [[1, 3]]],
    [
      'raw ASR: before a word that opens the next field',
      'name on card tavita k billing postcode oh nine',
      [[3, 5]],
    ],
    ['raw ASR: closing the turn', 'my name is tavita k', [[3, 5]]],
    ['raw ASR: before an ordinary word', 'name tavita k thanks', [[1, 2]]],
    ['raw ASR: "i" is a word', 'name tavita i address', [[1, 2]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: "de los", "de las" in a family name', () => {
  const cases: Case[] = [
    ['raw ASR: after a title', 'you can ask for doctor ilse de los rios at the desk', [[5, 9]]],
    ['formatted', 'Please ask Joaquina de las Heras about it.', [[2, 6]]],
    ['a city after a preposition stays a place', 'we flew to los angeles on friday', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
