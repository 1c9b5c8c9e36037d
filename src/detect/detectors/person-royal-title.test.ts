/**
 * A royal title that is also a given name leaves a "title + one given name" candidate in formatted
 * text; a given name "Princess" before a family name, and raw ASR, keep it. Word ranges are exact,
 * end exclusive; all names are invented or royal given names.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'trimRoyalTitles', [
  ['a princess by her given name', 'Bidding for Princess Ingrid hits a record today.', [[3, 4]]],
  ['a possessive after the given name', "Princess Ingrid's hat sold for a fortune.", [[1, 2]]],
  ['a given name Princess before a family name', 'Princess Okafor called about the invoice.', [[0, 2]]],
  ['a given name Princess in a full name', 'Princess Adaeze Okafor called about the invoice.', [[0, 3]]],
  ['a family name that is also given stays', 'Princess Williams called about the invoice.', [[0, 2]]],
]);
