import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words addressed or signed (person-asr-addressed.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a salutation', 'thank you dear zembaro dukteli hope your week went well', [[3, 5]]],
    ['a closing', 'you can call me back yours sincerely tuvkan moltegul', [[7, 9]]],
    ['kind regards', 'see you then kind regards mugavi', [[5, 6]]],
    ['love closing the turn', 'write back soon love velmiska', [[4, 5]]],
    ['love, then more words', 'see you then love zorbtex i once lived there', []],
    ['a vocative before a subject', 'sorry zembaro i sent the wrong number', [[1, 2]]],
    ['thanks, two words', 'thanks tuvkan moltegul we will call back', [[1, 3]]],
    ['love as a verb', 'i love zorbtex so much', []],
    ['love before a noun', 'write back soon love zorbtex perfume is great', []],
    ['making love', 'making love zorbtex', []],
    ['a bare acknowledgement opens a remark', 'okay zembaro i think so', []],
    ['with regards to', 'with regards to zembaro we can talk', []],
    ['no pronoun after the vocative', 'sorry zorbtex the line is bad', []],
    ['a closing with a middle initial', 'reach me at home sincerely tuvkan v moltegul sixty four', [[5, 8]]],
    ['a salutation with a middle initial', 'dear zembaro k dukteli hope you are well', [[1, 4]]],
    ['"i" before an English word is the pronoun', 'kind regards mugavi i hope it works', [[2, 3]]],
  ]);
});
