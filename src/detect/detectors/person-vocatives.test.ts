import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive)
describe('names set off as the one spoken to (person-vocatives.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['closing a negated imperative', "Don't go to town, Velkora!", [[4, 5]]],
    ['closing a sentence to "you"', 'We will miss you, Tesmira Obranik.', [[4, 6]]],
    ['opening a question', 'Velkora, could you send it?', [[0, 1]]],
    ['opening a request', 'Thanks. Velkora, please call back.', [[1, 2]]],
    ['no second person: a place', 'Greetings from Tamsby, Orvelia!', []],
    ['a town and its country', 'Please write to Tamsby, Orvelia.', []],
    ['an English word', 'Please do it now, Tomorrow.', []],
  ]);
  spanTable('PERSON', 'raw ASR has no commas', [['left to the ASR rules', 'dont go to town velkora', []]]);
});
