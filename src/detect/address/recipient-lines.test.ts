import { describe, expect, it } from 'vitest';
import { sayWords } from '../../../test/helpers/words.js';
import { detectWords } from '../../commands/detect.js';

/** Entities of the whole pipeline, as [type, start, end) word spans. Invented streets and names. */
const entities = (text: string): [string, number, number][] =>
  detectWords(sayWords(text)).map((e): [string, number, number] => [e.type, e.start_word, e.end_word]);

describe("a street line keeps its name's words from a person's reading, after a recipient's line too", () => {
  const cases: [string, string, [string, number, number][]][] = [
    // a recipient's line ended by a comma, then a typeless street line a postcode or country confirms
    [
      'recipient, typeless street, town and country',
      'Please write to Dara Quill, Velkova 12, Zagreb, Croatia today.',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 9],
      ],
    ],
    [
      'recipient, typeless street, postcode and town',
      'Ship to: Dara Quill, Velkova 12, 10000 Zagreb',
      [
        ['PERSON', 2, 4],
        ['ADDRESS', 4, 8],
      ],
    ],
    [
      'recipient, typeless street, a postcode of two groups',
      'Please write to Dara Quill, Hlavná 15, 811 01 Bratislava soon.',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 10],
      ],
    ],
    // no comma after the recipient: the first names are the recipient's, the last the street's
    [
      'recipient and street on one line',
      'Ship to: Dara Quill Velkova 12, 10000 Zagreb',
      [
        ['PERSON', 2, 4],
        ['ADDRESS', 4, 8],
      ],
    ],
    [
      'raw ASR, recipient and street',
      'ship to dara quill velkova twelve zagreb croatia phone',
      [
        ['PERSON', 2, 4],
        ['ADDRESS', 4, 8],
      ],
    ],
    // a prefix type opens the street: its name is no person's ("Calle", "Carrera" are surnames too)
    [
      'prefix type and name after a cue',
      'My new address is Calle Mayor 12, 28013 Madrid now.',
      [['ADDRESS', 4, 9]],
    ],
    [
      'abbreviated prefix type, floor line',
      'We live at Av. Corrientes 1234, Piso 5, C1043 Buenos Aires now.',
      [['ADDRESS', 3, 11]],
    ],
    ['a numbered calle', 'We live at Carrera 7 # 45-23, Bogotá now.', [['ADDRESS', 3, 8]]],
    [
      'recipient, then a prefix-typed street',
      'Please write to Dara Quill, Calle Mayor 12, 28013 Madrid soon.',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 10],
      ],
    ],
    // German prepositional street names before a suffix-typed or typeless name
    [
      '"Am" before a suffix-typed name',
      'We live at Am Kestrower Ring 7, 04109 Leipzig now.',
      [['ADDRESS', 3, 9]],
    ],
    [
      '"Auf dem" after a recipient',
      'Please write to Dara Quill, Auf dem Tamsberg 3, 53111 Bonn soon.',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 11],
      ],
    ],
    // a unit word or a house-number mark after the names: the names are the recipient's
    [
      'raw ASR, a number mark after the recipient',
      'please write to dara quill number fourteen vesquin street tehran one five nine eight seven',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 15],
      ],
    ],
    // no address opener before the names: they stay a person's
    [
      'a salutation, no postcode or country',
      'Dear Dara Quill, Velkova 12 is closed.',
      [
        ['PERSON', 1, 3],
        ['PERSON', 3, 4],
      ],
    ],
    ['an amount paid', 'I paid Anna 12, Tamsby office', [['PERSON', 2, 3]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(entities(text)).toEqual(expected));
});

describe('after "to", a typeless street line confirmed by a postcode or unit line and its town', () => {
  const cases: [string, string, [string, number, number][]][] = [
    [
      'a postcode and an unknown town',
      'please send it to Tamberlo Tamberlo 4/2, 2677 Lorvenne today',
      [['ADDRESS', 4, 9]],
    ],
    [
      'a postcode of two groups',
      'Please send the forms to Ermou 24, 105 63 Athina before Friday.',
      [['ADDRESS', 5, 10]],
    ],
    [
      'a unit line and an unknown town',
      'please send it to Quillon 9, Suite 17, Lorvenne today',
      [['ADDRESS', 4, 9]],
    ],
    // not a line of a block: a count, a numbered thing, a bare number after the name
    ['a count after "up to"', 'He went up to 12, 2010 Paris', []],
    ['a numbered thing', 'we got to Level 4, Room 2, Paris', []],
    ['no postcode or unit line', 'please send it to Quillon 9, Lorvenne today', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(entities(text)).toEqual(expected));
});

describe('town and district lines written before the street (Iranian, East Asian order), after an opener', () => {
  const cases: [string, string, [string, number, number][]][] = [
    [
      'town, district, street, number, postcode, country',
      'please send it to Lorvenne, Ostrany, Belmiro Crescent, 27, 73353-38303, Iran before Friday',
      [['ADDRESS', 4, 11]],
    ],
    [
      'after an address cue',
      'my address is Penvarra, Halvering, Kestrova Cres, 9, 56570-70971, Iran okay',
      [['ADDRESS', 3, 10]],
    ],
    // names listed before an opener stay out
    [
      'a list of people, then the address',
      'I met Anna, Maria, and Tom at 12 Kestrel Rd, Tamsby, UK',
      [
        ['PERSON', 2, 3],
        ['PERSON', 3, 4],
        ['PERSON', 5, 6],
        ['ADDRESS', 7, 12],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(entities(text)).toEqual(expected));
});
