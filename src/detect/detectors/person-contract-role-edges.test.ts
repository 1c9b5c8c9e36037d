import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented sentences; exact PERSON word ranges (end exclusive)
describe("parties' roles at the edges of raw ASR names (person-contract-role-edges.ts)", () => {
  spanTable('PERSON', 'raw ASR', [
    [
      'a role said bare twice elsewhere is trimmed off',
      'pledgor and lessor agree that tobin lessor may sell and that lessor and pledgor may not',
      [[5, 6]],
    ],
    [
      'said once elsewhere: the name stays whole and spreads',
      'tobin lessor may sell and lessor may not',
      [
        [0, 2],
        [5, 6],
      ],
    ],
  ]);
});
