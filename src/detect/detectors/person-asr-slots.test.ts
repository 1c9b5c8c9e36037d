import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { sayableName } from './person-asr-slots.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words in a slot a name fills (person-asr-slots.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a correction', 'please change it to velkor amundai the name is wrong', [[4, 6]]],
    ['a name field after a filler', 'the name on that account yeah tangalolani laivowo', [[6, 8]]],
    ['a maker credit', 'a film directed by diacardo gialina last year', [[4, 6]]],
    ['a self-introduction', "hello i'm velkor amundai originally from dorvell", [[2, 4]]],
    ['a job noun and two words', 'songwriter ngikakenui ngivangifa employs corporate lingo', [[1, 3]]],
    ['recommend before who', 'i am happy to recommend mebaro ciangetto who worked with me', [[5, 7]]],
    ['an English word is no name', 'please change it to tuesday', []],
    ['a plural after a credit', 'a hymn sung by salarymen every morning', []],
    ['no address label before the name', 'well velkor amundai two twelve oak road', []],
  ]);
  it('reads laughter and vowelless chat words as no names', () => {
    expect(sayableName('velkor')).toBe(true);
    expect(sayableName('hahahah')).toBe(false);
    expect(sayableName('lng')).toBe(false);
  });
});
