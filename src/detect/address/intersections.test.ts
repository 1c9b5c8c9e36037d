import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text ("|" switches speaker). Invented examples. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('"the corner of X and Y"', () => {
  const cases: [string, string, [number, number][]][] = [
    // given as the address, the phrase names the place: "the corner of" is part of it
    ['after an address label', 'Address: the corner of Tamsin Lane and Orrel Way. Thanks', [[1, 9]]],
    ['after "send it to"', 'send it to the corner of Velkova 12 and Brisco Road please', [[3, 11]]],
    ['no article', 'ship it to corner of Harrowgate Road and Pell Street ok', [[3, 10]]],
    // after a locative the phrase frames a place: the two streets are the address
    ['after "at"', 'meet me at the corner of Tamsin Lane and Orrel Way now', [[6, 11]]],
    ['after "on", raw ASR', 'she lives on the corner of tamsin lane and orrel way now', [[6, 11]]],
    // the house number and a type said again after the name of the first side
    [
      'name, type, number, type again',
      'Address: the corner of Hoge Dijk 412 St. and Ferra Row St. Right then',
      [[1, 12]],
    ],
    [
      'raw ASR: name, type, number, type again',
      'address the corner of hoge dijk four one two street and ferra row street right then',
      [[1, 14]],
    ],
    // raw ASR: the plural type ends the second side, an English word before a type stays in it
    ['plural type', 'send it to the corner of velkova twelve and brisco courts card number', [[3, 11]]],
    [
      'plural type, a second one',
      // the country said after the corner closes the same address (asr-tail.ts)
      'send it to the corner of orlaith seven and vendrick greens estonia',
      [[3, 12]],
    ],
    [
      'an English word before the type',
      'at the corner of eleven tamsin road street and quenby gateway street excuse me',
      [[4, 12]],
    ],
    // no "of", no second street: no corner
    ['no second street', 'at the corner of the room', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('two streets named as a crossing, without "corner of"', () => {
  const cases: [string, string, [number, number][]][] = [
    ['two typed streets after "at"', 'I live at Tamsin Avenue and Orrel Street now', [[3, 8]]],
    ['a bare name, then a numbered street', 'the shop is at Velkova and 12 Quarry Lane', [[4, 9]]],
    [
      'raw ASR: a bare name, then a numbered street',
      'the shop is at velkova and twelve quarry lane',
      [[4, 9]],
    ],
    ['a bare name after an address cue', 'my address is Dorota and 14 Kolarova Street ok', [[3, 8]]],
    // a place preposition other than a locative: a trip, not a crossing
    ['"to" and a town', 'we went to Paris and 12 Quarry Lane', [[5, 8]]],
    // two numbered addresses stay two
    [
      'two numbered addresses',
      'I live at 12 Quarry Lane and 14 Orrel Street',
      [
        [3, 6],
        [7, 10],
      ],
    ],
    // no locative, no cue: a name and an address
    ['a name, then an address', 'Dorota and 12 Quarry Lane', [[2, 5]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('two typed streets joined by a crossing word, without a cue', () => {
  const cases: [string, string, [number, number][]][] = [
    ['"&" between two typed streets', 'works will close Quarry Rd & Velkova Blvd for a week', [[3, 8]]],
    ['"and", no locative', 'works will close Quarry Rd and Velkova Blvd for a week', [[3, 8]]],
    [
      '"at" and the town, state and zip after the second street',
      'the crash was on Tamsin Dr At Orrel Ln, Brisco, TX 75501, USA last night',
      [[4, 13]],
    ],
    ['German "an der Ecke von"', 'Treffpunkt: Quellweg an der Ecke von Harnischer Allee bitte', [[1, 8]]],
    ['Spanish "esquina"', 'la tienda en Calle Mora esquina Avenida Velka, gracias', [[3, 8]]],
    ['raw ASR "and"', 'road works will close tamsin drive and orrel lane for a week', [[4, 9]]],
    // a house number on the first side: two addresses of a list
    [
      'two numbered addresses stay two',
      'I live at 12 Quarry Lane and 14 Orrel Street',
      [
        [3, 6],
        [7, 10],
      ],
    ],
    // an everyday-word type written with a capital crosses a plain type
    [
      'an everyday-word type, capitalised',
      'the fault is at Harlow Pike At Velkova Dr, Brisco, OH 43999 now',
      [[4, 12]],
    ],
    // everyday-word types in lower case join nothing
    ['everyday words', 'we walked to the square and the park', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});
