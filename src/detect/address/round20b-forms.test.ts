/**
 * Round 20b (addrleft20): a Dutch or Belgian floor said after a house number with its letter
 * ("drie vier c twee hoog", "... twee e verdieping": "2e", the ordinal's suffix said as a letter),
 * then a postcode of digits (numbers.ts floorSaidLast). Streets and towns are invented; exact word
 * spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a floor said after the house number and its letter, then a postcode', [
  [
    'raw ASR: Belgian "2e verdieping" after 912b, then a four-digit postcode and the town',
    'my address is klaverstraat nine one two b two e verdieping four three two one zoutleeuw okay',
    [[3, 16]],
  ],
  [
    'raw ASR: "1e verdieping" closing the line',
    'ship it to vinkenlaan three four c one e verdieping',
    [[3, 10]],
  ],
  [
    'raw ASR: Dutch "2 hoog" after 912b, then a four-digit postcode',
    'my address is klaverstraat nine one two b two hoog four three two one zoutleeuw okay',
    [[3, 15]],
  ],
  [
    'raw ASR: "e" after a number with no floor word is no ordinal: nothing is read',
    'call me at nine one two b two e we can talk',
    [],
  ],
]);
