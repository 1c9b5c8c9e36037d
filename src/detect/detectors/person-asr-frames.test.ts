import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown full names placed by coordination, "by", an object phrase, a definition (person-asr-frames.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['the agent after by', 'their third record was mixed by tovrik amelsun and sold in june', [[6, 8]]],
    ['a credit after a work noun', 'lovely photo by dorvak hallesti this morning', [[3, 5]]],
    ['one unknown word after by is left', 'their third record was mixed by amelsun last year', []],
    ['a firm head after the run', 'their third record was mixed by tovrik amelsun llp last year', []],
    ['a longer run is another language', 'it was made by tovrik amelsun vornek daltrisse yesterday', []],
    ['an object phrase', 'he lost to pramlo vinkert in the final', [[3, 5]]],
    [
      'after a found full name and and',
      'founding members peter jackson and pramlo vinkert left',
      [
        [2, 4],
        [5, 7],
      ],
    ],
    [
      'before and a found full name',
      'among the guests were pramlo vinkert and peter jackson',
      [
        [4, 6],
        [7, 9],
      ],
    ],
    [
      'a definition headed by a person noun',
      'then tovrik amelsun is a canadian poet born in bristol',
      [[1, 3]],
    ],
    ['a definition headed by a plain person noun', 'honestly tovrik amelsun is a lovely man', [[1, 3]]],
    ['a definition of a place', 'then vornekdal is a river crossing for ferries', []],
    ['a definition of a firm role', 'then tovrik amelsun is a british publisher of maps', []],
    ['a split possessive', 'well tovrik amelsun s widow says she is sad', [[1, 3]]],
    ['a lone split possessive is left', 'it was all amelsun s idea in the end', []],
    ['a given name before a lone found family name', 'um tovrik amelsun was born in a small port', [[1, 3]]],
  ]);
});
