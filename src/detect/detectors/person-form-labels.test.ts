import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented contacts; exact PERSON word ranges (end exclusive)
describe('field labels at the edges of a name (person-form-labels.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    ['"attn" before and "fax" after', 'oslo norway attn ada quist fax plus four seven', [[3, 5]]],
    ['a middle initial stays', 'boston attn tobin r marrat fax six one seven', [[2, 5]]],
  ]);
  spanTable('PERSON', 'formatted text', [
    ['a label with a colon', 'Attn: Ada Quist Fax: (555) 555-0134', [[1, 3]]],
  ]);
});
