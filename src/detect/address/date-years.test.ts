/**
 * The year of a date is no house number (street.ts dateYear): four digits after a month name, or a
 * number a semicolon closes, in lists of dates and ranks. Word ranges are exact, end exclusive;
 * every name and address is invented.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

const addresses = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('a year after a month or before a semicolon starts no street', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'dates before ranks',
      'Heads: Colonel Ivo Rask, 4 March 1962; Major General Tomas A. Varn, 9 October 1964; Major General Lena A. Moor, 2 June 1966',
      [],
    ],
    [
      'one date before a rank',
      'heads: Colonel Ivo Rask, 4 March 1962; Major General Tomas A. Varn, 9 October 1964.',
      [],
    ],
    // addresses stay: a unit closed by a semicolon, a house number after a date with a day
    ['a unit before a semicolon', 'Flat 4; 18 Kessel Avenue, Tarvin.', [[0, 6]]],
    ['a house number after a date', 'We moved on 2 April to 1987 Kessel Avenue in Tarvin.', [[6, 9]]],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });
});
