/**
 * Raw ASR: the USPS suffixes that are everyday words and plurals (asr-usps-suffix.ts) name a
 * street only after a spoken house number and a name that is no English word; English names,
 * a number after a street type, and written text keep their old readings. ADDRESS spans after
 * analyze; streets and towns are invented.
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

describe('USPS suffixes in raw ASR', () => {
  it.each<Case>([
    [
      'plural suffix after a digit-by-digit number',
      'my address is five one five two quarvel islands okay',
      [[3, 9]],
    ],
    [
      'nature suffix and an unknown town',
      'my address is three four nine one two tevrin vista oshawa okay',
      [[3, 11]],
    ],
    [
      'two-word name, number said in pairs',
      'send it to forty one twenty morvane telkin harbors please',
      [[3, 9]],
    ],
    ['an English name is no street', 'the ferry crossed all five great lakes in june', []],
    ['English nouns after a number', 'the farm kept nine old mills running', []],
    ['a short name word is no street', 'each team got twelve xp points today', []],
    ['no house number', 'we met at quarvel islands yesterday', []],
  ])('%s', (_name, text, spans) => {
    expect(addresses(text)).toEqual(spans);
  });
});
