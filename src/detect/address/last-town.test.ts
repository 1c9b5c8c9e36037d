/**
 * Raw ASR: a town the lists lack, said right after a numbered street line and ending the address
 * (src/detect/address/tail.ts, lastTownAt). Invented streets and towns.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { detectAddresses } from '../detectors/address.js';
import { sayWords } from '../../../test/helpers/words.js';

const found = (line: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(line))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('an unknown town ending a raw-ASR street line', () => {
  const cases: [string, string, [number, number][]][] = [
    ['then an everyday word', 'i live at orlanda court twelve penvarra thanks', [[3, 7]]],
    ['number first, then a function word', 'it is twelve quillon lane tovarre before friday', [[2, 6]]],
    ['two words, then the turn ends', 'it is twelve quillon lane vessa tovarre | great', [[2, 7]]],
    ['after a unit', 'send it to marvessa road nine flat three kelmora okay', [[3, 9]]],
    // not a town: an English word, a frequent first name, a number after it, no house number
    ['an English word after the street', 'it is twelve quillon lane southbound thanks', [[2, 5]]],
    ['a first name after the street', 'it is twelve quillon lane john thanks', [[2, 5]]],
    ['a street without its number', 'we walked down quillon lane tovarre and back', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('raw ASR: a street without a type, its house number run on into the postcode', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'name, number and postcode, town',
      'i live at tamberlo twelve fourteen fifty eight sixty eight penvarra thanks',
      [[3, 11]],
    ],
    [
      'two name words, then a country',
      'yes dravenna dravenna one four eight four six six eight six kelmora deutschland is where we moved',
      [[1, 13]],
    ],
    // no town after the digits, an everyday word opening the name, a street type in it
    ['a flight number', 'we are on flight kestra two three four five six tomorrow', []],
    [
      'digits running on past any postcode',
      'it is going to tamberlo two three four five six seven eight nine',
      [],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
