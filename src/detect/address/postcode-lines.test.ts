/**
 * Postcode lines after a street in formatted text: the country's prefix before a postcode written
 * with a space ("SE-142 05"), three-digit postcodes with their town in either order (Faroe Islands,
 * Iceland, Lesotho, Madagascar and others), a postcode glued to its town ("87129-Tovarre"
 * shape). Invented streets and towns.
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

describe('postcode lines after a street', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a prefixed postcode written with a space',
      'I live at Tamberlogatan 12, SE-142 05 Lorvenne thanks',
      [[3, 8]],
    ],
    ['a one-letter prefix', 'I live at Tamberlogatan 12, S-142 05 Lorvenne thanks', [[3, 8]]],
    ['another country prefix is no postcode of it', 'we sold 12, SE-142 05 units', []],
    ['three digits, then the town', 'I live at Orlanda plads 12, 271 Penvarra thanks', [[3, 8]]],
    ['the town, then three digits', 'it is 27 Quillon Cres, Brastow 624 great', [[2, 7]]],
    ['not the first group of a longer postcode', 'οδός Ερμού 12, Αθήνα 105 63', [[0, 6]]],
    ['three digits, town, sentence end', 'It is 27 Quillon Road, Brastow 624. Great', [[2, 7]]],
    // capitals opening a postcode end an unknown town's name (Bermuda, the UK)
    ['a letters-first postcode after an unknown town', 'it is 9 Kestrova Lane, Brastow CF 75 okay', [[2, 8]]],
    ['a postcode glued to its town', 'my address is Alameda Quillon 12a, 87129-Tovarre okay', [[3, 7]]],
    // a house number first: the postcode after the comma opens the town line, no second house number
    ['number first, then postcode and town', 'I live at 9 Tamberlo Street, 14781 Sulvano thanks', [[3, 8]]],
    ['number, prefix type, postcode and town', 'I live at 12, Rue Vesquin, 75002 Tovarre thanks', [[3, 8]]],
    [
      'a postcode first, no comma: the house number after',
      'I live at 7621 Kelmora Vesquin utca 16 thanks',
      [[3, 8]],
    ],
    ['a short house number after a comma', 'it is 27 Marvessa utca, 16 thanks', [[2, 6]]],
    // a postcode and town line before the street, after a label
    [
      'label, postcode and town, street, country',
      'Address: 1016 Kelmora, Vesquin utca 11., Hungary and that is all',
      [[1, 7]],
    ],
    // the town must end the line: three name words running on are no town line (the number stays with the street)
    ['three digits and a name running on', 'it is 27 Quillon Cres, 624 Brastow Tovarre Kelmo said', [[2, 6]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("raw ASR: a unit's number said right before the postcode, in one run", () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'flat, postcode, town',
      'it is twelve vesquin road flat twenty seven four five three zero two lorvenne thanks',
      [[2, 14]],
    ],
    [
      'suite, postcode, town',
      'it is vesquin parkway nine suite twenty five five five seven one oh tovarre',
      [[2, 14]],
    ],
    // a phone number runs on past any postcode: the unit word and the digits stay out
    ['a phone number after an office', 'call my office four five five five zero one two three', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('places from the country down to the postcode, after an address cue', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written', 'my address is Iran, Daran, Halvering, 10223-21503 thanks', [[3, 7]]],
    [
      'raw ASR, a ten-digit postcode said digit by digit',
      'my address is iran daran halvering one oh two two three two one five zero three thanks',
      [[3, 16]],
    ],
    ['a country of two words', 'my address is South Korea, Chinju, Halvering, 04524 thanks', [[3, 8]]],
    // no postcode, a run longer than a postcode, no cue: no places line
    ['a country and a town only', 'my address is Iran, Daran thanks', []],
    [
      'the run goes on past the postcode',
      'my address is iran daran halvering one oh two two three two one five zero three four five six seven',
      [],
    ],
    ['no address cue', 'we flew to Iran, Daran, Halvering, 10223-21503 people', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
