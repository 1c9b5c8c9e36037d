import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented sentences; exact PERSON word ranges (end exclusive)
describe('countries in a list (person-country-lists.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    [
      'countries that are names inside a list without commas',
      'donors include chile kenya chad jordan the sudan and peru',
      [],
    ],
    ['a name beside one country stays', 'we flew to france jordan quist met us there', [[4, 6]]],
    ['a lone country-name given name stays', 'i told jordan that the trip was lovely', [[2, 3]]],
  ]);
  spanTable('PERSON', 'formatted text', [
    ['a title keeps it', 'Visitors from Kenya and Ms. Jordan arrived.', [[5, 6]]],
  ]);
});
