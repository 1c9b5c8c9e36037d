import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { englishListed } from './person-asr-english-runs.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words inside plain English, said of a person (person-asr-english-runs.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a pronoun takes the name up', 'okay i really love dorvak hallesti but his last album lacked', [[4, 6]]],
    ['three words and a pronoun', 'a win over pramlo vinkert dusemi proved she could', [[3, 6]]],
    ['a role noun before', 'we heard that the drummer dorvak hallesti quit last week', [[5, 7]]],
    ['a verb whose object is a person', 'last year we finally met pramlo vinkert at the fair', [[5, 7]]],
    ['an animate verb after', 'so yesterday dorvak hallesti resigns over the vote', [[2, 4]]],
    ['a kin noun after a split possessive', 'we spoke to pramlo vinkert s widow about it', [[3, 5]]],
    ['a word of company before', 'the label signed bands such as dorvak hallesti last year', [[6, 8]]],
    ['no person word around', 'okay i really love dorvak hallesti but the album lacked', []],
    ['one word alone is left', 'okay i really love hallesti but his last album lacked', []],
    ['after an article', 'we met the dorvak hallesti and he liked it', []],
    ['after a word of place', 'she moved to dorvak hallesti and he followed', []],
    ['before a place head', 'he met dorvak hallesti park people this morning', []],
    ['a foreign word beside the run', 'he met dass dorvak hallesti but he left', []],
    ['a spelling variant is English', 'the whole team behavior dorvakish but he left', []],
    ['an English prefix said apart', 'he met an unsuccessful pre vorlekish enemy strike', []],
  ]);
});

// person.ts: a company name's words never reach back across a change of speaker in raw ASR
describe('raw ASR: a company name stops at the turn before it (person.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'a sign-off closing the turn before a firm',
      'see you friday many thanks dorvak hallesti | vornek global shipping ltd how can i help',
      [[5, 7]],
    ],
    ['a firm inside one turn stays a firm', 'i work at dorvak hallesti shipping ltd now', []],
  ]);
});

describe('englishListed', () => {
  it('reads English words, spelling variants and fillers', () => {
    expect(englishListed('lacked')).toBe(true);
    expect(englishListed('over')).toBe(true);
    expect(englishListed('defense')).toBe(true);
    expect(englishListed('um')).toBe(true);
  });
  it('leaves unknown words and function words of other languages', () => {
    expect(englishListed('hallesti')).toBe(false);
    expect(englishListed('dass')).toBe(false);
  });
});
