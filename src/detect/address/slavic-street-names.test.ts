/**
 * slavic-street-names.ts: an adjective before a feminine Slavic street type is the street's, not
 * the third name of the recipient said before it. Invented names and streets; exact word spans.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a Slavic adjective street after a recipient', [
  ['formatted', 'Mira Tolvanen Vrbanska ulica 33c 1070 Piran Slovenija', [[2, 8]]],
  ['raw ASR', 'mira tolvanen vrbanska ulica thirty three c piran', [[2, 8]]],
]);

spanTable('PERSON', 'the recipient keeps only their own names', [
  ['formatted', 'Mira Tolvanen Vrbanska ulica 33c 1070 Piran Slovenija', [[0, 2]]],
  ['raw ASR', 'mira tolvanen vrbanska ulica thirty three c piran', [[0, 2]]],
  ['no address after the type word: the name stays whole', 'Ana Maria Petrova ulica', [[0, 3]]],
  [
    'no street type after the name: the name stays whole',
    'Mira Tolvanen Kovacka lives on the ulica',
    [[0, 3]],
  ],
]);
