/**
 * A name's recurrence on a lower-case function word of another language is that word; the name
 * itself, written in capitals, stays. Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'dropForeignFunctionRepeats', [
  ['"una" after "Una Brandt"', 'Una Brandt came by. She said una cosa.', [[0, 2]]],
  [
    'the capitalised name stays',
    'Una Brandt came by. Then Una left.',
    [
      [0, 2],
      [5, 6],
    ],
  ],
]);
