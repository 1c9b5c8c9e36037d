/**
 * Lower-case everyday words and foreign function words leave the edges of a capitalised name in
 * cased text; particles, bynames and lower-cased surnames stay. Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'trimMixedCaseNames', [
  ['an everyday word after a full name', 'Under Ivo Brandt house prices rose again.', [[1, 3]]],
  ['an everyday word after a name, before its verb', 'Ada Morrow guy said it was fine.', [[0, 2]]],
  ['a surname particle stays', 'Big hug to Marit van Quell today', [[3, 6]]],
  [
    'a byname with "the" stays',
    'Hello Ivar the Bold and Mina the Brave',
    [
      [1, 4],
      [5, 8],
    ],
  ],
  ['a lower-cased surname that is no English word stays', 'is that Tomas velandro? so funny', [[2, 4]]],
]);
