import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { sayableName } from './person-asr-slots.js';

// invented names; raw ASR style (lower case, no punctuation); exact PERSON word ranges (end exclusive)
describe('raw ASR: unknown words in a slot a name fills (person-asr-slots.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a correction', 'please change it to velkor amundai thanks', [[4, 6]]],
    ['a name field after a filler', 'the account holder surname um laivowo tangelani', [[5, 7]]],
    ['a maker credit', 'the short was directed by orvanel tuskary in march', [[5, 7]]],
    ['a self-introduction', "hello i'm velkor amundai originally from dorvell", [[2, 4]]],
    ['a job noun and two words', 'the plumber dovrek salvanti fixed the sink', [[2, 4]]],
    ['recommend before who', 'we can recommend teshka moravel who knows the area', [[3, 5]]],
    ['an English word is no name', 'please change it to tuesday', []],
    ['a plural after a credit', 'a chant sung by drovemen every night', []],
    ['no address label before the name', 'well velkor amundai two twelve oak road', []],
  ]);
  spanTable('PERSON', 'formatted text', [
    ['a correction, written', 'That is wrong, please change it to Velkor Amundai today.', [[7, 9]]],
    ['an English word, written', 'Please change it to Tuesday.', []],
  ]);
  it('reads laughter and vowelless chat words as no names', () => {
    expect(sayableName('velkor')).toBe(true);
    expect(sayableName('hahahah')).toBe(false);
    expect(sayableName('lng')).toBe(false);
  });
});
