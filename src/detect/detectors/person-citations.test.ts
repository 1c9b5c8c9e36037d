/**
 * Authors of a reference list written family name first, with initials and a bracketed year
 * (person-citations.ts), through analyze(). Word ranges are exact, end exclusive; names invented.
 * The first three cases find no part of the initials without the rule.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'an author with initials before the year', [
  ['one initial, a family name that is a word', 'Sources: Baker, J. (2001), p. 4.', [[1, 3]]],
  ['two initials written apart', 'See also Osei, A. B. (2004) for more.', [[2, 5]]],
  ['two initials written together', 'Notes: 3 ^ Brandt, K.L. (1987) The Kettle Trade.', [[3, 5]]],
  // where it must stay silent
  ['no year after the initials', 'Call Brandt, K.L. and the others.', [[1, 2]]],
  ['an era after a place', 'The war ended in Europe, A.D. (1945) as told.', []],
]);
