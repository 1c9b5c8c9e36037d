/**
 * Names in narrative text (issue 12): lone surnames no list knows as subjects, given names that are
 * also words written with a capital inside a sentence, a listed name that is also a word before a
 * capitalised unknown word. Expected word ranges are exact, end exclusive; names are invented or
 * common given/family names, and every rule has cases where it must stay silent.
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

describe('person detector on narrative text', () => {
  const cases: Case[] = [
    // a capitalised word no list knows, in title case, as the subject of a verb
    ['unknown surname as a subject', 'Apparently Brugghens noticed the change.', [[1, 2]]],
    [
      'unknown surname ending in -s, said again later',
      'The shop was small. Later Vandekamps took a job there and Vandekamps stayed.',
      [
        [5, 6],
        [11, 12],
      ],
    ],
    ['a sentence defining a thing is no person', 'Marrowby is a hamlet in the hills.', []],
    ['a coinage of two English words is no surname', 'Correct. Autopay will start in December.', []],
    ['an acronym is no surname', 'Later KVXT took a job there.', []],
    // (raw ASR takes an unknown word before a verb in the past tense: person-fullnames.test.ts)
    ['raw ASR keeps needing a cue for an unknown word', 'apparently brugghens notices the change', []],
    // a listed name that is also a word, then a capitalised unknown word
    [
      'family name that is a word, then an unknown given name',
      'They fought the warlord Wang Zhenbo near the river.',
      [[4, 6]],
    ],
    // at the start of a sentence the capital proves nothing, but a Chinese family name before a
    // given name of two pinyin syllables is a name wherever it stands (person-pinyin.ts)
    ['a pinyin name at the start of a sentence', 'Gao Ruixuan fought near the river.', [[0, 2]]],
    [
      'a pinyin name at the start of a sentence, without a verb',
      'Gao Ruixuan, the river and the hills.',
      [[0, 2]],
    ],
    // a given name that is also a word, written with a capital inside a sentence
    [
      'given names that are words, capitalised inside a sentence',
      'Why were Ivy and Emma so quiet?',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    ['a given name that is a word, as a subject', 'Early next morning Jack was made a knight.', [[3, 4]]],
    ['the same word in lower case is the word', 'Why were ivy and emma so quiet?', [[4, 5]]],
    ['a capitalised word before the noun it modifies', 'The old Liberty crest was redrawn in June.', []],
    ['a capitalised word before a number', 'He worked for Fortune 500 companies.', []],
    ['a capitalised word as a label', 'Forecast tonight, Max: 14 C.', []],
    ['a product after a preposition, before a participle', 'It costs less with Max included.', []],
    ["a brand's possessive", "There is a fee from Wendy's last Friday.", []],
    ['a place in title case', 'We met at Rose Hill Park on Sunday.', []],
    ['a town', 'The train left for Florence at noon.', []],
  ];
  const letters: Case[] = [
    [
      'a sign-off with a comma, an unknown given name',
      'Write to me soon. Love, Qalani I once lived there.',
      [[5, 6]],
    ],
    ['a two-word sign-off, unknown full name', 'See you then. Many thanks, Qalani Brugghen', [[5, 7]]],
    [
      'a sign-off without a comma keeps needing a listed name',
      'see you then love qalani i once lived there',
      [],
    ],
    ['"love" inside a sentence is no sign-off', 'I would love, Qalani, to see it.', []],
    [
      'a function word after a full name is the next sentence',
      'Signature: Tobias Kerning For any questions, call us.',
      [[1, 3]],
    ],
    [
      'speakers of a script before quoted speech',
      'It is fine. Qalani: "Who are you?" Brugghen: "A friend."',
      [
        [3, 4],
        [7, 8],
      ],
    ],
    ['a label before a quote is no speaker', 'Note: "fragile" on the box.', []],
  ];
  it.each(letters)('letters: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
