import { describe, expect, it } from 'vitest';
import { cleanWordText, cleanWords } from './clean-words.js';
import { subWords, mapToOriginal } from './split-words.js';
import type { Candidate } from '../types.js';

describe('cleanWordText', () => {
  it.each([
    // invisible and bidi characters
    ['415\u200b-555\u200d-0132', '415-555-0132'],
    ['ma\u00adria@exam\u2060ple.com', 'maria@example.com'],
    ['\u202e123-45-6789\u202c', '123-45-6789'],
    ['\ufeffOka\u2066for\u2069', 'Okafor'],
    // NFKC, decorative marks, look-alikes, script digits
    ['\uff14\uff11\uff15-\uff15\uff15\uff15-\uff10\uff11\uff13\uff12', '415-555-0132'],
    ['4\u03325\u0332', '45'],
    ['m\u0336a\u0336', 'ma'],
    ['Zoe\u0308', 'Zoë'],
    ['f\u0301\u00f3\u00fa\u0155', 'four'], // a mark on every letter
    ['\u1e3e\u00e1\u0155\u00ed\u00e1', 'Maria'],
    ['M\u0430ri\u0430', 'Maria'], // Cyrillic а in a Latin word
    ['m\u0430ria@ex\u0430mple.com', 'maria@example.com'],
    ['\u0664\u0661\u0665', '415'],
    // written obfuscations
    ['@', 'at'],
    ['maria(at)example(dot)com', 'maria@example.com'],
    ['maria[@]example[.]com.', 'maria@example.com.'],
    ['415-555-O132', '415-555-0132'],
    ['4l5-555-0l32', '415-555-0132'],
    ['415-555-\u041e132', '415-555-0132'], // Cyrillic О
    ['\u{1d426}\u{1d41a}@\u{1d41e}\u{1d431}.\u{1d41c}\u{1d428}\u{1d426}', 'ma@ex.com'],
    ['\u2463\u2460\u2464', '415'],
    ['maria\ufe6bexample.com', 'maria@example.com'],
  ])('%j -> %j', (text, cleaned) => expect(cleanWordText(text)).toBe(cleaned));

  it.each([
    ['José'],
    ['Nguyễn'],
    ['où'], // one letter marked
    ['Москва'], // all Cyrillic: a Russian word, not a disguise
    ['Σοφία'],
    ['नमस्ते'], // Devanagari keeps its marks
    ['(at)'], // alone it is the word "at" with brackets, read as such by the detectors
    ['see(at)noon'], // no email shape
    ['SOLO-10'], // a code: too few digits
    ['д.5'], // Russian house number
    ['5\u043a\u043c'], // 5 km
    ['A1O'],
    ['hello'],
  ])('%j stays', (text) => expect(cleanWordText(text)).toBe(text));

  it('returns the same array when nothing changes', () => {
    const words = [{ text: 'hello' }, { text: 'Zoë' }];
    expect(cleanWords(words)).toBe(words);
  });
});

describe('subWords', () => {
  it.each([
    ['my\u00a0cell\u00a0is\u00a0415-555-0132', ['my', 'cell', 'is', '415-555-0132']],
    ['555-\n0132', ['555-', '0132']],
    ['{"phone":"415-555-0132"}', ['phone', ':', '415-555-0132']],
    [`${'x'.repeat(60)}4155550132`, ['x'.repeat(60), '4155550132']],
  ])('%j -> %j', (text, parts) => expect(subWords(text)).toEqual(parts));

  it.each([['hello'], ['"Harbor",'], ['Note:"Blue'], ['[[Foo|Bar]]'], ['x'.repeat(60)]])(
    '%j stays one word',
    (text) => expect(subWords(text)).toBeNull(),
  );

  it('maps entities back onto whole original words, merging those inside one word', () => {
    const e = (startWord: number, endWord: number, score: number): Candidate => ({
      type: 'PHONE_NUMBER',
      startWord,
      endWord,
      score,
      detector: 't',
      value: '',
    });
    // sub-words 0,1 come from word 0; 2,3 from word 1; 4 from word 2
    const origin = Int32Array.from([0, 0, 1, 1, 2]);
    expect(
      mapToOriginal([e(1, 3, 0.5), e(3, 4, 0.9)], origin).map((c) => [c.startWord, c.endWord, c.score]),
    ).toEqual([[0, 2, 0.9]]);
  });
});
