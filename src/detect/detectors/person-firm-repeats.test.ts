import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented firms and signatories; exact PERSON word ranges (end exclusive)
describe('spread names inside firm names of raw ASR (person-firm-repeats.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    [
      "the signatory's surname opening the firm's name",
      'the shares of oakes lumber co are sold by leonard oakes',
      [[9, 11]],
    ],
  ]);
});
