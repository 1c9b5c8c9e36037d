import { describe, expect, it } from 'vitest';
import { analyze, buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the address readings of a text. Invented examples. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

/** Entities the whole pipeline keeps: [type, start, end). */
const kept = (text: string): [string, number, number][] =>
  analyze(sayWords(text)).map((c): [string, number, number] => [c.type, c.startWord, c.endWord]);

describe('units glued to their number (round 18)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a Hungarian floor and door', 'Address: Orrel utca 19 8.em 49 ajtó 6706 Tamsvár Thank you.', [[1, 9]]],
    [
      'a Portuguese side after the house number',
      'My address is Estrada Vesquin Lorde 5603 4Drt., Tamsela, okay?',
      [[3, 9]],
    ],
    [
      'a Portuguese flat glued to the house number',
      'I live at Largo Dara Velkova 634-Ed. 4393-896 Lisboa now.',
      [[3, 9]],
    ],
    [
      'an Uzbek flat after the house number',
      "I live at Orrel Tamsov qishlog'i, 923, 844-xonadon, 502759 Tamsobod.",
      [[3, 10]],
    ],
    [
      'a Norwegian entrance',
      'please ship it to Orrelmyra 66 Oppgang A, 0748 Tamsfoss, Norge tomorrow',
      [[4, 11]],
    ],
    // negatives: an ordinal, a time, a glued word no unit list holds
    ['an ordinal is no unit', 'She finished 4th in the 12km race.', []],
    ['a time is no unit', 'Call me at 5pm about Orrel.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a number-first line with a numbered unit after a cue (round 18)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['after "address is"', 'My address is 1131 Velkova Shores Apt. 633, Tamsby, okay?', [[3, 9]]],
    ['after "live at"', 'I live at 6493 Orrel Cliff Suite 903, North Tamsby.', [[3, 10]]],
    // negatives: no cue and nothing known after the unit; an unnumbered unit word
    ['no cue', 'We have 3 Big Rooms, Suite 4 was nice.', []],
    ['a count before a capitalised phrase', 'He is 40 Years Old Apt. 5 now.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('streets named with a preposition (round 18)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Czech "K", a postcode line after it', 'Dara Quill K Tamsovu 8 30082 Orlovice Dear Dara,', [[2, 7]]],
    ['Czech "Na", a unit after it', 'Dara Quill Na Velkách 5 Suite 560 68424 Orlovice Dear Dara,', [[2, 9]]],
    ['German "Am" after a cue', 'My address is Am Tamsberg 4, Orrelhausen, okay?', [[3, 7]]],
    [
      'German "An der", two name words',
      'My address is An der Vesquiner Kirche 13c, Orrelburg, okay?',
      [[3, 9]],
    ],
    // negatives: an English "Do" opening a question, lower case prepositions, no house number
    ['"Do" before names and a count', 'Do Dara and Anna 5 times a week.', []],
    ['Dutch "In de" before a count', 'In de Tuin 5 mensen.', []],
    ['no house number', 'Meet me Am Tamsberg tomorrow.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('the address reading wins over a name read inside it (round 18)', () => {
  const cases: [string, string, [string, number, number][]][] = [
    [
      'a town read as a name after the number',
      'Address: Velkovská 567 Suite 261 26409 Orlovice Tamský kraj Thank you.',
      [['ADDRESS', 1, 9]],
    ],
    [
      'a recipient, then a street named after a person with its type',
      'Ship it to Dara Quill, Vesna Tamsova főút 79, 0959 Orrelvár, Baranya , before Friday.',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 12],
      ],
    ],
    [
      'a recipient, then a street named with a preposition',
      'Dara Quill Do Tamsova 183 Suite 325 596 69 Orlovice Dear Dara,',
      [
        ['PERSON', 0, 2],
        ['ADDRESS', 2, 10],
        ['PERSON', 11, 12],
      ],
    ],
    // a person before an address stays a person
    [
      'a name before the street',
      'Dara Quill lives at 12 Orrel Street, Tamsby.',
      [
        ['PERSON', 0, 2],
        ['ADDRESS', 4, 8],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(kept(text)).toEqual(expected));
});
