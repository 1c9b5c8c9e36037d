/**
 * The half of an address said before the listener's acknowledgement, taken when the address goes
 * on after it (before-ack.ts). Invented streets, towns and numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text ("|" switches speaker). */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('the half of an address said before the acknowledgement', () => {
  const cases: [string, string, [number, number][]][] = [
    // from the country down: the country and the postcode first
    [
      'raw ASR: country and postcode, then the street',
      'it is taiwan five eight four | okay | kelmora tamberlo drive one forty eight that is all',
      [
        [2, 6],
        [7, 13],
      ],
    ],
    [
      'written: country, postcode and town, then the street',
      'it is Japan, 466-0382, Sulvano | okay | Dravennadori 148-13 that is all',
      [
        [2, 5],
        [6, 8],
      ],
    ],
    [
      'a postcode and country found alone take the town after them',
      'it is nine six oh one oh nine china penvarra | okay | quillon circle one two that is all',
      [
        [2, 10],
        [11, 15],
      ],
    ],
    // from the street down: the house number and the street, then the postcode line
    [
      'raw ASR: house number and street, then postcode and town',
      'it is nine bis quillon bat seventeen | okay | nine seven oh seven one gourbeyre guadeloupe that is all',
      [
        [2, 7],
        [8, 15],
      ],
    ],
    // nothing found after the acknowledgement, or no place in the half: nothing taken
    ['no address after it', 'it is taiwan five eight four | okay | that is all', []],
    ['an everyday answer before it', 'it is fine | okay | 12 Quillon Lane, Kelmora', [[4, 8]]],
    ['a count before it', 'it is twelve people | okay | 12 Quillon Lane, Kelmora', [[5, 9]]],
    ['a lone country before it', 'it is taiwan | okay | 12 Quillon Lane, Kelmora', [[4, 8]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
