import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive)
describe('full names with a middle initial (person-middle-initials.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['unknown given name, initial, listed family name', 'We hired Velkorio B Hidalgo last year.', [[2, 5]]],
    ['an initial with a stop', 'The report was written by Tesmira K. Obranik in May.', [[5, 8]]],
    ['an ordinary word before the initial', 'Take Vitamin B Complex daily.', []],
    ['a determiner opens a thing', 'We visited the Velkorio B Obranik hall.', []],
    ['"I" without a stop is the pronoun', 'Then Velkorio I Obranik said no.', [[3, 4]]],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'a listed given name, a letter, an unknown word',
      'happy to recommend maria g obranik who worked with me',
      [[3, 6]],
    ],
    ['a split possessive is no initial', 'its maria s obranik time', [[1, 2]]],
    ['a found given name grows', 'we spoke to maria j lopez yesterday', [[3, 6]]],
    ['a firm after the name starts after it', 'sincerely hatice g yildirim cleantech corp', [[1, 4]]],
    ['a vowel letter between unlisted words is a word', 'pane e vino', []],
    ['a spelled code is no name', 'the code is x w f five', []],
  ]);
});
