import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
spanTable('PERSON', 'unknown title-case words next to a found name (person-cased-neighbours.ts)', [
  [
    'a given name before a family name found by its recurrence',
    'Dr. Orvenko spoke first. The paper reported that Tesmaru Orvenko was not told.',
    [
      [1, 2],
      [8, 10],
    ],
  ],
  [
    'a given name before a found family name in the possessive',
    "The mayor Drozinek spoke. Tesmaru Drozinek's death shocked them.",
    [
      [2, 3],
      [4, 6],
    ],
  ],
  [
    'a given name and a particle before a found family name',
    'Drozinek arrived late. Her association with Velmaro de Drozinek mattered.',
    [
      [0, 1],
      [6, 9],
    ],
  ],
  // negative cases: the neighbour is a firm, a label's value or opens a longer run of capitals
  [
    'not the firm after a full name in a signature',
    'Sincerely, Anna Dobrovska Quellix 31 Harbour Road',
    [[1, 3]],
  ],
  ['not a word after a particle that is no name', 'He worked at Oficina de Velmaros Orvenko in Lisbon.', []],
]);
