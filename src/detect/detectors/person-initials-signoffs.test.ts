import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented sign-offs; exact word ranges (end exclusive; a mark may merge with its name)
describe('initials signing off beside the full name (person-initials-signoffs.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'lower-case initials before the signature',
      'Thanks, see you. dq Dora Quist',
      [
        [3, 4],
        [4, 6],
      ],
    ],
    ['upper-case initials with a dash', 'See you -DQ Dora Quist', [[2, 5]]],
    [
      'initials after the name',
      'Thanks, see you. Dora Quist DQ',
      [
        [3, 5],
        [5, 6],
      ],
    ],
    ['a word of the language is no mark', 'Bo Kent ok then', [[0, 2]]],
    ['letters that are not the initials', 'See you. xy Dora Quist', [[3, 5]]],
    ['a name with an initial has no mark', 'See you. dq Dora Q. Lind', [[3, 6]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'a typed mark kept as a word',
      'ok thanks bye dq dora quist',
      [
        [3, 4],
        [4, 6],
      ],
    ],
  ]);
});
