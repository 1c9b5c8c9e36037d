import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented parties and sentences; exact PERSON word ranges (end exclusive)
describe('words of contracts (person-contract-words.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a bare party role', 'The Loan is subject to conditions unless waived in writing by Lender.', []],
    ['a possessive party role', "Borrower shall not act without Lender's prior written consent.", []],
    ['a term of art', "Agent's and Lenders' Lien in the Collateral shall continue.", []],
    ['a title keeps a surname of the list', 'Ms. Lender signed the notice.', [[1, 2]]],
    ['a given name beside it keeps it', 'Tobin Lender signed the notice.', [[0, 2]]],
    ['a naming cue keeps it', 'Name: Lender', [[1, 2]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['two terms of art', 'any carrier warehouseman bailee or other person', []],
    ['pro rata', 'according to each lender s pro rata share of the term loan', []],
  ]);
});
