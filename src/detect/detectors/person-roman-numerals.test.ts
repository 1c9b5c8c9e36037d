import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented clauses; exact PERSON word ranges (end exclusive)
describe('roman numerals of enumerations (person-roman-numerals.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    [
      'a numbered clause without brackets',
      'the lessee i will pay ii will insure and iii will not assign',
      [],
    ],
    ['a generational suffix stays with its name', 'ivo quist iii signed the note', [[0, 3]]],
    ['a numeral a name list holds stays', 'president xi met the press', [[1, 2]]],
  ]);
  spanTable('PERSON', 'formatted text', [
    ['a bracketed numeral', 'The Lessee (i) will pay, (ii) will insure and (iii) will not assign.', []],
  ]);
});
