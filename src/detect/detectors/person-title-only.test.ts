/**
 * A candidate made only of title words is no name where grammar shows it is the title
 * (person-title-only.ts). Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'dropTitleOnlyNames', [
  ['abbreviated ranks before a name', 'The unit leader, Lt. Gen. Lena Quist, gave a statement.', [[5, 7]]],
  ['a rank after an article and a modifier', 'Ivo Brandt is an Orvelian General. He retired.', [[0, 2]]],
  ['a title written in lower case', 'The son of a tribal sheikh met Ivo Brandt.', [[7, 9]]],
  ['raw ASR: a title after an article', 'the son of a tribal sheikh met ivo brandt', [[7, 9]]],
  ['a title given as a name stays', 'My name is Major.', [[3, 4]]],
  [
    'a surname that is a title stays',
    'Foreign Minister Lena Bishop said Bishop would go.',
    [
      [2, 4],
      [5, 6],
    ],
  ],
]);
