import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented signatories; exact PERSON word ranges (end exclusive)
describe('the ASR signature mark "s" (person-asr-signature-mark.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    [
      'a role label and the mark before the name',
      'indemnitee s martin ebsworth martin ebsworth',
      [
        [2, 4],
        [4, 6],
      ],
    ],
    ['a middle initial after a given name stays', 'i met james s martin today', [[2, 5]]],
  ]);
});
