import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('a lone name, an adverb and a verb (person-adverb-subject.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['an adverb of time', 'Quarrison also asked the ministers to help.', [[0, 1]]],
    ['after a capitalised function word', 'Then Velkanathan later told reporters.', [[1, 2]]],
    ['a reflexive pronoun', 'Orrelby himself wrote the letter.', [[0, 1]]],
    ['after an article it names a thing', 'The Orrelby also won a prize.', []],
    ['no finite verb after the adverb', 'Quarrison also the best one.', []],
  ]);
});
