/**
 * Lower-case everyday words leave the edges of a capitalised name in cased text, and a phrase of
 * another language with a function word inside is no name; particles, bynames and lower-cased
 * surnames stay. Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'trimMixedCaseNames', [
  ['an everyday word after a full name', 'Under Ivo Brandt house building is at its lowest level.', [[1, 3]]],
  ['a foreign phrase with a function word inside', 'Labas na kayo Marit and others', []],
  ['a foreign phrase beside a name', 'Great night with Marit Quell, Labas na kayo Orvel! See you', [[3, 5]]],
  ['a surname particle stays', 'Big hug to Marit van Quell today', [[3, 6]]],
  [
    'a byname with "the" stays',
    'Hello Friedrich the Great and Dora the Explorer',
    [
      [1, 4],
      [5, 8],
    ],
  ],
  ['a lower-cased surname that is no English word stays', 'is that Mauro renallo? so funny', [[2, 4]]],
]);
