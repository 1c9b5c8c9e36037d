/**
 * Vetoes on PERSON candidates from what the whole call says about a name (person-veto.ts), run
 * through analyze() so that the call-level propagation is vetoed too. Word ranges are exact, end
 * exclusive; every name and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('a name the call defines as a thing is no person anywhere in the call', [
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
]);

table('a candidate that a place or organisation head closes or follows is no person', [
  [
    'a band in a list of names',
    'The bill listed Lena Moor, Ivo Rask, Tarquin Park and two others.',
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
  ['an event', 'He rowed for Peru at the 1984 Winter Olympics with his brother.', []],
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
]);

table('a town word the call uses as a place is no person when it stands alone', [
  ['a route', 'Buses ran from Marlow to Ely daily. Each morning Marlow woke early.', []],
  ['a town and its state', 'The farm lies in Marlow, Vermont. Marlow grew around the mill.', []],
  ['the town of', 'The road runs between Marlow and the town of Corvey. Marlow had a station.', []],
  // a full name in the call keeps its lone mentions to the name rules; a title marks the person
  [
    'a full name',
    'Mia Marlow moved from Marlow to Ely. Marlow liked it there.',
    [
      [0, 2],
      [4, 5],
      [7, 8],
    ],
  ],
  ['a title', 'Mr. Marlow drove from Marlow to Ely.', [[1, 2]]],
  // a given name after a comma is the next item of a list of names, not a region
  [
    'a list of names',
    'Her aunts were Oona, Mary, Ariana and Teresa.',
    [
      [3, 4],
      [4, 5],
      [5, 6],
      [7, 8],
    ],
  ],
]);

table('countries and towns of several words on a route are no persons', [
  ['a country', 'Lotte moved back to Germany. Later Nazi Germany annexed the region.', [[0, 1]]],
  ['a country of two words', 'Ties with Great Britain were strong.', []],
  ['a country named whole', 'The keys were given back by Sri Lanka last week.', []],
  ['a route with a dash', 'The night coach for Nong Khai - Bangkok leaves at ten.', []],
  // a country word that is a given name stays a name
  ['a given name', 'I spoke with Jordan yesterday.', [[3, 4]]],
]);

table('a family name alone in the possessive that owns nothing names a shop or firm', [
  ['a firm bought', "The chain bought Rankin's in 1960 and closed it.", []],
  ['a firm bought (asr)', "the chain bought rankin's in nineteen sixty and closed it", []],
  ['a stop', "The bus stops at Rankin's, then at the mill.", []],
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
    "Ivo Rankin opened a shop. The chain bought Rankin's in 1960 and closed it.",
    [
      [0, 2],
      [8, 9],
    ],
  ],
]);

table('a candidate inside a quoted title is no person', [
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
]);

table(
  'demonyms of states and lands, period adjectives and languages are no names (lexicons/names/nationalities)',
  [
    [
      'a demonym before a full name',
      'She beat Lena Moor and the Minnesotan Ivo Rask in 1975.',
      [
        [2, 4],
        [7, 9],
      ],
    ],
    ['a language', 'The motto comes from Latin, and means hope.', []],
    ['a historical land before a district', 'The land went to the Prussian Kreis Oldenwerth in 1867.', []],
  ],
);

table('a model designation before the words names a model, not a person', [
  [
    'after the code and after a word between',
    'The squadron flew the XR-40 Dorian, 1961 -- 1963; then the XR-52 Super Dorian, 1964.',
    [],
  ],
  ['two words after the code', 'They kept the XR-9 Hawk Dorian until 1970.', []],
  // a listed given and family name stays a person; a code that a comma closes opens nothing
  ['a full name after a code', 'The model B-7 Tomas Brandt said was fine.', [[3, 5]]],
  ['a comma after the code', 'Then Colonel Brandt, XR-40, flew home.', [[2, 3]]],
]);

table('"in" before a name makes it a place; German articles open nouns', [
  ['in and two words', 'The scene in Dorian Quest is fast.', []],
  ['in and a lone word', 'The best bakery in Kestrava, said Mia.', [[6, 7]]],
  ['a possessive after in is the person', "She lives in Ivo Brandt's old house.", [[3, 5]]],
  ['a listed full name after in', 'We went to the academy in Ivo Brandt', [[6, 8]]],
  ['German articles', 'Er fuhr in die Rosen und dann in die Zurückgebliebenen.', []],
  ["the street and a saint's name (asr)", 'he played for the street louis blues', []],
  [
    'a capitalised name after the street',
    'Mia lives on the street Louis Brandt named.',
    [
      [0, 1],
      [5, 7],
    ],
  ],
]);

table('raw ASR: a family name, English words and a legal form name a company', [
  [
    'a possessive family name before "pty ltd" (asr)',
    "it ran under the name pemberton's freight services pty ltd until then",
    [],
  ],
  [
    'a possessive that is a given name too (asr)',
    "they worked for dawson's freight services ltd for years",
    [],
  ],
  // a full name, or a name before a function word, stays a person
  [
    'a full name before the company (asr)',
    'i spoke with helga tarnwick at freight services ltd today',
    [[3, 5]],
  ],
  [
    'a family name before a function word (asr)',
    'thank you mister pellow from freight services ltd',
    [[3, 4]],
  ],
]);

table('a full name ending in a place head that is also a family name, in a person’s place', [
  // a role before it or a verb of speech after it: the head is the family name
  ['after a role', 'The panel heard professor Ilvo Marten Hill on Monday.', [[4, 7]]],
  ['before a verb of speech', 'Ilvo Marten Hill said the plan works.', [[0, 3]]],
  ['before a verb of speech (asr)', 'and then ilvo marten hill said the plan works', [[2, 5]]],
  // neither: a park or hill named after a person
  ['a park', 'Neil Varnholt Park opens at nine.', []],
  ['a park after a verb of motion', 'We walked to Neil Varnholt Park and said hello.', []],
]);
