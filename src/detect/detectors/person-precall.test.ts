/**
 * Person recall in text written by others (lists of names, middle initials, propagation), in both
 * styles. Expected word ranges are exact, end exclusive; names are invented or common given and
 * family names.
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

describe('person detector: runs of full names', () => {
  const cases: Case[] = [
    [
      'raw ASR: the last given name of a run takes a family name that is also a word',
      'the panel had ruth kowalczyk dermot fallon nigel baker and others',
      [[3, 9]],
    ],
    [
      'a single full name keeps its rule',
      'speakers were ruth kowalczyk and nigel baker',
      [
        [2, 4],
        [5, 7],
      ],
    ],
    // an ordinary word after the run is not taken
    ['a run ending before an adverb', 'ask ruth kowalczyk nigel about it', [[1, 4]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: middle initials in raw ASR', () => {
  const cases: Case[] = [
    ['after a cue ("by")', 'the poem was composed by tomila k varsenko last year', [[5, 8]]],
    [
      'before a stray letter of another script (a garbled dash)',
      'a poem by tomila k varsenko ג see it',
      [[3, 6]],
    ],
    [
      '"a" after a frequent given name, before a word no list knows',
      'i met richard a dorvelski today',
      [[2, 5]],
    ],
    [
      'the same after a full name found before it',
      'guests were frank kowalczyk richard a dorvelski and more',
      [[2, 7]],
    ],
    // an article before a short word of slang, and a pronoun, stay words
    ['"a" before a short unknown word', 'i gave richard a vlog idea', [[2, 3]]],
    ['"i" before an English verb', 'then richard i think left', [[1, 2]]],
    // a letter of another script is no initial
    ['a Hebrew letter is no initial', 'a poem by varsenko ג see it', [[3, 4]]],
    // letters beside letters are a spelling
    ['a spelling is no initial', 'that is z y x w v', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: generational suffixes and degrees after a full name', () => {
  const cases: Case[] = [
    ['a spelled "II" before "who" (asr)', 'her father was called tomas okoro i i who farmed', [[4, 8]]],
    ['a spelled degree before "a" (asr)', 'the doctor was maria lenz m d a while ago', [[3, 7]]],
    ['"jr" (asr)', 'the coach was dana ruiz jr last season', [[3, 6]]],
    ['a capital numeral (formatted)', 'The estate went to Tomas Okoro IV in 1901.', [[4, 7]]],
    // a speaker repeating "I" before a verb is no suffix
    ['a stutter before a verb (asr)', 'i met tomas okoro i i think he left', [[2, 4]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a found family name that is also a word, recurring', () => {
  const cases: Case[] = [
    [
      'capitalised inside a sentence (formatted)',
      'The bout was against Rory Banks. Later the referee warned Banks twice.',
      [
        [4, 6],
        [10, 11],
      ],
    ],
    // lower case it is the word; at the start of a sentence the capital proves nothing
    [
      'the word in lower case (formatted)',
      'The bout was against Rory Banks. The river banks flooded.',
      [[4, 6]],
    ],
    [
      'at the start of a sentence (formatted)',
      'The bout was against Rory Banks. Banks close early.',
      [[4, 6]],
    ],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
