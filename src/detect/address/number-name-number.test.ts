/**
 * Written typeless street lines with a number on both sides of the name, confirmed by a postcode or a
 * country after them (invented streets, towns and numbers).
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'number, typeless name, house number, then a country', [
  ['town and country after a comma', 'It is in 18 Orvana Kestra 75, Tamsby, Barbados thanks', [[3, 9]]],
  ['one name word, town, country', 'and 98 Velkova 1036, Lorvenne, Guyana', [[1, 6]]],
  ['region code and postcode', 'and 35 Tarvessa 6 Lorvenne, NB 26538 ok', [[1, 7]]],
  // negatives
  ['no place after it', 'We sold 18 Orvana Kestra 75 times last year.', []],
  ['counts by country', 'Victims: 154 Australians 27 Malaysia 23 Indonesia, 11 Germany', []],
  ['everyday words between the numbers', 'I had 2 Big Dogs 3, Tamsby, Ghana', []],
]);
