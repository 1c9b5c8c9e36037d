import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('a given name sharing the family name after it (person-shared-surname.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'a given name that is an everyday word',
      'They met Bill and Odile Orrelby yesterday.',
      [
        [2, 3],
        [4, 6],
      ],
    ],
    [
      'written with an ampersand',
      'Will & Odile Orrelby came to dinner.',
      [
        [0, 1],
        [2, 4],
      ],
    ],
    ['no given name before the joiner', 'He thanked Sales and Odile Orrelby for it.', [[4, 6]]],
    [
      'a capitalised word before it makes a longer item',
      'Then Dora Bill and Odile Orrelby came.',
      [
        [1, 3],
        [4, 6],
      ],
    ],
  ]);
});
