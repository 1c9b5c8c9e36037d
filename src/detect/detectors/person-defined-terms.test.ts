import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented parties and sentences; exact PERSON word ranges (end exclusive)
describe('defined terms of contracts (person-defined-terms.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'a term after "the" in brackets',
      'Made by Orrelby Holdings Inc. (the "Harlan") and Ada Quist. Notices to Harlan shall be in writing.',
      [[8, 10]],
    ],
    ['a term after "hereinafter"', 'Worksoft Ltd. (hereinafter "Winston"). Winston shall pay.', []],
    ['quotes written apart', 'Orrelby Ltd. ( “ Harlan ” ), a company. Harlan shall pay.', []],
    [
      'a person defined by a part of the name stays a name',
      'Made by Ada Quist ("Quist"). Quist shall pay.',
      [
        [2, 4],
        [4, 5],
        [5, 6],
      ],
    ],
    [
      'a quoted name outside a definition frame stays a name',
      'He said "Harlan" twice. Harlan left.',
      [[4, 5]],
    ],
  ]);
});
