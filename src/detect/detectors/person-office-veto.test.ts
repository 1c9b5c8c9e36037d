import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented notice clauses; exact PERSON word ranges (end exclusive)
describe('offices addressed instead of a person (person-office-veto.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'an office after an attention label',
      'Orrelby Quist LLP, Attention: General Counsel. Notices shall be sent',
      [],
    ],
    ['an office of two words after a label', 'Attention: Chief Counsel', []],
    ['a name after the label stays', 'Attention: Tobin Marsh, General Counsel', [[1, 3]]],
    ['a surname that is also an office word stays', 'Attention: Dean Halloway', [[1, 3]]],
    [
      'ranks alone after a role are no names',
      'The Brigade Chief, Maj. Gen. Tobin J. Marsh, said today',
      [[5, 8]],
    ],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['a name in raw ASR stays', 'attention tobin marsh general counsel', [[1, 3]]],
  ]);
});
