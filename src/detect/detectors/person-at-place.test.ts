/**
 * A capitalised candidate after a placing "at" names a place or a firm; a person looked or shouted
 * at, a possessive and raw ASR's spoken "@" stay. Word ranges are exact, end exclusive; all names
 * are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoPersonsAtPlaces', [
  ['a firm one works at', 'Ivo Brandt took a job at Pellow Tools in Tamsby.', [[0, 2]]],
  ['a ground', 'My first game at Ashworth this season was great.', []],
  ['a place one arrives at', 'The letter arrived at Orvel Hollis this morning.', []],
  ['a person looked at', 'She looked at Lena Quist and laughed.', [[3, 5]]],
  [
    'a person hit out at',
    'Ivo Brandt hit out at Lena Quist today.',
    [
      [0, 2],
      [5, 7],
    ],
  ],
  ['a possessive', 'We had dinner at Ivo’s last night.', [[4, 5]]],
  ['a full name opening with a frequent given name', 'Please leave it at Nora Vasquez today.', [[4, 6]]],
  ['raw ASR: "at" of a handle', 'great show at lena quist thanks', [[3, 5]]],
]);
