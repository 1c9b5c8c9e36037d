import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words put into a personal role (person-asr-as-role.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['add as guardian', 'we need to add zembaro dukteli as guardian on the account', [[4, 6]]],
    ['a determiner and a two-word role', 'please add tuvkan moltegul as an authorized user', [[2, 4]]],
    ['named as executor', 'she named velmiska as the executor of the will', [[2, 3]]],
    ['a firm role is not listed', 'we need to add zembaro as payee', []],
    ['an English word is no name', 'we need to add the bank as guardian', []],
  ]);
  spanTable('PERSON', 'formatted text', [
    ['add as guardian, written', 'For the trust, please add Zembaro Dukteli as guardian.', [[5, 7]]],
    ['a firm role, written', 'Please add Zembaro as payee.', []],
  ]);
});
