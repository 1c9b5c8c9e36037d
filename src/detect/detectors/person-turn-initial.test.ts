/**
 * A middle initial closing a turn ("|" switches the speaker, as a splitter at full stops does):
 * the family name opening the next turn belongs to the same name. Expected word ranges are exact,
 * end exclusive; all names are invented or common given/family names.
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

describe('person detector: a middle initial that ends a turn', () => {
  const cases: Case[] = [
    ['a family name no list knows', 'the post went to Major Harold T. | Brenvaski, 4 May 1951', [[4, 8]]],
    ['a family name that is a word', 'the post went to Major Harold T. | Baker, 4 May 1951', [[4, 8]]],
    ['a family name found on its own', 'she thanked Marcus L. | Fenwright, who smiled', [[2, 5]]],
    ['raw ASR', 'she thanked marcus l | brenvaski who smiled', [[2, 5]]],
    // no name opens the next turn
    ['an ordinary word after the initial', 'she thanked Marcus L. | Then they left', [[2, 3]]],
    ['a lower-case word after the initial', 'she thanked Marcus L. | and left', [[2, 3]]],
    // the initial follows no given name
    ['a letter after an ordinary word', 'we ran to the Plan B. | Brenvaski said so', [[6, 7]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
