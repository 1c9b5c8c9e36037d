import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
spanTable('PERSON', 'names in lower-case sentences of a cased call (person-lower-sentence-names.ts)', [
  [
    'the object of "add ... as guardian"',
    'I called the Bank today. we need to add velkor amundai as guardian.',
    [[9, 11]],
  ],
  [
    'the subject of a verb of one person',
    'It rained on Monday. velkor amundai listed his top songs for the paper.',
    [[4, 6]],
  ],
  [
    'the object of "a tribute to"',
    'It rained on Monday. a tribute to velkor amundai – sadly, she was not impressed.',
    [[7, 9]],
  ],
  // negative cases: lower-case words that no frame makes a person's
  ['not ordinary words of a lower-case sentence', 'We met on Monday. the weather was fine and calm.', []],
  ['not a list of ordinary words', 'It rained on Monday. we bought apples, pears and plums.', []],
]);
