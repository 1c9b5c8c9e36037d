/**
 * Address forms of countries the evaluation's development split lacks, said as raw ASR says them
 * (lower case, no punctuation, numbers in words): long postcodes said digit by digit or in pairs,
 * postcode and country lines without a street, streets named without a type word, and Turkish
 * addresses (mahalle, sokak, cadde, "no 12 daire 3"). Every street, town and number is invented.
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

/** The words inside address spans, joined (spans that touch read as one address). */
const words = (text: string): string => {
  const list = text.split(' ').filter((w) => w !== '|');
  const inside = new Set<number>();
  for (const [s, e] of found(text)) for (let k = s; k < e; k++) inside.add(k);
  return list.filter((_, k) => inside.has(k)).join(' ');
};

type Case = [name: string, text: string, address: string];

describe('postcodes of seven digits or more, said', () => {
  const cases: Case[] = [
    // Japan: seven digits, in pairs or one by one, vouched for by the country after them
    [
      'Japan, in pairs, country after',
      'send it to kelmora nine thirty two seventy four thirty two japan please',
      'kelmora nine thirty two seventy four thirty two japan',
    ],
    [
      'Japan, country first',
      'the address is japan one seven nine zero zero seven two brastow okay',
      'japan one seven nine zero zero seven two brastow',
    ],
    [
      'Japan, a known city before',
      'send it to tokyo one seven nine zero zero seven two japan',
      'tokyo one seven nine zero zero seven two japan',
    ],
    // Brazil: eight digits, after a street and an invented town
    [
      'Brazil, eight digits after a street',
      'my address is rua vesquin twenty seven lorvenne three one seven six eight eight five five brasil thanks',
      'rua vesquin twenty seven lorvenne three one seven six eight eight five five brasil',
    ],
    // Chile: seven digits, then a town and the country
    [
      'Chile, seven digits then a town',
      'my address is four one six one one nine two dalcahue chile thanks',
      'four one six one one nine two dalcahue chile',
    ],
    // China and India: six digits said one by one
    [
      'China, six digits first',
      'please send it to four five nine two one eight china chengguan tamberlo before friday',
      'four five nine two one eight china chengguan tamberlo',
    ],
    [
      'India, six digits before the city',
      'it is vesquin two seven five six zero zero zero one one chennai',
      'vesquin two seven five six zero zero zero one one chennai',
    ],
    // a four-digit postcode said digit by digit is no year
    [
      'Switzerland, digit by digit',
      'my address is one nine eight nine silvaplana schweiz thanks',
      'one nine eight nine silvaplana schweiz',
    ],
  ];
  it.each(cases)('%s', (_name, text, address) => expect(words(text)).toBe(address));

  const none: [string, string][] = [
    ['a phone number of seven digits', 'call me on nine three two seven four three two thanks'],
    ['eight digits and no place', 'my number is three one seven six eight eight five five'],
    [
      'a long run before a country word of everyday English',
      'it cost nine three two seven four three two turkey',
    ],
    [
      'a year before a town and its country, no address asked',
      'in nineteen ninety nine vienna austria hosted it',
    ],
    ['a year said as a year, then a town', 'i was born in nineteen sixty eight in tunis tunisia'],
  ];
  it.each(none)('%s: no address', (_name, text) => expect(found(text)).toEqual([]));
});

describe('place lines without a street', () => {
  const cases: Case[] = [
    [
      'postcode and country',
      'please send it to oh five five seven five nepal before friday',
      'oh five five seven five nepal',
    ],
    [
      'an invented town before the postcode and country',
      'my address is halvering oh five five seven five nepal thanks',
      'halvering oh five five seven five nepal',
    ],
    [
      'country then postcode',
      'please send it to south korea three four zero one nine before friday',
      'south korea three four zero one nine',
    ],
    [
      'a territory postcode said as a word',
      'we moved to lorvenne tkca one z z turks and caicos islands last year',
      'lorvenne tkca one z z turks and caicos islands',
    ],
    [
      'from the country down, the smallest place last',
      'my address is belarus three three nine one two four kapyl halvering thanks',
      'belarus three three nine one two four kapyl halvering',
    ],
    [
      'a region after its kind word',
      'my address is c p twenty two oh nine sesori departamento de ahuachapan el salvador thanks',
      'c p twenty two oh nine sesori departamento de ahuachapan el salvador',
    ],
    [
      '"St." read aloud as "street" before a country',
      'we moved to layou street vincent and grenadines last year',
      'layou street vincent and grenadines',
    ],
  ];
  it.each(cases)('%s', (_name, text, address) => expect(words(text)).toBe(address));

  const none: [string, string][] = [
    ['a count before a country, nothing asked', 'we sold twelve thousand units in nepal'],
    ['a country then a number, no place word', 'nepal scored five five seven five points'],
  ];
  it.each(none)('%s: no address', (_name, text) => expect(found(text)).toEqual([]));
});

describe('streets said without a street type', () => {
  const cases: Case[] = [
    [
      'written, name and number, postcode line, country',
      'Quillon 14, 34567 Lorvenne, Germany',
      'Quillon 14, 34567 Lorvenne, Germany',
    ],
    [
      'said, name and number, postcode, town, country',
      'my address is quillon fourteen three four five six seven lorvenne germany',
      'quillon fourteen three four five six seven lorvenne germany',
    ],
    [
      'said, the house number running into the postcode',
      'send it to marvessa twenty two zero five two zero oslo',
      'marvessa twenty two zero five two zero oslo',
    ],
  ];
  it.each(cases)('%s', (_name, text, address) => expect(words(text)).toBe(address));

  it('an everyday name and a number stay out', () =>
    expect(found('hi maria twenty two ten thousand and five oslo')).toEqual([]));
});

describe('Turkish addresses in raw ASR', () => {
  const cases: Case[] = [
    [
      'mahalle, sokak, no, daire, district, city',
      'my address is tamberlo mahallesi vesquin sokak no twelve daire three kadikoy istanbul',
      'tamberlo mahallesi vesquin sokak no twelve daire three kadikoy istanbul',
    ],
    [
      'numara said in full',
      'the address is tamberlo mahallesi vesquin sokak numara twelve daire three kadikoy istanbul',
      'tamberlo mahallesi vesquin sokak numara twelve daire three kadikoy istanbul',
    ],
    [
      'cadde, floor and flat',
      'my address is kelmora mahallesi penvarra caddesi no nine kat three daire six',
      'kelmora mahallesi penvarra caddesi no nine kat three daire six',
    ],
    [
      'the street first, the neighbourhood and a postcode after it',
      'it is vesquin sokak no twelve daire three tamberlo mahallesi kadikoy istanbul three four seven one zero',
      'vesquin sokak no twelve daire three tamberlo mahallesi kadikoy istanbul three four seven one zero',
    ],
    [
      'short forms mah and cad',
      'send it to marvessa mah dravenna cad no seventeen nilufer bursa',
      'marvessa mah dravenna cad no seventeen nilufer bursa',
    ],
  ];
  it.each(cases)('%s', (_name, text, address) => expect(words(text)).toBe(address));

  it('"no" as an answer is no house-number mark', () =>
    expect(found('no twelve people came to the sokak party')).toEqual([]));
});

describe('a floor said after its number, in one run with the house number', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      '"four two eleven floor": 4/2, 11th floor',
      'please send it to marvessa drive four two eleven floor brastow grenada before friday',
      [[4, 12]],
    ],
    ['a floor, then the end of the turn', 'i live at tamberlovej twelve three floor | okay', [[3, 7]]],
    // the unit word before its own number ("piso twenty three") leaves the house number whole
    ['the floor word before its number', 'it is vesquin drive four two floor twenty three | great', [[2, 9]]],
    ['no street before the number', 'we are at forty two twelve floor today', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
