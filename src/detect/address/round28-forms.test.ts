import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** [start, end) word offsets of the addresses found in a text. Invented examples. */
const spans = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c) => [c.startWord, c.endWord]);

describe('round 28: US street forms (lettered streets, grid numbers, USPS abbreviations)', () => {
  const cases: [string, string, [number, number][]][] = [
    // a street named by one letter (the spoken view reads the letter into the house number)
    ['lettered, written', 'The invoice went to 3120 Q St NW, Tarnby, OR 97999 instead.', [[4, 11]]],
    ['lettered, direction after', 'The new address is 318 B Street East, Tarnby, MT 59999.', [[4, 11]]],
    ['lettered, alone', 'It is on 1620 K Street. Great', [[3, 6]]],
    ['lettered, raw ASR', 'the new address is three eighteen b street east tarnby montana thanks', [[4, 11]]],
    // a house letter before a two-word street stays the house number's
    ['house letter', 'It is on 12 B Park Street today.', [[3, 7]]],
    // a compass letter before a numbered road is its direction
    ['compass before road', 'Street: 4410 W Rte 31 Floor: ground', [[1, 5]]],
    // Wisconsin grid house numbers, glued or apart
    ['grid glued', 'The new address is W204N5512 Kestrel Rd Tarnby, WI 53999.', [[4, 10]]],
    ['grid apart', 'The new address is W231 N6620 Kestrel Dr Tarnby, WI 53999.', [[4, 11]]],
    // USPS abbreviations: a floor written "Flr", a suffix "Ctr", "Py"
    ['floor flr', 'Send it to 88 Kestrel Ave 14th Flr, Fernvale, IL 60999. Thanks.', [[3, 11]]],
    ['suffix ctr', 'Meet me at 56 Quillmore Ctr in ten minutes', [[3, 6]]],
    ['suffix py', 'It is on 2710 Kestrel Hill Py. Great', [[3, 7]]],
    // "Bridge" names a corner's side and a numbered street; alone it is no street
    [
      'corner bridge',
      'the accident happened at the corner of kestrel courts and quill bridge last night',
      [[7, 12]],
    ],
    ['bridge alone', 'We walked across London Bridge yesterday.', []],
    // without a house number an abbreviation is no street
    ['no number', 'the ctr is closed and the lk is frozen', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('round 28: boxes and glued units', () => {
  const cases: [string, string, [number, number][]][] = [
    // raw ASR spells a route designator's letters before its number
    ['spelled rr', 'please write to us at r r three box twelve best wishes', [[5, 10]]],
    ['spelled hc', 'please write to us at h c sixty one box twelve tarnby wyoming best wishes', [[5, 13]]],
    // raw ASR spells a box written in capitals, with its designator
    ['spelled box', 'please write to us at r t four b o x fifty two best wishes', [[5, 13]]],
    ['spelled box cued', 'my mailing address is b o x fifty two tarnby texas thanks', [[4, 11]]],
    ['spelled box alone', 'i said b o x five times', []],
    // a box number's letter, when the line goes on to a place
    ['box letter written', 'Please post it to PO Box 417 B, Tarnby, IL 61999 today.', [[4, 11]]],
    ['box letter lower', 'please post it to po box 417 b tarnby il 61999 today', [[4, 11]]],
    ['box then article', 'please post it to po box 417 a week ago', [[4, 7]]],
    // a unit word glued to its value
    ['glued suite', 'It is on 618 W. Quillmore Suite210. Great', [[3, 7]]],
    ['glued apt', 'Send it to 12 Kestrel Ave Apt#4B, Tarnby, OR 97999 thanks', [[3, 10]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('round 28: a town after a line written in lower case', () => {
  const cases: [string, string, [number, number][]][] = [
    ['two-word town', 'Please send it to 72 kestrel st palo alto thanks', [[4, 9]]],
    ['town after commas', 'Address: 58 orrel rd, fitzroy, vic Thanks', [[1, 6]]],
    // a capitalised line keeps the written rule (a lower-case word after it is no town)
    ['capitalised line', 'Please send it to 72 Kestrel St palo alto thanks', [[4, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
