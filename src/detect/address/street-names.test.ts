/**
 * Street names that open with initials ("K.P. Arends Boulevard") or an Arabic article or kin word
 * ("Al Kharouf Street", "Abu Bakr Street"), written and in raw ASR. Exact word offsets; negatives are
 * everyday phrases with lone letters and the same particles that must stay.
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

describe('initials before a street name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written initials', 'Send it to K.P. Arends Boulevard 46, Oranjestad.', [[3, 8]]],
    ['one initial', 'Send it to J. Okafor Avenue 12, Lagos.', [[3, 8]]],
    [
      'after an institution line',
      'It is at Museum of Aruba, K.P. Arends Boulevard 46, Oranjestad.',
      [[3, 11]],
    ],
    ['raw ASR, spelled initials', 'send it to k p arends boulevard sixty oranjestad', [[3, 9]]],
    [
      'raw ASR, after an institution',
      'your new address is museum of aruba k p arends boulevard sixty oranjestad thanks',
      [[4, 13]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an Arabic article or kin word opening a street name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['article, written', 'Send it to Al Kharouf Street 23, Sohar.', [[3, 8]]],
    ['kin word after a house number', 'Send it to 12 Abu Bakr Street, Sohar.', [[3, 8]]],
    ['raw ASR, article', 'it is in al kharouf street seeb muscat oman okay', [[3, 9]]],
    ['raw ASR, ibn', 'it is on ibn sina street fourteen sohar okay', [[3, 8]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('lone letters and particles in everyday talk stay', () => {
  const negatives: [string, string][] = [
    ['a grade, then a street word', 'my grade was a b street smart kid'],
    ['a bin', 'we put the bin street side today'],
    ['a written grade ending a sentence', 'I got a C. Main Street is closed.'],
    ['a lone letter before an everyday word', 'ok so i street racing is fun'],
    ['a name with al', 'I told Al to wait for the bus.'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('house numbers with a letter after a slash or in Cyrillic', () => {
  const cases: [string, string, [number, number][]][] = [
    ['slash and letter first', "It's 9/4B Kisozi Road, Jinja now. See you", [[1, 5]]],
    [
      'a Cyrillic letter after the street',
      "It's Verbova Balka Street, 7б, Sykhivskyi district, Lviv, 79066, Ukraine now.",
      [[1, 10]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['tennis scores', 'We won 6/4 6/3 today and went home.'],
    ['a page range', 'See page 12-14 of the report.'],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('"The" opening a street name', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'written, at the line start',
      "What's your new address? The Quarry Road, Stoney Ground, Anguilla.",
      [[4, 10]],
    ],
    ['written, after a house number', 'We live at 12 The Crescent Road, Springfield.', [[3, 8]]],
    ['written, the article and a bare type', 'We live at 12 The Crescent, Springfield.', [[3, 7]]],
    [
      'raw ASR, said as the address',
      'the address is the quarry road stoney ground anguilla thanks',
      [[3, 9]],
    ],
    ['raw ASR, after a house number', 'the address is twelve the crescent road springfield okay', [[3, 8]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['walking down a road', 'i walked down the main road to the shop'],
    ['a written street in passing', 'I walked down the Main Street to the shop.'],
    ['a decade before a street word', 'in the nineteen fifties the harwick parade was big'],
    ['a number and a bare type', 'we have two the road was closed'],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a compass letter before a street name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['one capital, a cue before', 'the address is E Harlow Vesk Dr, thanks', [[3, 7]]],
    ['two capitals after a house number', 'my address is 40 SW Orrel Ave ok', [[3, 7]]],
    ['raw ASR', 'address is n orrel street thanks', [[2, 5]]],
    // a lower-case letter in formatted text is no compass point
    ['lower case in formatted text', 'the address is e Harlow Vesk Dr, thanks', [[4, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('raw ASR: words before a street that open no name', () => {
  const cases: [string, string, [number, number][]][] = [
    // a modal's verb ("will close") is no name word, though "close" is a street type
    ['after a modal', 'road works will close tamsin drive and orrel lane for a week', [[4, 9]]],
    ['a place adverb', 'the address is the shop behind velkova drive thanks', [[6, 8]]],
    ['"past"', 'our address is just past harlow crescent ok', [[5, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('street names made of a date', () => {
  const cases: [string, string, [number, number][]][] = [
    // particles, a day and a month: the whole name, the house number written before the type
    ['French, number first', 'Street: 17 Rue Du 9 Octobre Floor: ground', [[1, 6]]],
    ['French, raw ASR', 'address is seventeen rue du nine octobre floor', [[2, 7]]],
    // no particle: a day, a month's name English lacks and a house number after them
    ['Polish, house number after', 'see you at aleja 14 Lutego 8 in an hour', [[3, 7]]],
    ['Romanian, a town after', 'my address is Strada 1 Decembrie 7, Brasov', [[3, 8]]],
    // a number above 31 is no day: the numbered street alone
    ['no day', 'my address is Strada 45 Velkova 7', [[3, 5]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('raw ASR: a compass letter opens the street name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a sentence word before it', 'at the site of the fault e harlow drive at orrel lane austin', [[6, 13]]],
    ['after a house number', 'my address is twelve n orrel street', [[3, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a prefix street type before a unit of length is a measure', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written area', 'we added a 1280 square foot patio last spring', []],
    ['raw ASR area', 'a twelve hundred square foot patio and a shed', []],
    ['metres', 'they built a 900 square metre garden', []],
    // a street of that type still is one
    ['a real square', 'my address is 12 Square Tolbiac, Paris', [[3, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
