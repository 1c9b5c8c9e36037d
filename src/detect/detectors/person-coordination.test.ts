import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('unlisted items of a list that holds a found name (person-coordination.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'a full name and an unlisted family name',
      'I spoke with Tamsin Orrelby and Velkhaus about it.',
      [
        [3, 5],
        [6, 7],
      ],
    ],
    [
      'a comma list closed by "and"',
      'Thanks to Dorran Pelc, Ines Varo, Velkhaus and Brannvik for the help.',
      [
        [2, 4],
        [4, 6],
        [6, 7],
        [8, 9],
      ],
    ],
    [
      'an Oxford comma and full-name items',
      'Shortlisted were Marit Sand, Velkhaus Brannvik, and Ola Nord.',
      [
        [2, 4],
        [4, 6],
        [7, 9],
      ],
    ],
    [
      'a listed given name and an unlisted word',
      'Thanks to Marit and Velkhaus for the help.',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'a firm: capitals run on after the item',
      'We flew Tamsin Orrelby and Velkhaus Airlines home.',
      [[2, 4]],
    ],
    ['a town is no name', 'I met Tamsin Orrelby and Boston.', [[2, 4]]],
    [
      'one found name among four items is no list of names',
      'Our buyers include Quorvex, Otto Brandt, Velkmar and Tenzaro.',
      [],
    ],
    ['no found name, no list of names', 'We tried Quorvex and Velkhaus last week.', []],
  ]);
});

describe('items of a list joined by commas alone, mostly found names (person-coordination.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'a team sheet with a family name that is also a word and a town',
      'Harbour XI: Hart, Otto Brandt, Anna Berg, Jonas Lind, Maria Lenz',
      [
        [2, 3],
        [3, 5],
        [5, 7],
        [7, 9],
        [9, 11],
      ],
    ],
    ['a list of towns', 'Offices in Paris, London, Madrid, Berlin, Rome.', []],
    ['too few found names', 'We stock Hart, Quorvex, Velkmar, Tenzaro, Otto Brandt today.', []],
  ]);
});
