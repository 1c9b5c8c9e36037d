/**
 * "<head> of <domain>": the field or land of a public body is no person (person-body-names.ts), run
 * through analyze(). Word ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'the word after a body head and "of" is no person', [
  ['formatted, before a verb of saying', 'The Department of Defense announced today that a sailor died.', []],
  [
    'a head that names no body keeps it',
    'The mother of Maria Lopez announced today that a sailor died.',
    [[3, 5]],
  ],
  [
    'a lower-case head in cased text keeps it',
    'The young department of Tova Renbeck announced the plan.',
    [[4, 6]],
  ],
]);
