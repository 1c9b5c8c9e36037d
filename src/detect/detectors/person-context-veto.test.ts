/**
 * Vetoes on PERSON candidates from the words right around a name (person-context-veto.ts), run
 * through analyze(). Word ranges are exact, end exclusive; every name, firm and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('the name after a verb of trade in companies and "by" is a firm, in the whole call', [
  ['acquired by, then again', 'The mill was acquired by Brantley in 1990. Brantley sold it in 1999.', []],
  ['acquired by a full name', 'The brewery was acquired by Ivo Brandt in 2004.', [[5, 7]]],
  ['owned by a given name', 'The brewery was owned by Ivo until 2004.', [[5, 6]]],
  ['written by', 'The song was written by Brantley in 1990.', [[5, 6]]],
]);

table('a town after "vs" is a club', [
  ['against takes people', 'The council stepped up action against Harlow. Nobody knew why.', [[6, 7]]],
  ['vs a family name', 'We lost the last game vs Montalvo. Oh well.', [[6, 7]]],
  ['vs a town', 'We lost the last game vs Harlow. Oh well.', []],
  [
    'vs a given name',
    'It was Ivo vs Jordan in the final.',
    [
      [2, 3],
      [4, 5],
    ],
  ],
]);

table('a lower-case English word that no name list holds is no name in a call written in case', [
  ['temp', 'Ana said the garden temp was 21 C at noon.', [[0, 1]]],
  [
    'lower-case names stay',
    'wow emma and tanner are so cute',
    [
      [1, 2],
      [3, 4],
    ],
  ],
]);

table('a possessive before a business name is the business', [
  ['split possessive', "Meet me at Ivo' s Tyre Repair Garage on Friday.", []],
  ['a house', "Meet me at Ivo's house on Friday.", [[3, 4]]],
]);

table('a name among items of a list of things is a thing', [
  ['commas', 'Our clients include Vexmoor, Otto Brandt, Quorbit and Tenzaro.', []],
  ['slashes', 'We played at Vexmoor / Quorbit / Otto Brandt / Tenzaro / Plimvex last year.', []],
  [
    'a list of names',
    'Guests included Ivo Brandt, Ana Lenz, Mia Rask and others.',
    [
      [2, 4],
      [4, 6],
      [6, 8],
    ],
  ],
  [
    'a name word beside it: read as a list of people',
    'Our clients include Vexmoor, Otto Brandt, Emma and Tenzaro.',
    [
      [3, 4],
      [4, 6],
      [6, 7],
      [8, 9],
    ],
  ],
]);

table('"gonna", "wanna", "gotta" split by a tokeniser are no name', [
  ['gon na', 'this is gon na hurt tomorrow', []],
  ['wan na', 'I wan na go home now', []],
  ['a name before it stays', 'Ivo Brandt is gon na win', [[0, 2]]],
]);
