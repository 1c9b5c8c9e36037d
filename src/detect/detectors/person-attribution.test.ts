import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('attributions after a dash and credit lines (person-attribution.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['an author after a closed quotation', '"Be kind to the new ones." - Mark Baker', [[7, 9]]],
    [
      'an em dash after a sentence, a word after the name',
      'Few things last. — Sue Carver praised it',
      [[4, 6]],
    ],
    ['a middle name of the lists', '"Keep going." - Marc Lamont Orrelby', [[3, 6]]],
    ['a credit label with a colon', 'Photo credit: Austin Swift', [[2, 4]]],
    [
      'credits after "by"',
      'Photos by Mark Baker, Makeup by Sue Carver',
      [
        [2, 4],
        [6, 8],
      ],
    ],
    ['a dash inside a sentence attributes nothing', 'We drove north - Mark Baker stayed', []],
    ['a function word opens no name', 'Great day! – An Ordinary Morning', []],
    ['a place after a credit label', 'Photo: London Bridge at night', []],
  ]);
});
