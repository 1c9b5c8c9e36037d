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
    ['lettered, written', 'The invoice went to 1705 Q St NW, Washington, DC 20009 instead.', [[4, 11]]],
    ['lettered, direction after', 'The new address is 107 B Street East, Tarnby, MT 59999.', [[4, 11]]],
    ['lettered, alone', 'It is on 1620 K Street. Great', [[3, 6]]],
    ['lettered, raw ASR', 'the new address is one oh seven b street east tarnby montana thanks', [[4, 12]]],
    // a house letter before a two-word street stays the house number's
    ['house letter', 'It is on 12 B Park Street today.', [[3, 7]]],
    // a compass letter before a numbered road is its direction
    ['compass before road', 'Street: 28874 W Rte 120 Floor: ground', [[1, 5]]],
    // Wisconsin grid house numbers, glued or apart
    ['grid glued', 'The new address is W156N9762 Kestrel Rd Tarnby, WI 53999.', [[4, 10]]],
    ['grid apart', 'The new address is W148 N9748 Kestrel Dr Tarnby, WI 53999.', [[4, 11]]],
    // USPS abbreviations: a floor written "Flr", a suffix "Ctr", "Py"
    ['floor flr', 'Send it to 88 Kestrel Ave 25th Flr, Fernvale, IL 60999. Thanks.', [[3, 11]]],
    ['suffix ctr', 'Meet me at 3 Quillmore Ctr in ten minutes', [[3, 6]]],
    ['suffix py', 'It is on 4425 Kestrel Hill Py. Great', [[3, 7]]],
    // without a house number an abbreviation is no street
    ['no number', 'the ctr is closed and the lk is frozen', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
