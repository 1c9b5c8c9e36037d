import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('unknown title-case names in a place only a person fills (person-unknown-places.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['before ", who"', 'The head is Dvostak Membrilo, who ran the depot.', [[3, 5]]],
    ['before ", whose"', 'We thanked Qunaro Velizdek, whose van broke down.', [[2, 4]]],
    ['a life span in brackets', 'Tolvani Brusketi (3 May 1901 - 12 June 1977) was a painter.', [[0, 2]]],
    [
      'a life span in brackets, months first',
      'It rained. Tolvani Brusketi (May 3, 1901 - June 12, 1977) was a painter.',
      [[2, 4]],
    ],
    ['a birth in brackets', 'The singer Tolvani Brusketi (born 1950) retired.', [[2, 4]]],
    ['after "named after"', 'The hall was named after Zemvaro Dukteli in 1990.', [[5, 7]]],
    ['after "in memory of"', 'A bench in memory of Zemvaro Dukteli stands here.', [[5, 7]]],
    ['after "a tribute to"', 'It was a tribute to Zemvaro Dukteli, sadly.', [[5, 7]]],
    ['a possessive before kin', 'We met Zemvaro Dukteli’s daughter at noon.', [[2, 4]]],
    ['a possessive before a work', 'We sang from Zemvaro Dukteli’s Winter Songs all night.', [[3, 5]]],
    ['a possessive before no work after "from"', 'We came from Kovrani Testeli’s harbour at noon.', []],
    ['"which" follows a thing', 'They sold Kovrani Testeli, which was a boat.', []],
    ['a bracket without a life span', 'They sold Kovrani Testeli (the blue one) today.', []],
    ['"to" without a person phrase is a place', 'We drove to Kovrani Testeli today.', []],
    ['a phrase broken by a stop is none', 'It was named after. Kovrani Testeli, too.', []],
  ]);
});
