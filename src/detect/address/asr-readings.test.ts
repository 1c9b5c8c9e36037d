/**
 * Raw ASR readings of round 21b (addrasr21b): a British inward code read as an ordinal
 * (asr-inward-ordinal.ts), two spelled letters opening a US street's name after its house number
 * (asr-letter-names.ts), a spelled USPS unit abbreviation (asr-spelled-unit.ts) and a numbered
 * street said as a cardinal (asr-cardinal-street.ts). ADDRESS spans after analyze; streets and
 * towns are invented.
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

describe('raw ASR address readings (round 21b)', () => {
  it.each<Case>([
    // British inward codes read as ordinals ("HU5 2ND", "LE10 1ST")
    ['inward code read "second"', 'i live at four orrel road hull h u five second thanks', [[3, 11]]],
    [
      'inward code read "first", then the country',
      'send it to nine tamsin lane hinckley l e one oh first united kingdom',
      [[3, 14]],
    ],
    ['a one-letter area that is no postcode area', 'wait a five second delay please', []],
    // spelled letters opening a street's name
    [
      'two letters open the name',
      'i live at two thousand four hundred fifty five b w velmont r d thanks',
      [[3, 14]],
    ],
    [
      'a spelled US highway',
      'ship it to fifty eight fifty u s highway four three one albertville a l',
      [[3, 15]],
    ],
    ['letters after a number with a leading zero', 'the code is oh three l p gold hill fund', []],
    ['letters and a plural noun', 'i have twelve a b tests today', []],
    // spelled unit abbreviations
    [
      'STE B after a boulevard',
      'i live at two five oh five oh quarvel boulevard s t e b velmoor c a nine two five five three',
      [[3, 22]],
    ],
    // numbered streets said as cardinals
    ['compass letter and a cardinal street', 'i live at three oh w twenty six street', [[3, 9]]],
    [
      'house number and a cardinal street',
      'the parcel goes to nine hundred twenty one eighty three street by thursday',
      [[4, 11]],
    ],
    [
      'a French avenue after its number',
      'his address seventy one thirty four avenue des vernelles yeah',
      [[2, 9]],
    ],
    ['no run before the type', 'she walked to twenty three avenue today', []],
  ])('%s', (_name, text, spans) => {
    expect(addresses(text)).toEqual(spans);
  });
});
