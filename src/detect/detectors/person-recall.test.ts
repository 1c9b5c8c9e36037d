/**
 * Names in narrative text (issue 12, recall): ranks and offices before a name, and capitalised
 * given names that are also words, in both styles where the style carries the signal. Expected
 * word ranges are exact, end exclusive. All names are invented or common given/family names.
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

describe('person detector: ranks and offices before a name', () => {
  const cases: Case[] = [
    ['a professor and a name no list knows', 'In 1982, Professor Okuzawa retired.', [[3, 4]]],
    ['a professor (asr)', 'in nineteen eighty two professor okuzawa retired', [[5, 6]]],
    ['a colonel and a full name with an initial', 'Colonel Dana L. Kerrigan, 12 March 1951', [[1, 4]]],
    ['a senator (asr)', 'senator obuya voted against it', [[1, 2]]],
    ['a sheriff (asr)', 'sheriff dravnik closed the road', [[1, 2]]],
    ['a chaplain', 'We met Chaplain Okuzawa after the service.', [[3, 4]]],
    ['a commissioner before an ordinary word', 'the commissioner said no', []],
    // ranks before ordinary words stay visible
    ['"general" before a noun', 'the general public was told', []],
    ['"major" before a noun (asr)', 'it was a major league game', []],
    ['"sir" is an address, not a rank', 'Pardon me, Sir robot, but that is not what I asked', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: capitalised given names that are also words', () => {
  const cases: Case[] = [
    ['a given name that is a noun', 'Guests include Gene Harlow and others.', [[2, 4]]],
    ['a given name that is an adjective', 'a draw with Randy Kessler proved it', [[3, 5]]],
    // raw ASR writes "co-written" apart: its "co" heads no company name
    ['a full name before "co written" (asr)', 'a novel by frank varsenko co written by him', [[3, 5]]],
    // not at the start of a sentence, not before an ordinary word
    ['an ordinary capitalised pair', 'We bought Rose Garden seeds.', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
