/**
 * Name words that the countries around them show to be places (person-towns-before-countries.ts; the list case is person-country-lists.ts's). Word
 * ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'dropTownsBeforeCountries', [
  [
    'raw ASR: countries listed without commas',
    'partners include austria sweden france jordan the netherlands and chile',
    [],
  ],
  ['a town before its country', 'Forces moved on Morgana, Syria, and later took Morgana.', []],
  ['a person before a country in raw ASR stays', 'thanks morgana france is lovely', [[1, 2]]],
  ['a full name before a country stays', 'We thank Lena Quist, France and Spain.', [[2, 4]]],
  ['a name by a country word that is an English word stays', 'i miss sergio man', [[2, 3]]],
]);
