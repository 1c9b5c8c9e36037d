/**
 * A date and time said right after a word naming it ("date nineteen ninety six oh seven twenty nine
 * fourteen fifty eight") is no phone number, even when a phone label stood a few words before it;
 * digits after such a word that are no calendar fields stay a phone number. Every number and frame
 * is INVENTED (555-01xx for North America). Spans are word ranges of PHONE_NUMBER.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { Word } from '../../types.js';

const wordsOf = (line: string): Word[] =>
  line.split(' ').map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' }));
const phoneSpans = (line: string): number[][] =>
  analyze(wordsOf(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

describe('a timestamp after a date label', () => {
  it.each([
    [
      'fax four one five five five five oh one four two mobile date nineteen ninety six oh seven twenty nine fourteen fifty eight eighteen name',
      [[1, 11]],
    ],
    [
      'fax four one five five five five oh one four two mobile date two thousand and nineteen oh three twelve nine thirty name',
      [[1, 11]],
    ],
    [
      'office six one seven five five five oh one nine eight mobile updated nineteen eighty eight eleven oh four name',
      [[1, 11]],
    ],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });

  it.each([
    // digits said one by one are no calendar fields: the number after the label is kept
    ['my mobile date changed it is four one five five five five oh one four two', [[6, 16]]],
    ['fax date four one five five five five oh one four two', [[2, 12]]],
  ])('keeps the phone in %s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
});
