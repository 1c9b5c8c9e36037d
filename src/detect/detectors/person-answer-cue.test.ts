import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; "|" switches speaker; exact PERSON word ranges (end exclusive)
describe('a name answering the other speaker, after an opener (person-answer-cue.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    ['"yeah" opens the answer', 'and the name on the card | yeah velkora dunsimo', [[7, 9]]],
    [
      '"so" before the name and a phone',
      'and a contact name | so velkora dunsimo on oh seven four',
      [[5, 7]],
    ],
    ['an opener and a hesitation', 'and a contact name | well um velkora dunsimo on oh seven', [[6, 8]]],
    ['two openers', 'your full name please | okay so velkora dunsimo', [[6, 8]]],
    ['no name after the opener', 'and the name on the card | yeah that is fine', []],
    ['the opener inside the turn is not an answer', 'and a contact name | i said so velkora dunsimo', []],
  ]);
});
