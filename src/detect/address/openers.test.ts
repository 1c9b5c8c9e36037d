/**
 * Street names opened by a German preposition ("Am Lindengraben 4", "An der Orrelstraße 7"), a
 * title-case Portuguese abbreviation whose dot is no sentence end ("Tv. dos Orrelos 14"), and raw ASR
 * "dear <word> road works": the one addressed is no street; US numbered roads without a house number
 * ("Interstate 40"). Invented streets; exact word offsets.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('street name openers', () => {
  const cases: [string, string, [number, number][]][] = [
    ['fused preposition, written', 'Post it to Am Lindengraben 4, 10115 Berlin today', [[3, 8]]],
    ['preposition and article, written', 'Post it to An der Orrelstraße 7, Tamsdorf today', [[3, 8]]],
    ['fused preposition, raw ASR', 'send it to am lindengraben four berlin thanks', [[3, 7]]],
    ['preposition and article, raw ASR', 'send it to an der orrelstrasse seven tamsdorf', [[3, 8]]],
    ['"i am" is no street opener', 'i am lindengraben', []],
    ['Tv. abbreviation', 'Please send it to Tv. Orrelos 14 Lisboa thanks', [[4, 8]]],
    ['Tv. with a particle', 'Please send it to Tv. dos Orrelos 14C Lisboa thanks', [[4, 9]]],
    ['a TV ending a sentence', 'We bought the TV. Orrelos came later', []],
    [
      'raw ASR salutation',
      'street velk avenue okay dear tenant road works will close orrel street next week',
      [
        [1, 3],
        [10, 12],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('US numbered roads without a house number', () => {
  const cases: [string, string, [number, number][]][] = [
    ['interstate, written', 'The depot is on Interstate 40. See you there', [[4, 6]]],
    ['compass letter before', 'We met on S Interstate 80 near the exit', [[3, 6]]],
    ['raw ASR, digits said one by one', 'it is on interstate four five great', [[3, 6]]],
    ['raw ASR, compass letter', 'meet me at n interstate thirty five in ten minutes', [[3, 7]]],
    ['raw ASR, state road', 'we are on state road nine now', [[3, 6]]],
    ['no road: a count after it', 'we took the interstate 5 times', []],
    ['no road: a distance', 'i drove on the county road 9 miles', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
