/**
 * name-before-number.ts: a street written by its name alone, said right after a recipient's name,
 * is the street's up to its house number, not the name's. Invented names and streets; exact spans.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a typeless street after a recipient', [
  ['formatted', 'Mira Tolvanen Vrelska 12, 21000 Novi Sad', [[2, 7]]],
  ['raw ASR', 'mira tolvanen vrelska twelve twenty one thousand novi sad', [[2, 9]]],
  ['type after the name', 'Mira Tolvanen Dorvinski put 6 71680 Tamsby', [[2, 7]]],
]);

spanTable('PERSON', 'the recipient keeps only their own names', [
  ['formatted', 'Mira Tolvanen Vrelska 12, 21000 Novi Sad', [[0, 2]]],
  ['raw ASR', 'mira tolvanen vrelska twelve twenty one thousand novi sad', [[0, 2]]],
  ['type after the name', 'Mira Tolvanen Dorvinski put 6 71680 Tamsby', [[0, 2]]],
  [
    'a number that opens a street: the name stays whole',
    'Ana García Pérez 12 Harbour Road, Tamsby',
    [[0, 3]],
  ],
  ['a listed third name stays', 'Mira Tolvanen Kowalska 12, 21000 Novi Sad', [[0, 3]]],
]);
