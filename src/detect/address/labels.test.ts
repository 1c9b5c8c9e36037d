/**
 * Form labels around an address read aloud or typed: the year of a birth date before "Address:" is
 * no house number, the label is no street name, and a contact label said before its value
 * ("telephone plus ...", "mobile five ...") ends the address in raw ASR. Exact word offsets.
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

describe('a birth year before an address label', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'written label',
      'Born on October 14, 1972 Address: Le Brassier Street, Saint Sampson, Guernsey. Thanks',
      [[6, 12]],
    ],
    [
      'raw ASR label',
      'born october fourteenth nineteen seventy two address le brassier street saint sampson guernsey thanks',
      [[7, 13]],
    ],
    [
      'raw ASR, a typeless street before a postcode and city',
      'born april second nineteen thirty four address qilalukkat eighteen three nine one one sisimiut greenland ok',
      [[7, 15]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a contact label ends an address in raw ASR', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'telephone plus',
      'address five b avenue kourandi kankan guinea telephone plus two two four six',
      [[1, 7]],
    ],
    [
      'mobile and its digits are no city and zip',
      'postal address twelve main street schaan liechtenstein mobile six three four oh eight',
      [[2, 7]],
    ],
    ['a street named Telephone Road', 'i live at twelve telephone road houston texas', [[3, 8]]],
    [
      'Mobile, Alabama before a zip',
      'send it to twelve main street mobile alabama three six six oh two',
      [[3, 13]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an ordinal before a type of both orders reads as the name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['raw ASR, a city after', 'my address is ninth avenue kumasi ghana', [[3, 7]]],
    ['after a label', 'born nineteen fifty one address ninth avenue kumasi telephone plus two', [[5, 8]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('words before a street that are no part of its name', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a place noun after a possessive, raw ASR',
      'please take it to my office tsehay street two thousand four dire dawa ethiopia and a contact',
      [[6, 14]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

it('a letter closing after a number is no street name (raw ASR)', () => {
  // "two" (a phone's last digit) and "sincerely" stay out; the signer's name is the person detector's
  const spans = found('reach me at phone two sincerely dara quill lotus alley aswan egypt thanks');
  expect(spans).toHaveLength(1);
  expect(spans[0]![0]).toBeGreaterThan(5);
  expect(spans[0]![1]).toBe(12);
});

describe("a phone's kind before its label is no place after the address", () => {
  // "Home" is also a town's name (Pennsylvania): before "phone" it names the phone
  const cases: [string, string, [number, number][]][] = [
    ['written, after a country', 'Send it to 14 Kestrel Road, Muscat, Oman Home phone: none', [[3, 8]]],
    [
      'written, two-word country',
      'Send it to 14 Kestrel Road, Leeds, United Kingdom Home phone: none',
      [[3, 9]],
    ],
    ['written, office tel', 'Send it to 14 Kestrel Road, Leeds, United Kingdom Office tel: none', [[3, 9]]],
    ['raw ASR', 'send it to fourteen kestrel road muscat oman home phone none thanks', [[3, 8]]],
    ['the town itself stays', 'Send it to 14 Kestrel Road, Home, PA 15747 please', [[3, 9]]],
    ['a town before a plain label stays', 'Send it to 14 Kestrel Road, Springfield Phone: none', [[3, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
