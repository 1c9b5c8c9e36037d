import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectSpelledNames } from './person-spelled.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ctxOf = (text: string): DetectionContext => buildDetectionContext(sayWords(text));

const ranges = (text: string): [number, number][] =>
  detectSpelledNames(ctxOf(text)).map((c): [number, number] => [c.startWord, c.endWord]);

describe('spelled-name detector', () => {
  const cases: [string, string, [number, number][], string[]][] = [
    ['asr letters', "that's o k o n k w o yes", [[1, 8]], ['okonkwo']],
    ['filler inside the spelling', 'r uh a m o s', [[0, 6]], ['ramos']],
    ['formatted hyphenated', 'Okonkwo, O-K-O-N-K-W-O.', [[1, 2]], ['okonkwo']],
    ['formatted capital letters', 'It is L U O.', [[2, 5]], ['luo']],
    ['double letter', 'm i double l e r', [[0, 6]], ['miller']],
    ['two letters after a spelling cue', 'how do you spell that | l i', [[5, 7]], ['li']],
    ['"as in" spelling', 's as in sam t as in tom', [[0, 8]], ['st']],
    ['"i m a" after a spelling cue', 'let me spell it | i m a', [[4, 7]], ['ima']],
  ];
  it.each(cases)('%s', (_name, text, expected, values) => {
    expect(ranges(text)).toEqual(expected);
    expect(detectSpelledNames(ctxOf(text)).map((c) => c.value)).toEqual(values);
  });

  const negatives: [string, string][] = [
    ['two letters without a cue', 'i got a b on it'],
    ['letters next to digits are an identifier', 'member id x k q four eight two'],
    ['letters after digits', 'it is four two x k q'],
    ['acronyms', 'i live in the u s a and use an a t m'],
    ['carriers said letter by letter', 'it came by u p s not f e d e x or d h l'],
    ['formatted carrier acronym', 'It shipped U-P-S ground.'],
    // "I'm" with its apostrophe lost, then the article: no spelled "Ima"
    ['a lost apostrophe (asr)', 'if she wins i m a happy man'],
    ['a lost apostrophe (formatted)', "Honestly. I' m a plumber."],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(ranges(text)).toEqual([]);
  });
});
