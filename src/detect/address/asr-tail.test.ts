/**
 * Raw ASR: what continues an address after the street the grammar found (asr-tail.ts, asr-zip.ts):
 * a unit and its number, a postcode said letter by letter and digit by digit in a shape some
 * country's postcode system has, a ZIP+4 after a US state, an unknown town after a postcode or a
 * unit, the UK's nations and a country. And what stays out: a lone town or country in a sentence,
 * a phone number after a unit, a phone label read as a unit word, a "town" followed by more
 * numbers. ADDRESS spans after analyze (the phone detector reads a ZIP+4 too); streets and towns
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

/** Word spans [start, end) of the ADDRESS entities analyze keeps. */
const addresses = (text: string): [number, number][] =>
  analyze(sayWords(text))
    .filter((c) => c.type === 'ADDRESS')
    .map((c): [number, number] => [c.startWord, c.endWord]);

type Case = [name: string, text: string, spans: [number, number][]];

const run = (cases: Case[]): void => {
  it.each(cases)('%s', (_name, text, spans) => {
    expect(addresses(text)).toEqual(spans);
  });
};

describe('what continues a found address in raw ASR', () => {
  run([
    [
      'unit, a UK-shaped postcode with "oh" as the letter O, an unknown town, nation and country',
      'please send it to four two orrel close apartment eight fifty t r nine nine five oh h tamsbury northern ireland united kingdom before friday',
      [[4, 23]],
    ],
    [
      'unit, a postcode said after the unit number in one run, a town',
      'address two quillon road suite four hundred sixty one m one three five nine v velkabridge thank you',
      [[1, 16]],
    ],
    [
      'a postcode with a doubled digit ("six double two")',
      'send it to fourteen orrel road apartment four l s six double two q t velkaby thanks',
      [[3, 16]],
    ],
    [
      'ZIP+4 said after the state (nine digits the phone detector also reads)',
      'please ship it to three thirty three quillon avenue tamsby georgia oh three four eight four forty seven ninety tomorrow',
      [[4, 19]],
    ],
    [
      'an unknown town with its opener after a unit said without a postcode',
      'my address is seventeen forty seven orrel road suite seven forty six north velkaville okay',
      [[3, 14]],
    ],
    [
      'a postcode longer than the shape the grammar read inside its run (C1070AAM, not 1070 AA)',
      'my new address is calle quillon nine c one oh seven oh a a m lorvenne tucuman',
      [[4, 17]],
    ],
  ]);
});

describe('what stays out', () => {
  run([
    ['a town and a nation in a sentence', 'we flew to tamsbury in northern ireland last june', []],
    [
      'a phone number after a unit',
      'my address is four two orrel close apartment eight and my phone is five five five oh one two three',
      [[3, 9]],
    ],
    [
      'a phone label is no unit word',
      'my address is four two orrel close office two five one five oh oh two one three six thanks',
      [[3, 7]],
    ],
    [
      'a word followed by more numbers is no town',
      'we met at twelve orrel road suite three velkaro zero six nine',
      [[3, 8]],
    ],
    [
      'an English word after the street is no town',
      'the parcel went to nine quillon road yesterday and then to tamsbury',
      [[4, 7]],
    ],
    [
      'a run of digits longer than any postcode after the town',
      'my address is twelve orrel road tamsby one two three four five nineteen oh two',
      [[3, 7]],
    ],
  ]);
});
