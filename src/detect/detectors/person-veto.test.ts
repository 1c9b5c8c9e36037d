/**
 * Vetoes on PERSON candidates from what the whole call says about a name (person-veto.ts), run
 * through analyze() so that the call-level propagation is vetoed too. Word ranges are exact, end
 * exclusive; every name and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const persons = (text: string): [number, number][] =>
  analyze(sayWords(text))
    .filter((c) => c.type === 'PERSON')
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('a name the call defines as a thing is no person anywhere in the call', () => {
  const cases: Case[] = [
    [
      'defined as a maker',
      'Varnholt is a Danish maker of kettles. In 1990 Varnholt opened a plant in Odense.',
      [],
    ],
    [
      'defined as a maker (asr)',
      'varnholt is a danish maker of kettles in nineteen ninety varnholt opened a plant',
      [],
    ],
    ['founded', 'Varnholt was founded in 1910. Later Varnholt moved to Aarhus.', []],
    ['founded (asr)', 'varnholt was founded in nineteen ten and later varnholt moved to aarhus', []],
    [
      'one of the games offered',
      'Quillfeather is one of the games offered by the state lottery. Players buy Quillfeather tickets.',
      [],
    ],
    // the family and a full name around the thing's name are people
    ['the family', 'Varnholt is a maker of kettles. The Varnholt family sold it in 1999.', []],
    [
      'a full name',
      'Varnholt was founded in 1910 by Ivo Varnholt. Ivo Varnholt died in 1950.',
      [
        [6, 8],
        [8, 10],
      ],
    ],
    // a person's definition, or a thing noun that only modifies a person noun, stays a person
    [
      'a person noun',
      'Tomas Varnholt is a Danish actor. Varnholt won an award in 2001.',
      [
        [0, 2],
        [6, 7],
      ],
    ],
    [
      'a person noun (asr)',
      'tomas varnholt is a danish actor and varnholt won an award',
      [
        [0, 2],
        [7, 8],
      ],
    ],
    [
      'brand ambassador',
      'Lena Ashworth was a brand ambassador for the firm. Ashworth lives in Leeds.',
      [
        [0, 2],
        [9, 10],
      ],
    ],
    [
      'one of the founders',
      'Dorota Quillfeather is one of the founders of the club. Quillfeather said so.',
      [
        [0, 2],
        [10, 11],
      ],
    ],
    // the subject is a longer title ending in the name: only that mention is no person
    [
      'a title ending in a name',
      'Letters to Ingrid is a song by the band. Ingrid wrote back at once.',
      [[9, 10]],
    ],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a candidate that a place or organisation head closes or follows is no person', () => {
  const cases: Case[] = [
    [
      'a band in a list of names',
      'Bands such as Lena Moor, Ivo Rask, Tarquin Park and others played there.',
      [
        [3, 5],
        [5, 7],
      ],
    ],
    [
      'a recurrence before two capitalised words and a head',
      'Tobin Ardley gave the land. The meadow includes Tobin Kessel Playfield.',
      [[0, 2]],
    ],
    ['an event', 'He swam at the 1984 Summer Olympics in Paris.', []],
    // people stay people: a given name before a head that is also a family name, a full name before
    // an organisation line, a head that is a verb in raw ASR
    ['a given name and a family name that is a head', 'I spoke with Grace Park yesterday.', [[3, 5]]],
    [
      'a full name',
      'Tobin Ardley gave the land. Tobin Park opened later.',
      [
        [0, 2],
        [5, 7],
      ],
    ],
    [
      'a verb (asr)',
      'tobin ardley gave the land then the town asked tobin to park the car',
      [
        [0, 2],
        [9, 10],
      ],
    ],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a town word the call uses as a place is no person when it stands alone', () => {
  const cases: Case[] = [
    ['a route', 'Trains ran from Harlow to Ely daily. The first left Harlow at noon.', []],
    ['a town and its state', 'The farm lies in Paxton, Illinois. Paxton grew around the mill.', []],
    ['the town of', 'The line ended between Hiram and the town of Sebago. Hiram had a station.', []],
    // a full name in the call keeps its lone mentions to the name rules; a title marks the person
    [
      'a full name',
      'Mia Harrison moved from Harrison to Ely. Harrison liked it there.',
      [
        [0, 2],
        [4, 5],
        [7, 8],
      ],
    ],
    ['a title', 'Mr. Harrison drove from Harrison to Ely.', [[1, 2]]],
    // a given name after a comma is the next item of a list of names, not a region
    [
      'a list of names',
      'They had three: Efimiya, Mary, Ariana and Teresa.',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [7, 8],
      ],
    ],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a candidate inside a quoted title is no person', () => {
  const cases: Case[] = [
    [
      'a list of quoted titles',
      'The singles were "Lantern Song", "Marguerite", and "Harbour Lights" that year.',
      [],
    ],
    ['a novel', 'In 1802 her novel "Marguerite" was printed in Leipzig.', []],
    ['a title with a name inside', 'The demo of "Letters for Anna" was never released.', []],
    // a given name the words before call a name, a nickname, a call-out and quoted speech stay
    ['the name', 'She took the name "Marguerite" from her aunt.', [[4, 5]]],
    ['a nickname', 'Dahlia "Dee" Rask joined the team in 2010.', [[0, 3]]],
    ['a call-out', 'He shouted "Anna!" across the yard.', [[2, 3]]],
    ['speech', 'She said "Anna is late again" to the driver.', [[2, 3]]],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('demonyms of states and lands, period adjectives and languages are no names (lexicons/names/nationalities)', () => {
  const cases: Case[] = [
    [
      'a demonym before a full name',
      'She beat Lena Moor and fellow Minnesotan Ivo Rask in 1975.',
      [
        [2, 3],
        [7, 9],
      ],
    ],
    ['a language', 'Roughly translated from Latin, the motto means hope.', []],
    [
      'a historical land before a district',
      'The district matched the former Prussian Kreis Oldenwerth in size.',
      [],
    ],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a family name alone in the possessive that owns nothing names a shop or firm', () => {
  const cases: Case[] = [
    ['a firm bought', "In 1960 the network purchased Rankin's and sold the rest.", []],
    ['a firm bought (asr)', "in nineteen sixty the network purchased rankin's and sold the rest", []],
    ['a stop on a line', "Milepost 4.2: Rankin's - northbound spur.", []],
    // a given name so used, a possessive that owns something, and the surname of a person of the call stay
    ['a given name', "We had dinner at Mia's last night.", [[4, 5]]],
    [
      'owns something',
      "Ivo Rankin sold it. Rankin's own car was red.",
      [
        [0, 2],
        [4, 5],
      ],
    ],
    [
      'a person of the call',
      "Ivo Rankin opened a shop. In 1960 the network purchased Rankin's and sold the rest.",
      [
        [0, 2],
        [10, 11],
      ],
    ],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
