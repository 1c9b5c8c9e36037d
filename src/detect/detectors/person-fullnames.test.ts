/**
 * Full names in narrative text without a cue (issue 12): a given name then a family name that is
 * also an English word, two name words English lacks in raw ASR, a given name that is also a word
 * before a family name. Expected word ranges are exact, end exclusive; names are common given and
 * family names in invented pairs, and every rule has cases where it must stay silent.
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

describe('full names without a cue', () => {
  const surnameWords: Case[] = [
    [
      'raw ASR: given name, family name that is a word',
      'her last bout was against ronnie painter and then',
      [[5, 7]],
    ],
    ['formatted: both capitalised', 'Her last bout was against Ronnie Painter and then', [[5, 7]]],
    ['a possessive family name', 'the report of harvey burns was late', [[3, 5]]],
    ['case differs: the word is the word', 'her last bout was against Ronnie painter and then', [[5, 6]]],
    ['a given name before a time word', 'i told daniel tomorrow is fine', [[2, 3]]],
    ['a given name before an adverb', 'send it to harvey back home', [[3, 4]]],
    ['a given name before a frequent English word', 'great video daniel man', [[2, 3]]],
    [
      'formatted: a listed first name, an everyday family name',
      'Guests were Dorian Mcallister, Ivo West, and others.',
      [
        [2, 4],
        [4, 6],
      ],
    ],
    [
      "a full name's possessive before a quoted title",
      'They covered Ivo West\'s "Summer" on the radio.',
      [[2, 4]],
    ],
    [
      'a title-case phrase after a lone possessive stays a title',
      "We ate at Johnson's Family Diner today.",
      [],
    ],
    [
      'an article before a name and a place head after it: the place',
      'we met at the ronald casino in town',
      [],
    ],
  ];
  const listedPairs: Case[] = [
    ['raw ASR: two name words English lacks', 'the report by minoru deegan arrived late', [[3, 5]]],
    ['a sound said twice is no name', 'the bell went ding ding and stopped', []],
    ['a town of two name words', 'the train to chiang mai left at noon', []],
    ['short words of other languages', 'saan ka na ba ngayon', []],
  ];
  const wordGivenNames: Case[] = [
    [
      'raw ASR: given name that is a word, then a family name',
      'a draw with randy kowalczyk proved it',
      [[3, 5]],
    ],
    [
      'raw ASR: a listed family name after it',
      'speakers at dinner include rose mcallister and others',
      [[4, 6]],
    ],
    ['a verb before a name is no given name', 'i could tell simon was upset', [[3, 4]]],
    ['a rank before a name is its cue', 'brigadier general tobin k varlow took command', [[2, 5]]],
    ['an adjective that is no given name', 'the general public was told', []],
  ];
  const runs: Case[] = [
    [
      'raw ASR: a list of names without pauses runs past one chain',
      'the team is tomas kowalczyk harvey mckinnie anna deegan and others',
      [
        [3, 8],
        [8, 9],
      ],
    ],
    [
      'a sentence end stops the run',
      'The team is Tomas Kowalczyk Harvey Mckinnie Anna. deegan and others',
      [[3, 8]],
    ],
  ];
  const subjects: Case[] = [
    [
      'raw ASR: a word no list knows before a verb in the past tense',
      'yeah brugghens noticed that the dial was loose',
      [[1, 2]],
    ],
    ['raw ASR: after a preposition it is no subject', 'the song by brugghens noticed nothing', []],
    ['raw ASR: a plural agent noun', 'the three drummers went straight into the chorus', []],
    ['raw ASR: a copula says what a thing is', 'the borewell was producing water', []],
    ['raw ASR: a verb in the present keeps needing a cue', 'apparently brugghens notices the change', []],
  ];
  const initials: Case[] = [
    [
      'formatted: two capital initials before a family name',
      'The plan drawn up by R. J. Kowalczyk. It lasted.',
      [[5, 8]],
    ],
    [
      'a capital initial ending the sentence before a name is kept apart',
      'He lives on Route A. Kowalczyk said so.',
      [[5, 6]],
    ],
  ];
  const modifiers: Case[] = [
    [
      'formatted: a lower-case role word before a full name',
      'He lost to the young puncher Tomas Kowalczyk in May.',
      [[6, 8]],
    ],
    ['formatted: a particle stays in the name', 'It was written by Maria de la Cruz last year.', [[4, 8]]],
    [
      'raw ASR: no case, the chain is kept whole',
      'he lost to the young puncher tomas kowalczyk in may',
      [[5, 8]],
    ],
  ];
  const nationalities: Case[] = [
    [
      'raw ASR: a nationality after a full name is no family name',
      'the singer tomas kowalczyk russian born in may',
      [[2, 4]],
    ],
  ];
  it.each(nationalities)('words after a name: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(modifiers)('words before a name: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(initials)('leading initials: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(runs)('runs of names: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(subjects)('subjects: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(surnameWords)('family name that is a word: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(listedPairs)('two listed name words: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(wordGivenNames)('given name that is a word: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
