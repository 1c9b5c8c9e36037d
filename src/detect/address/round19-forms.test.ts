/**
 * Address forms the libpostal probe showed missing (round 19, src/detect/address/libpostal-probe.test.ts).
 * Every example is invented (fictional streets and towns); spans are the ADDRESS entities the whole
 * pipeline keeps, as word offsets [start, end).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const addresses = (text: string): [number, number][] =>
  analyze(sayWords(text))
    .filter((c) => c.type === 'ADDRESS')
    .map((c): [number, number] => [c.startWord, c.endWord]);

describe('address forms of round 19', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a hyphenated compound street is no person', 'Send it to Tamsin-Orrel-Straße 12, 53113 Bonn.', [[3, 7]]],
    ['a hyphenated Gasse', 'I live at Velko-Marin-Gasse 9.', [[3, 5]]],
    [
      'raw ASR: a unit letter before a known town',
      'i live at twelve vesquin avenue apartment three a rochester n y one four six one nine',
      [[3, 17]],
    ],
    ['an article after a unit number stays out', 'he lives in apartment three a block from here', []],
    [
      'a flat word before the only number',
      'I live at Unit 26 Velkova Close, Canterbury, CT2 7EP.',
      [[3, 10]],
    ],
    [
      'raw ASR: a suite before the only number',
      'i live at suite fifteen thirty six velkova road canterbury',
      [[3, 10]],
    ],
    [
      'a numbered district of a town that names its county',
      'I live at 14 Orrel Road, Dublin 2, Ireland.',
      [[3, 9]],
    ],
    ['raw ASR: the district said', 'i live at twelve vesquin avenue kingston ten jamaica thanks', [[3, 9]]],
    [
      'a house number with a letter after a hyphen',
      'I live at 2455-B W Tamsby Rd, Othello, WA 99344.',
      [[3, 10]],
    ],
    ['a half house number', 'I live at 16½ Velkova Road, Kingston.', [[3, 7]]],
    // the venue before it is not taken
    [
      'a capital The opening a street name',
      'Ship it to Orrel House, The Marina, Lowestoft NR32 1HH.',
      [[5, 10]],
    ],
    ['a Japanese address in one word', 'I live at 〒601-8446京都市西九条高畠町25-1.', [[3, 4]]],
    [
      'raw ASR: a spelled country after a postcode',
      'i live at twelve vesquin lane leeds l s six two q t u k',
      [[3, 15]],
    ],
    ['a house number before a US road', 'Send it to 5850 US Highway 431, Albertville, AL 35950.', [[3, 10]]],
    [
      'raw ASR: a British postcode after the street opens with a compass letter',
      'i live at three eighteen velkova street n one two x q london',
      [[3, 13]],
    ],
    [
      'raw ASR: a real directional after the street',
      'i live at twelve vesquin street n e portland oregon',
      [[3, 10]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(addresses(text)).toEqual(expected));
});
