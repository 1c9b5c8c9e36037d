/**
 * An office or rank that opens a name in formatted text leaves it; titles of birth or faith, names
 * given as one's own and raw ASR keep theirs. Word ranges are exact, end exclusive; all names are
 * invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'trimLeadingTitles', [
  ['an office of two words', 'Orvel County Attorney General Dana Holder confirms a probe', [[4, 6]]],
  [
    'an office before a lone surname',
    "The league's Secretary General Brandt spoke after the vote.",
    [[4, 5]],
  ],
  ['a rank already left out', 'Major Lena Quist spoke after the vote.', [[1, 3]]],
  [
    'a peerage title is part of the name',
    'Sir Ivo Brandt met Lord Stanley.',
    [
      [1, 3],
      [4, 6],
    ],
  ],
  ['a name given as one’s own keeps its rank', 'my name is Major Lena Quist', [[3, 6]]],
]);
