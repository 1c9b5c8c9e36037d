import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { doubledMisspelling } from './person-asr-subjects.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: an unknown full name as the subject of a clause (person-asr-subjects.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['before an auxiliary', 'then dorvak hallesti has signed for the club', [[1, 3]]],
    ['before a verb of saying', 'well pramlo vinkert said the vote was close', [[1, 3]]],
    ['before who', 'we all liked tovrik amelsun who wrote the score', [[3, 5]]],
    ['a modal', 'next season velkor zandrupi will coach the juniors', [[2, 4]]],
    ['one unknown word alone is left', 'it was amelsun who did it', []],
    ['a definition is left to its head', 'then vornek daltrisse is a hamlet up on the moor', []],
    ['after a word of place', 'we flew in from tovrik amelsun was great', []],
    ['after an article', 'the tovrik amelsun will open at noon', []],
    ['a misspelt English word in the run', 'how long untill vornekdal is played again', []],
    ['a run of four is another language', 'so tovrik amelsun vornek daltrisse has gone', []],
  ]);
});

describe('doubledMisspelling', () => {
  it('reads a doubled letter of an English word', () => {
    expect(doubledMisspelling('untill')).toBe(true);
    expect(doubledMisspelling('reallly')).toBe(true);
  });
  it('leaves words that are no English word undoubled', () => {
    expect(doubledMisspelling('hallesti')).toBe(false);
    expect(doubledMisspelling('vinkert')).toBe(false);
  });
});
