/**
 * Address endings of dependent territories and small states, written and as raw ASR says them:
 * a place before a territory and the country it belongs to ("Bouvet Island, Norway"), "St." read
 * aloud as "street" before "Kitts and Nevis" or "Lucia", one-letter region codes before the country
 * (Venezuela), letter postcodes said as a word ("siqq one z z"); Arabic lines that put the house
 * number and district before the street. Every street and town is invented.
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

describe('a place, a territory and its country', () => {
  const cases: Case[] = [
    ['written', 'we moved to Brastow, Bouvet Island, Norway last year', [[3, 7]]],
    ['raw ASR', 'we moved to brastow bouvet island norway last year', [[3, 7]]],
    ['a special region, written', 'my address is Quellin, Macau, RAE da China thanks', [[3, 8]]],
    ['a special region, said', 'send it to quellin macau r a e da china please', [[3, 10]]],
    ['a street before, said', 'it is rua tavesso nine macau r a e da china', [[2, 11]]],
    ['no territory: a list of countries', 'we flew to Paris, France, Germany and Spain', []],
    ['no place word before', 'Brastow, Bouvet Island, Norway were all on the quiz', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('"St." read aloud as "street" before the country', () => {
  const cases: Case[] = [
    [
      'Kitts and Nevis after a town',
      'my address is twelve dorvan street kelmora street kitts and nevis thanks',
      [[3, 11]],
    ],
    ['Lucia after a town', 'my address is dorvan street forty one kelmora street lucia thanks', [[3, 10]]],
    ['Vincent and Grenadines', 'it is dorvan street nine brastow street vincent and grenadines', [[2, 10]]],
    ['Saint said as such', 'my address is twelve dorvan street kelmora saint lucia thanks', [[3, 9]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a one-letter region code before the country', () => {
  const cases: Case[] = [
    [
      'written after the postcode',
      'we moved to Calle Tavesso 14, Soledad 2445, A, Venezuela last year',
      [[3, 10]],
    ],
    [
      'said after the postcode',
      'we moved to calle tavesso fourteen soledad twenty four forty five a venezuela ok',
      [[3, 13]],
    ],
    ['no region: an article before the country', 'i paid 2445 a venezuela trip', []],
    ['no region: not before the country', 'ship it to Soledad 2445, a Venezuela company', [[3, 5]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a letter postcode said as a word after an unknown town', () => {
  const cases: Case[] = [
    ['South Georgia', 'send it to nine dorvan street kelmora siqq one z z united kingdom please', [[3, 13]]],
    [
      'Saint Helena',
      'my address is nine dorvan street brastow sthl one z z united kingdom thanks',
      [[3, 13]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('the house number and district before an Arabic street', () => {
  const cases: Case[] = [
    ['written, a line each', 'please send it to 41 Quellin, Shari Tavesso, Brastow, Iraq today', [[4, 10]]],
    ['said, the house number first', 'my address is forty one quellin shari tavesso thanks', [[3, 8]]],
    [
      'said, the district alone',
      'the address is quellin shari tavesso twelve one oh four eight nine kuwait',
      [[3, 13]],
    ],
    ['no district: a company before the street', 'write to Norvik Ltd, Shari Tavesso 12 please', [[4, 7]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a country said before a street whose name would take its last word', () => {
  const cases: Case[] = [
    ['Korea', 'send it to south korea quellin tavesso ro twelve three four zero one nine thanks', [[3, 14]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('raw ASR: a region named by its kind word after the country, written from the country down', () => {
  const cases: Case[] = [
    [
      'Russian oblast',
      'my address is казахстан тамберская область nine seven four oh four one kelmora улица дравенна twelve ok',
      [
        [3, 14],
        [14, 16],
      ],
    ],
    ['no country before the region', 'the тамберская область team won twelve games', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('raw ASR: an unknown district and a listed town after the street', () => {
  const cases: Case[] = [
    ['district and town', 'send it to twelve tavesso street quellin bigaan before friday', [[3, 8]]],
    [
      'no town: a count said after it',
      'we met at twelve tavesso street quellin bigaan three times',
      [[3, 6]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe("raw ASR: Oman's governorates by their English names", () => {
  const cases: Case[] = [
    [
      'after a street and a postcode',
      'send it to nine shari tavesso five twenty yanqul al batinah north governorate oman ok',
      [[3, 14]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('written place lines: a postcode glued to its town, the town and district last', () => {
  const cases: Case[] = [
    ['postcode-town before the country', 'my address is 24214-Brastow, Guatemala thanks', [[3, 5]]],
    ['no country after it', 'the score was 2024-Brastow, then we left', []],
    [
      'town and district after the postcode',
      'we moved to Japan, 932-7432, Kelmora, Quellin last year',
      [[3, 7]],
    ],
    [
      'the street line after them keeps its house number',
      'we moved to Japan, 932-7432, Omura, Quellin, Tavesso-chome, 14 last year',
      [
        [3, 7],
        [3, 9],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('territories without an ISO code of their own', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'written, a territory of four words',
      'It is unnamed road, Tamberlo, Kelmora, Ashmore and Cartier Islands now.',
      [[2, 10]],
    ],
    ['raw ASR', 'it is twelve quillon road kelmora clipperton island now', [[2, 8]]],
    [
      'an Australian external territory',
      'my address is 12 Quillon Road, Kelmora, Coral Sea Islands thanks',
      [[3, 10]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});
