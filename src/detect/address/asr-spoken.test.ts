/**
 * Addresses as raw ASR writes them (lower case, no punctuation, numbers and capitals said as words):
 * ordinal street names said in number words after a spoken house number, compass letters spelled
 * ("n e", "s w"), a zip that runs on into the spelled country. Exact word spans; every street and
 * house number is invented (towns are real places, as the tail needs a known one).
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

type Case = [name: string, text: string, spans: [number, number][]];

const run = (cases: Case[]): void => {
  it.each(cases)('%s', (_name, text, spans) => {
    expect(found(text)).toEqual(spans);
  });
};

describe('ordinal street names said in number words', () => {
  run([
    // the spoken view reads "one twenty three e twenty first" as one run: house number, letter, ordinal
    [
      'house number, compass letter, ordinal',
      'send it to one twenty three e twenty first street thanks',
      [[3, 10]],
    ],
    [
      'hundreds house number before an ordinal',
      'we live at six hundred one twenty first avenue now',
      [[3, 9]],
    ],
    // "two hundred eightieth": the number words are the ordinal's; the compass letter before them opens it
    ['compass letter before a spoken ordinal', 'meet me at sw two hundred eightieth street please', [[3, 8]]],
    [
      'two ordinal streets crossing',
      'the crash was at one hundred twelfth street e at seventeenth street sw yesterday',
      [[4, 13]],
    ],
    ['an ordinal that is no street', 'she was the one hundred twelfth person in line at the store', []],
  ]);
});

describe('compass letters and countries spelled after a street', () => {
  run([
    ['"n e" after the type', 'meet me at forty two kelmar street n e please', [[3, 9]]],
    ['"s w" after the type', 'it is at eight velkova avenue s w okay', [[3, 8]]],
    ['one letter only', 'it is at eight velkova avenue s okay', [[3, 7]]],
    [
      'zip running on into "u s a"',
      'ship it to nine orrel road spokane w a nine nine two zero one u s a thanks',
      [[3, 17]],
    ],
  ]);
});

describe('glued street names without a house number, then a known town', () => {
  run([
    ['after "to"', 'send it to orrelplein amsterdam thanks', [[3, 5]]],
    ['after an address cue', 'the new address is velkaallee dusseldorf okay', [[4, 6]]],
    ['an adjective opening the name (Dutch)', 'it went to korte brastowdreef utrecht instead', [[3, 6]]],
    [
      'an adjective opening the name (Swedish), a house number',
      'meet me at gamla tamsbyvagen six now',
      [[3, 6]],
    ],
    ['no placing word before it', 'we drove past orrelplein amsterdam yesterday', []],
    ['no known town after it', 'send it to orrelplein thanks', []],
  ]);
});

describe('street types written in capitals, spelled letter by letter', () => {
  run([
    [
      '"a v e" after a compass letter and a name, then a town',
      'send it to n orrel a v e portland thanks',
      [[3, 9]],
    ],
    ['"s t" after a house number and a name', 'meet me at twelve velkova s t in ten minutes', [[3, 7]]],
    ['"b l v d"', 'meet me at twelve velkova b l v d now', [[3, 9]]],
    ['letters after an English word', 'take three points from liverpool number p l now', []],
  ]);
});

describe('a house letter said as "a" before a numbered road', () => {
  run([
    ['county road', 'it went to one three eight nine a county road four two dear friends', [[3, 12]]],
    [
      'highway, then a direction and a spelled state',
      'the address is one two one oh a highway ten w i a thanks',
      [[3, 13]],
    ],
    ['an article before a road word', 'she paid twelve dollars a highway toll of ten', []],
  ]);
});

describe('a typed street without a number after a preposition of nearness', () => {
  run([
    ['outside', 'the truck waits outside rue vesquin near the shop', [[4, 6]]],
    ['opposite, with particles', 'we stopped opposite esplanade de la tamsby for lunch', [[3, 7]]],
    ['an English name stays out', 'we waited outside the main street shop', []],
  ]);
});

describe('crossings of glued street names and farm-to-market roads', () => {
  run([
    ['two glued names and "und"', "i'm waiting at velkastrasse und orrelallee now", [[3, 6]]],
    [
      'a glued name, "an der ecke von", a typed street',
      'the fault is at velkastrasse an der ecke von tamsberger allee today',
      [[4, 11]],
    ],
    ['two glued names, not placed', 'we saw northgate and southgate yesterday', []],
    ['a road at an FM road', 'waiting at orrel road at fm three thousand nine now', [[2, 9]]],
    ['an FM radio station', 'the radio station on fm ninety nine plays jazz', []],
  ]);
});

describe('words pointing in the text or at a place stay out of the street', () => {
  run([
    [
      '"below" before a prefix-typed street',
      'please mail the form to my address below calea vesquin twelve thanks',
      [[8, 11]],
    ],
    ['"above" before a prefix-typed street', 'send it to the address above rue tamsby four thanks', [[6, 9]]],
    [
      '"outside" before a suffix-typed street',
      'the truck stopped outside orrel club drive for lunch',
      [[4, 7]],
    ],
  ]);
});
