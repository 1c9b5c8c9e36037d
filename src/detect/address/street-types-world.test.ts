/**
 * Street types of languages that had no list (lexicons/address/street-types/: Albanian, Hebrew,
 * Thai and Lao, Khmer, Swahili, Somali, Armenian, Georgian, Mongolian, South Asian languages), each
 * in its place before or after an invented name.
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

describe('street types of more languages', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Albanian, prefix', 'I live at Rruga Vesquin 12, Tovarre thanks', [[3, 7]]],
    ['Hebrew, prefix', 'my address is Rehov Vesquin 12, Tovarre', [[3, 7]]],
    ['Thai, prefix', 'send it to 27 Thanon Vesquin, Tovarre please', [[3, 7]]],
    ['Khmer, prefix', 'send it to 27 Phlov Kestrova, Tovarre please', [[3, 7]]],
    ['Swahili, prefix and particle', 'it is 12 Barabara ya Vesquin, Tovarre', [[2, 7]]],
    ['Somali, prefix', 'it is Waddada Vesquin 12, Tovarre', [[2, 6]]],
    ['Armenian, suffix, raw ASR', 'i live at vesquin poghots twelve tovarre thanks', [[3, 7]]],
    ['Georgian, suffix', 'I live at Kestrova gamziri 27, Tovarre thanks', [[3, 7]]],
    ['Mongolian, suffix', 'I live at Kestrova gudamj 27, Tovarre thanks', [[3, 7]]],
    ['Sinhala, suffix', 'it is 27 Vesquin Mawatha, Tovarre', [[2, 6]]],
    // a type word without a house number or place stays talk
    ['a type word in talk', 'she took the back gali home', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
