import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: two unknown full names joined by "and" (person-asr-pairs.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'two pairs',
      'the founders dorvak hallesti and pramlo vinkert met in june',
      [
        [2, 4],
        [5, 7],
      ],
    ],
    [
      'three words on one side',
      'it starred velkor zandrupi and tovrik dunatri daltrisse last year',
      [
        [2, 4],
        [5, 8],
      ],
    ],
    ['a lone word on one side is left', 'we met dorvak and pramlo vinkert there', []],
    ['a place head after the second run', 'between vornek daltrisse and tovrik amelsun park', []],
    ['after an article', 'the dorvak hallesti and pramlo vinkert shop', []],
  ]);
});
