import { describe, expect, it } from 'vitest';
import { findUnsupportedText } from './scripts.js';

const words = (line: string): { text: string }[] => line.split(' ').map((text) => ({ text }));

describe('findUnsupportedText', () => {
  const cases: [string, string, number, string[]][] = [
    ['Latin with diacritics and punctuation', 'Szöllösy, Hafliðason; Łódź (ok)', 0, []],
    ['Cyrillic and Greek are covered', 'Иванов Παπαδόπουλος', 0, []],
    ['digits of other scripts are no letters', '٤١٥ ५५५ 0142', 0, []],
    ['Han words, counted per word', 'my name is 王伟 and 李娜', 2, ['Han']],
    ['Arabic and Hebrew', 'hello محمد שלום', 2, ['Arabic', 'Hebrew']],
    ['a word mixing Latin and Hangul counts once', 'kim김 park', 1, ['Hangul']],
    ['Thai and Devanagari', 'สมชาย नमस्ते', 2, ['Devanagari', 'Thai']],
  ];
  it.each(cases)('%s', (_name, line, count, scripts) => {
    expect(findUnsupportedText(words(line))).toEqual({ words: count, scripts });
  });
});
