/**
 * name-before-number.ts: a street written by its name alone (or with its type after the name), said
 * right after a recipient's name, is the street's up to its house number, not the name's. Invented
 * names and streets; exact word spans.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a typeless street after a recipient', [
  ['formatted', 'Mira Tolvanen Vrelska 12, 21000 Novi Sad', [[2, 7]]],
  ['raw ASR', 'mira tolvanen vrelska twelve twenty one thousand novi sad', [[2, 9]]],
  ['type after the name', 'Mira Tolvanen Dorvinski put 6 71680 Tamsby', [[2, 7]]],
  ['a suffix type the name took', 'Mira Tolvanen Dorvinska cesta 9, 1000 Ljubljana', [[2, 7]]],
  ['a listed name before a suffix type', 'Mira Tolvanen Vesquin fasor 6, 1051 Budapest', [[2, 7]]],
  ['a street named after someone', 'Mira Tolvanen Anna Vesqui Caddesi 45, 06100 Ankara', [[2, 8]]],
  [
    'a name reading that is a street and its type',
    'Mira Tolvanen Fəzail Dorvesov sh., 32 AZ1000 Bakı',
    [[2, 8]],
  ],
  ['raw ASR, suffix type', 'mira tolvanen vesquin fasor six one zero five one budapest', [[2, 10]]],
]);

spanTable('PERSON', 'the recipient keeps only their own names', [
  ['formatted', 'Mira Tolvanen Vrelska 12, 21000 Novi Sad', [[0, 2]]],
  ['raw ASR', 'mira tolvanen vrelska twelve twenty one thousand novi sad', [[0, 2]]],
  ['type after the name', 'Mira Tolvanen Dorvinski put 6 71680 Tamsby', [[0, 2]]],
  ['a suffix type the name took', 'Mira Tolvanen Dorvinska cesta 9, 1000 Ljubljana', [[0, 2]]],
  ['a street named after someone', 'Mira Tolvanen Anna Vesqui Caddesi 45, 06100 Ankara', [[0, 2]]],
  [
    'a number that opens a street: the name stays whole',
    'Ana García Pérez 12 Harbour Road, Tamsby',
    [[0, 3]],
  ],
  ['a listed third name stays', 'Mira Tolvanen Kowalska 12, 21000 Novi Sad', [[0, 3]]],
]);
