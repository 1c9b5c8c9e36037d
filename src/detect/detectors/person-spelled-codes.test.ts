import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented clauses and calls; exact PERSON word ranges (end exclusive)
describe('currency and state codes spelled in raw ASR (person-spelled-codes.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    ['a currency code said after its word', 'paid in usd at the rate between u s d and e u r', []],
    ['a state code said after its word', 'the il unit of tobin corp and the i l unit', []],
    ['after a spelling cue the letters stay a spelling', 'it is spelled u s d', [[3, 6]]],
    [
      'a spelled surname is no code',
      'my last name is vu v u',
      [
        [4, 5],
        [5, 7],
      ],
    ],
    [
      'a name list holds the letters',
      'her name is ma m a',
      [
        [3, 4],
        [4, 6],
      ],
    ],
  ]);
});
