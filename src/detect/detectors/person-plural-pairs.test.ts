import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive)
describe('a listed name paired with a found one before a plural verb (person-plural-pairs.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'a given name that is also a word',
      'Great shop. Chuck and Gretchen were very kind.',
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
    ['no plural verb', 'Great shop. Chuck and Gretchen made it.', [[4, 5]]],
    ['after a determiner', 'We paid the Bill and Gretchen were happy.', [[5, 6]]],
    // "Saturn" is taken by another rule (a listed given name); "Venus" is not paired with it
    ['planets are no partners', 'Natal Saturn and Venus are in the fourth house.', [[1, 2]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'a given name that is also a word',
      'great shop yeah chuck and gretchen were very kind',
      [
        [3, 4],
        [5, 6],
      ],
    ],
    ['a word no list holds as a name', 'will and kate and baby are expected home', [[2, 3]]],
  ]);
});

describe('a found name that is also a word opening a sentence before a verb of a person (person.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'the verb after an adverb, in the next turn',
      'Chuck and Gretchen were kind. | Chuck also fixed my bike.',
      [
        [0, 1],
        [2, 3],
        [5, 6],
      ],
    ],
    ['a modal is no name', 'Will Quist called. | Will you call him back?', [[1, 2]]],
    ['no verb of a person after it', 'President Bush spoke. | Bush roses bloom late.', [[1, 2]]],
  ]);
});
