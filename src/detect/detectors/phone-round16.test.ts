/**
 * The written places of phone numbers that the probe phone-written.test.ts found missed: labels glued
 * to the number ("Tel.:", "phone="), initials of a contact block ("T:", "F:"), angle brackets,
 * slashes after an area code inside brackets or quotes, Belgian and Italian mobiles written with a
 * slash and no trunk zero, a town's postcode before a labelled number, and words after a number that
 * an address took for its street. Every number and frame is INVENTED (555-01xx for North America;
 * other regions' numbers with digits chosen for their plans). Spans are word ranges of PHONE_NUMBER.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { Word } from '../../types.js';

/** Words split at spaces only ("|" is no change of speaker here). */
const wordsOf = (line: string): Word[] =>
  line.split(' ').map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' }));
const spansOf = (line: string, type?: string): number[][] =>
  analyze(wordsOf(line))
    .filter((c) => type === undefined || c.type === type)
    .map((c) => [c.startWord, c.endWord]);
const phoneSpans = (line: string): number[][] => spansOf(line, 'PHONE_NUMBER');

describe('a label glued to the number', () => {
  it.each([
    ['Tel.:030 901820', [[0, 2]]],
    ['phone=0151 23456789; city=Tarnmoor', [[0, 2]]],
    ['mobile_phone=+44 20 7946 0018', [[0, 4]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([
    ['ref=03.11.2024; city=Tarnmoor'],
    ['id=2024-11-03'],
    ['ref=DE89 3704 0044 0532 0130 00; city=Tarnmoor'],
  ])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});

describe("a contact block's initials", () => {
  it.each([
    ['T: 2310 794217', [[1, 3]]],
    [
      'T: 030 901820 F: 030 901821',
      [
        [1, 3],
        [4, 6],
      ],
    ],
    [
      't oh one eight four four three nine two nine f oh one five zero five five nine one two',
      [
        [1, 10],
        [11, 20],
      ],
    ],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([
    ['Q: 2310 794217'],
    ['T: 12345'],
    ['c one two three four five six seven d one two three four five six seven'],
  ])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});

describe('brackets, quotes and slashes around the number', () => {
  it.each([
    ['Mira Tolvanen <+43-661-6156001>', [[2, 3]]],
    ['Mira Tolvanen <863-555-0143 #123>', [[2, 4]]],
    ['Mira Tolvanen (030/49010559)', [[2, 3]]],
    ['Mira Tolvanen [0486/68 65 78]', [[2, 5]]],
    ['{"phone": "030/4901055"}', [[1, 2]]],
    // Belgian mobiles without their trunk zero, Italian mobiles (no trunk zero at all)
    ['Please call 482/569486.', [[2, 3]]],
    ['Tel. 486/31 64 35', [[1, 4]]],
    ['Tel. 347/1234567', [[1, 2]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([['Due 03/2019.'], ['On 05/12 we met.'], ['The score was 486/31 today.']])(
    'leaves %s alone',
    (line) => {
      expect(phoneSpans(line)).toEqual([]);
    },
  );
});

describe('the words after a number stay out of it', () => {
  it.each([
    ['+1 (206) 555-0143 Mira Tolvanen', [[0, 3]]],
    ['+1 (206) 555-0143 (Mira Tolvanen)', [[0, 3]]],
    ['Call 863-555-0143 ext. 12345 Tarnmoor', [[1, 4]]],
    ['Call 863-555-0143 ext. 12, Mira will answer.', [[1, 4]]],
    [
      'Tarnmoor 4821 863-555-0143 ext. 12 office 877-555-0186 ext. 12 fax',
      [
        [2, 5],
        [6, 9],
      ],
    ],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it('keeps the person after the number', () => {
    expect(spansOf('+1 (206) 555-0143 Mira Tolvanen', 'PERSON')).toEqual([[3, 5]]);
  });
});

describe("a town's postcode before a labelled number", () => {
  it.each([
    ['Tarnmoor 4821 010 485 2993 office', [[2, 5]]],
    ['Tarnmoor 4821 +49 30 901820 office', [[2, 5]]],
    ['Tarnmoor 4821 +49-6541-39276113 office', [[2, 3]]],
    ['Tarnmoor 4821 01-6417011 office', [[2, 3]]],
    ['Tarnmoor, QX 48213 27-51-39-84 office', [[3, 4]]],
    [
      'tarnmoor four thousand eight hundred twenty one oh one five one two three four five six seven office',
      [[7, 17]],
    ],
    // a first group of six digits may be a country code ("234809 959 7344"): the whole stays
    ['Mira Tolvanen 234809 959 7344 mobile', [[2, 5]]],
    // the rest too short for a number: the whole is the number
    ['Mira 5171 8110 office', [[1, 3]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it('leaves a card number with a card cue to the account detector', () => {
    expect(spansOf('Card 4111 1111 1111 1111 office', 'ACCOUNT_NUMBER')).toEqual([[1, 5]]);
  });
  // postcode and number together longer than one number (16 digits and more)
  it('splits a written postcode from a number of more than ten digits', () => {
    expect(phoneSpans('Tarnmoor 48213 31 242 955 1348 office')).toEqual([[2, 6]]);
  });
  it('leaves a postcode and number said digit by digit covered whole (no number of its own to split)', () => {
    const line =
      'tarnmoor four eight two one three oh seven nine double four one two three four five six office';
    expect(spansOf(line).filter(([s, e]) => s! <= 1 && e! >= 17)).toHaveLength(1);
  });
});
