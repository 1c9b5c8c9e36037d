import { describe, expect, it } from 'vitest';
import { locateWords, mapOffset, redactText, scrubUnaligned } from './text-redact.js';

const R = (e: number): string => ['[A]', '[B]'][e]!;

describe('locating words in a vendor text', () => {
  it('finds words in order, across punctuation and case differences', () => {
    expect(locateWords('Hi, Jane. OK', ['hi,', 'jane', 'ok'])).toEqual([
      [0, 3],
      [4, 8],
      [10, 12],
    ]);
  });

  it('finds a word without its punctuation when the text lacks it', () => {
    expect(locateWords('Jane Doe', ['Jane', 'Doe.'])).toEqual([
      [0, 4],
      [5, 8],
    ]);
  });

  it('refuses text that holds letters or digits no word accounts for', () => {
    expect(locateWords('Hi there Jane', ['Hi', 'Jane'])).toBeNull();
    expect(locateWords('Jane 42', ['Jane'])).toBeNull();
    expect(locateWords('Janet', ['Jane'])).toBeNull();
    // unless told the field has labels
    expect(locateWords('Speaker 0: Jane', ['Jane'], false)).toEqual([[11, 15]]);
  });
});

describe('redacting a text field', () => {
  const words = [
    { text: 'Call', edit: -1 },
    { text: 'Jane', edit: 0 },
    { text: 'Doe,', edit: 0 },
    { text: 'at', edit: -1 },
    { text: '(555)', edit: 1 },
    { text: '0142.', edit: 1 },
  ];

  // the ")" inside the phone number is part of the value; the edges "(" and "." stay
  it('replaces only the located range, keeping edge punctuation and other text byte for byte', () => {
    const r = redactText('Call  Jane   Doe, at (555) 0142.', words, R);
    expect(r).toMatchObject({ text: 'Call  [A], at ([B].', rebuilt: false });
  });

  it('rebuilds from words when the text disagrees, never keeping the original', () => {
    const r = redactText('Call Jane Doe at 555 0142 or later', words, R);
    expect(r.rebuilt).toBe(true);
    expect(r.text).toBe('Call [A], at ([B].');
  });

  it('leaves a field without edits untouched', () => {
    expect(redactText('anything at all', [{ text: 'x', edit: -1 }], R).text).toBe('anything at all');
  });

  it('maps character offsets through the replacements', () => {
    const r = redactText('Call Jane Doe, at (555) 0142.', words, R);
    expect(r.text).toBe('Call [A], at ([B].');
    expect(mapOffset(0, r.splices, 'start')).toBe(0);
    expect(mapOffset(5, r.splices, 'start')).toBe(5); // start of the name
    expect(mapOffset(13, r.splices, 'end')).toBe(8); // end of the name -> end of [A]
    expect(mapOffset(29, r.splices, 'end')).toBe(18); // end of text
  });
});

describe('scrubbing free text without word alignment', () => {
  const plan = {
    words: [
      { text: 'jane' },
      { text: 'doe' },
      { text: 'five' },
      { text: 'five' },
      { text: 'five' },
      { text: 'oh' },
      { text: 'one' },
      { text: 'double' },
      { text: 'four' },
    ],
    edits: [
      { startWord: 0, endWord: 2, replacement: '[NAME]' },
      { startWord: 2, endWord: 9, replacement: '[PHONE]' },
    ],
  };

  it('replaces the value, its distinctive words and its digits however written', () => {
    expect(scrubUnaligned('Jane Doe (JANE) asked to call 555-0144 or 555 01 44.', plan)).toBe(
      '[NAME] ([NAME]) asked to call [PHONE] or [PHONE].',
    );
  });

  it('leaves short function words and unrelated text alone', () => {
    expect(scrubUnaligned('The doe at the park ate at noon.', plan)).toBe(
      'The [NAME] at the park ate at noon.',
    );
  });
});
