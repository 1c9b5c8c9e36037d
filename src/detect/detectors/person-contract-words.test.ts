import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented parties and sentences; exact PERSON word ranges (end exclusive)
describe('words of contracts (person-contract-words.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a bare party role', 'Each advance needs a notice signed by Lender.', []],
    ['a possessive party role', "Borrower shall not act without Lender's prior written consent.", []],
    ['a term of art', 'The Lien of Pledgee stays in force.', []],
    ['a title keeps a surname of the list', 'Ms. Lender signed the notice.', [[1, 2]]],
    ['a given name beside it keeps it', 'Tobin Lender signed the notice.', [[0, 2]]],
    ['a naming cue keeps it', 'Name: Lender', [[1, 2]]],
    ['a role beside another role', 'Give prior written notice to Lender. Lender may then act.', []],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['two terms of art', 'goods held by a warehouseman bailee today', []],
    ['pro rata', 'split pro rata among them', []],
    ['a pointer into the document after a naming cue', 'the persons named below are officers', []],
  ]);
});
