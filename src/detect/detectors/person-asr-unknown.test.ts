import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words after a phrase whose object is a person (person-asr-unknown.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['the assistant to', 'i worked as the assistant to mugavi trelbenko for a year', [[6, 8]]],
    ['a tribute to', 'it was a tribute to tuvkan moltegul sadly', [[5, 7]]],
    ['named after', 'the hall is named after zembaro dukteli now', [[5, 7]]],
    ['an English word is no name', 'it was a tribute to the river', []],
    ['no phrase, no name', 'we drove to zembaro today', []],
  ]);
});
