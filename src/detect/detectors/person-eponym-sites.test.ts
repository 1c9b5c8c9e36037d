/**
 * A name that runs through ordinary nouns into a site's head names the site; a name beside a lone
 * head or apart from the site stays. Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoEponymSites', [
  ['two nouns before the head', 'the crew went to the Wright Coleman Air Force Base in Ohio', []],
  ['raw ASR: the noun after the candidate', 'it lifted off from the harrison space center on tuesday', []],
  [
    'the noun inside the candidate, and its repeat',
    'the men and women of Harrison Space Center, the town',
    [],
  ],
  ['a person apart from the site', 'Lena Quist works at the space center', [[0, 2]]],
  ['a comma ends the name', 'Lena Quist, space center staff, called', [[0, 2]]],
]);
