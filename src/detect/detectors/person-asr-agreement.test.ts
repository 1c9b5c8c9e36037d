import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown full names placed by a possessive or an agreeing pronoun (person-asr-agreement.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a full name owning a work', "we read the poems from velkor amundai's early tales", [[5, 7]]],
    ['a full name before a verb and his', 'okay dovrek salvanti listed his ten best songs', [[1, 3]]],
    ['a full name before a verb and her', 'then tesmira obrani thanked her mother', [[1, 3]]],
    ['one unknown owner alone is left', "we read the poems from amundai's early tales", []],
    ['a thing takes its', 'then velkor amundai listed its parts', []],
    ['an article before the owner', "the velkor amundai's new range", []],
    ['a longer run is another language', 'velkor amundai tesmira obrani zembaro listed his', []],
  ]);
});
