import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('initials and split particles before a family name (person-initials.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'dotted initials and unlisted family names',
      'Written by A. Velkhaus and B. Orrelby.',
      [
        [2, 4],
        [5, 7],
      ],
    ],
    [
      'a bare initial after a content word',
      'File photo of interviewee R Velkanathan.',
      [
        [4, 5],
        [5, 6],
      ],
    ],
    ['a bare initial after a sign-off', 'Sincerely, T Orrelby', [[1, 3]]],
    ['a bare capital after a preposition is a label', 'The keys are in B Velkanathan said.', [[5, 6]]],
    ['a country abbreviation is no initial', 'The U.S. Velkhaus office opened.', []],
    ['a contraction is no family name', "Dear Diary: K I'm fine today.", []],
    [
      'a particle written apart',
      "We met Sean O' Velkan yesterday.",
      [
        [2, 3],
        [3, 5],
      ],
    ],
  ]);
});
