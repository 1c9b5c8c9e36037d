import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: lists of unknown words joined by "and" (person-asr-unknown-lists.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'one-word items',
      'i invited my friends zembaro dukteli velmiska and tuvkan to dinner',
      [
        [4, 5],
        [5, 6],
        [6, 7],
        [8, 9],
      ],
    ],
    ['two words before and are left to other rules', 'they sang with zembaro quorvish and dolt', []],
    ['places after "between"', 'the road between zembaro dukteli and tuvkan is closed', []],
    ['a firm after the list', 'we use zembaro dukteli and velmiska ltd for shipping', []],
    ['products after a verb of selling', 'the company now sells velkor amundai and tuvkan online', []],
    ['English words are no names', 'they had apples pears and plums', []],
  ]);
});
