import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive)
describe('a listed name paired with a found one before a plural verb (person-plural-pairs.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'a given name that is also a word',
      'Good garage. Rusty and Marlo were so patient.',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'a given name a firm carries, after the found one',
      'Great job! Dora and Mercedes are thorough.',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    ['no plural verb', 'Good garage. Rusty and Marlo made it.', [[4, 5]]],
    ['after a determiner', 'We paid the Bill and Marlo were happy.', [[5, 6]]],
    // "Saturn" is taken by another rule (a listed given name); "Venus" is not paired with it
    ['planets are no partners', 'Tonight Venus and Saturn are low in the west.', [[3, 4]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'a given name that is also a word',
      'good garage yeah rusty and marlo were so patient',
      [
        [3, 4],
        [5, 6],
      ],
    ],
    [
      'a word no list holds as a name',
      'tom and ana and baby are due home',
      [
        [0, 1],
        [2, 3],
      ],
    ],
  ]);
});

describe('a found name that is also a word opening a sentence before a verb of a person (person.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'the verb after an adverb, in the next turn',
      'Rusty and Marlo were kind. | Rusty also fixed my car.',
      [
        [0, 1],
        [2, 3],
        [5, 6],
      ],
    ],
    ['a modal is no name', 'Will Quist called. | Will you call him back?', [[1, 2]]],
    ['no verb of a person after it', 'Senator Bush spoke. | Bush roses bloom late.', [[1, 2]]],
  ]);
});
