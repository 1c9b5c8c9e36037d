/**
 * Raw ASR: the bare verb after a modal is no name (person-asr-modal-verbs.ts), run through
 * analyze(). Word ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'raw ASR: a verb after a modal and its subject is no name', [
  ['"shall grant" before a role', 'borrower shall grant lender a first lien on the stock', []],
  ['an adverb between', 'the pledgor shall irrevocably grant lender an option to buy', []],
  ['a name after the verb stays', 'the board may grant maria lopez an option to buy', [[4, 6]]],
  [
    'a question puts the subject after the modal',
    'and will mark smith be at the meeting on friday',
    [[2, 4]],
  ],
  ['a name after a wh-word and a modal', 'so when can bill jones come in', [[3, 5]]],
]);
