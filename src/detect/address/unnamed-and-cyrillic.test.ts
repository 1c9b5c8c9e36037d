import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text. Invented streets, towns and districts. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('a road without a name ("Unnamed Road" of map data) and the places after it', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written lower case, town and country', "It's unnamed road, Kelmora, Ghana now.", [[1, 5]]],
    ['written, a district of two words', 'Send it to unnamed road, Brastow Vale, Penvarra, Kenya.', [[3, 9]]],
    ['said, district, town and country', "it's unnamed road brastow vale penvarra kenya now", [[1, 7]]],
    ['"no name" and a house number', 'my address is no name street 4, Kelmora thanks', [[3, 8]]],
    [
      'said, "no name" and a house number',
      'my address is no name street four kelmora ghana thanks',
      [[3, 9]],
    ],
    // without a place, a number or a cue it is a road in a story
    ['a road in a story', 'we drove down an unnamed road for an hour', []],
    ['an everyday-word type', 'the unnamed park near Kelmora, Ghana was empty', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('Russian district word "округ" after the street', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written', "it's 23 Тамберло улица, Халверинг округ now", [[1, 6]]],
    ['said, Cyrillic kept lower case', "it's two three тамберло улица halvering округ now", [[1, 7]]],
    ['said, prefix type then district', 'it is улица вескина seven орланда округ thanks', [[2, 7]]],
    ['a word alone is no address', 'the округ said no', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
