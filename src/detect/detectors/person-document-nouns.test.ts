import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('words a document uses as nouns (person-document-nouns.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['"the X" before a modal: a defined term', 'Orrelby called. The Orrelby may assign.', []],
    ['a quantifier', 'Orrelby called. Each Orrelby may assign.', []],
    ['a genitive before a noun', "Orrelby called. The Orrelby's agent left.", []],
    ['a plural after a demonstrative', 'Orrelby called. Those Orrelbys are away.', []],
    ['a name as modifier is no use', 'Orrelby called. The Orrelby case is closed.', [[0, 1]]],
    ['"the Xs" is a family', 'Orrelby called. The Orrelbys are away.', [[0, 1]]],
    [
      '"the late X"',
      'Orrelby called. The late Orrelby left a will.',
      [
        [0, 1],
        [4, 5],
      ],
    ],
    [
      '"the X\'s" before a verb is a family',
      "Orrelby called. The Orrelby's were away.",
      [
        [0, 1],
        [3, 4],
      ],
    ],
    [
      'a title show',
      'Orrelby called. The Ada Orrelby Show aired.',
      [
        [0, 1],
        [3, 6],
      ],
    ],
    [
      'a coordinated modifier',
      'Orrelby called. Is your Orrelby and Ivo shop open?',
      [
        [0, 1],
        [4, 5],
        [6, 7],
      ],
    ],
    ['"Dear X" is a vocative', 'Dear Orrelby, the Orrelby may assign.', [[1, 2]]],
    ['a title before it', 'Mr. Orrelby called. The Orrelby may assign.', [[1, 2]]],
    ['a naming cue', 'My name is Orrelby. The Orrelby may assign.', [[3, 4]]],
    ['part of a full name', 'Ada Orrelby called. The Orrelby may assign.', [[0, 2]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['"the x" before a function word', 'orrelby called and the orrelby is here', []],
    ['"the x" before a noun may be a modifier', 'orrelby called the orrelby report is here', [[0, 1]]],
  ]);
});
