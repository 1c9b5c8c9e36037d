import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { ssnDetector } from './ssn.js';

const detect = (line: string) => ssnDetector.detect(buildDetectionContext(sayWords(line)));
const ranges = (line: string) => detect(line).map((c) => [c.startWord, c.endWord]);

describe('ssn detector', () => {
  it.each([
    ['my social security number is two one nine oh nine nine nine nine nine', [[5, 14]]],
    ['SSN: 219-09-9999. Thanks', [[1, 2]]],
    ['my ssn is 219 09 9999 okay', [[3, 6]]],
    ['the last four of your social | sure six seven eight nine', [[7, 11]]],
    ['the last four digits of your social security number | 0142.', [[9, 10]]],
    ['last four of your um social | sixty one ninety two', [[6, 10]]],
    ['what is your social | uh sure it is six seven eight nine', [[8, 12]]],
    // "last four" said: the social cue may be further back
    [
      'can i get the last four digits of the social security number on file please | six seven eight nine',
      [[15, 19]],
    ],
    ['what is your social | it is uh two one nine oh nine nine nine nine nine', [[7, 16]]],
    ['my social is two one nine oh nine two one nine oh nine nine nine nine nine', [[3, 17]]],
    // a spelled cue runs on into the digits as one spelled run: the digits alone are the value
    ['and my s s n eight three six four five two one one nine okay', [[5, 14]]],
    ['s s n oh one two three four five six seven eight', [[3, 12]]],
    ['the s s n was eight three six four five two one one nine', [[5, 14]]],
  ])('finds %s', (line, expected) => {
    expect(ranges(line)).toEqual(expected);
  });

  it.each([
    ['your ticket number is 219-09-9999.'],
    ['the last four of the card | four three two one'],
    ['i saw it on social media about five times'],
    ['my social worker called from four one five five five five oh one three two'],
    ['your ticket is a b c one two three four five six seven eight nine'],
    ['the plate is s s n four five six'],
    // a social cue far before a short number without "last four": a name or a topic, then a year
    ['The Social Harmony Choir of the valley first sang in 2004. Ever since'],
    ['the social harmony choir of the valley first sang in two thousand and four ever since'],
  ])('leaves %s alone', (line) => {
    expect(ranges(line)).toEqual([]);
  });

  it('takes only the value right after the cue, not the next number', () => {
    expect(
      ranges('last four of your social | six one nine two | great i can take one thousand three hundred off'),
    ).toEqual([[5, 9]]);
  });

  it('gives the digits as value', () => {
    expect(detect('SSN: 219-09-9999.')[0]!.value).toBe('219099999');
  });
});
