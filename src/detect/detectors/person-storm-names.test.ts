import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented storms and names; exact PERSON word ranges (end exclusive)
describe('storms named after people (person-storm-names.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'the storm and its repeat; a full name holding the word stays',
      'Prices rose as Hurricane Orla grew. | Orla packed winds of 240 km. | Orla Quist said so.',
      [[12, 14]],
    ],
    ['a given name with no storm', 'Then Orla Quist packed the boxes.', [[1, 3]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['after "tropical storm"', 'the tropical storm velka hit the coast and velka moved north', []],
  ]);
});
