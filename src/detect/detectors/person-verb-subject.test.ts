import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { regularPastTense } from './person-verb-subject.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('a lone name before a verb form the lexicon lacks (person-verb-subject.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a regular past tense', 'Quarrison requested a recount on Monday.', [[0, 1]]],
    ['a doubled consonant', 'After lunch Orrelby planned the trip.', [[2, 3]]],
    ['y before -ed', 'Velkhaus carried the boxes upstairs.', [[0, 1]]],
    ['the auxiliary "has"', 'We left early but Orrelby has two sons.', [[4, 5]]],
    ['a participle before "in" opens a relative clause', 'Kestrava located in the north is quiet.', []],
    ['after an article it names a thing', 'The Orrelby requested a fee.', []],
    [
      'a word the call writes after "the" names a thing',
      'The Kestrava board met and Kestrava requested a delay.',
      [],
    ],
    ['a relative called by the relation', 'Then Momma requested a quiet table.', []],
    ['a capitalised verb is a headline word', 'Quarrison Requested More Time', []],
  ]);
});

describe('regularPastTense', () => {
  it.each([
    ['requested', true],
    ['planned', true],
    ['carried', true],
    ['red', false],
    ['bed', false],
  ])('%s -> %s', (word, expected) => {
    expect(regularPastTense(word)).toBe(expected);
  });
});
