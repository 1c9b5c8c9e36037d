/**
 * A name that runs through ordinary nouns into a site's head names the site; a name beside a lone
 * head or apart from the site stays. Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoEponymSites', [
  ['two nouns before the head', 'the crew flew to Wright Coleman Air Guard Base near Orvel', []],
  [
    'raw ASR: the noun after the candidate',
    'it lifted off from the harrison rocket test centre on tuesday',
    [],
  ],
  [
    'the noun inside the candidate, and its repeat',
    'the pupils of Harrison Space Flight Centre, the town',
    [],
  ],
  ['a person apart from the site', 'Lena Quist works at the rocket centre', [[0, 2]]],
  ['a comma ends the name', 'Lena Quist, rocket centre staff, called', [[0, 2]]],
]);
