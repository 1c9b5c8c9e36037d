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
    // three letters of a frequent name need no cue; of a rarer listed name, a word for a name
    ['three letters of a frequent name', 'yes it is l e e okay', [[3, 6]], ['lee']],
    ['three letters of a rare name after "surname"', 'and the surname is o k a yes', [[4, 7]], ['oka']],
    ['three letters after "name\'s"', "the name's u g o thanks", [[2, 5]], ['ugo']],
    // an initialism said just before is spelled ("the dj ... d j"); no dictionary word
    ['letters of an initialism just said', 'the dj was d j tarn', [[3, 5]], ['dj']],
    ['letters of a name just said', 'it is vu v u', [[3, 5]], ['vu']],
    ['a function word spelled after a word for a name', 'my surname is spelled t o', [[4, 6]], ['to']],
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
    // three letters of a rarer listed name without any cue are an acronym read out
    ['a label read as letters', 'the band signed to k e o in the spring'],
    ['an acronym read out', 'good tips for u m a on a small site'],
    // letters of an English word just said are said as a word, not a spelling of a name
    ['an English word spelled', 'you have to get up now g e t moving'],
    ['"t o" spelling "to"', 'can i speak t o a real person'],
    // a function word in capitals read out letter by letter, even after a spelling cue
    ['a function word read out after a cue', "i don't think that's going t o help"],
    ['a heading read out', 'please spell the schedule a n d the note'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(ranges(text)).toEqual([]);
  });
});
