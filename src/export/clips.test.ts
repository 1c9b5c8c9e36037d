import { describe, expect, it } from 'vitest';
import { searchMatches, selectRanges } from './clips.js';
import type { RedactedWord } from './redacted-call.js';

const t = (text: string, start: number, speaker = 'agent', redaction?: RedactedWord['redaction']) => ({
  text,
  start,
  end: start + 0.4,
  speaker,
  ...(redaction ? { redaction } : {}),
});
const words = [
  t('Thanks,', 0),
  t('Northwind', 0.5),
  t('speaking.', 1),
  t('my', 2, 'customer'),
  t('number', 2.5, 'customer'),
  t('is', 3, 'customer'),
  t('[PHONE_NUMBER_7F3K9QX2].', 3.5, 'customer', {
    type: 'PHONE_NUMBER',
    replacement: '[PHONE_NUMBER_7F3K9QX2]',
    operator: 'token',
    entity: 0,
  }),
];

describe('searchMatches', () => {
  it('matches consecutive words, ignoring case and edge punctuation', () => {
    expect(searchMatches(words, 'northwind SPEAKING')).toEqual([{ start: 0.5, end: 1.4 }]);
    expect(searchMatches(words, 'number is')).toEqual([{ start: 2.5, end: 3.4 }]);
    expect(searchMatches(words, 'northwind is')).toEqual([]);
  });
  it('finds a redaction by its type whatever the operator wrote', () => {
    expect(searchMatches(words, 'phone_number')).toEqual([{ start: 3.5, end: 3.9 }]);
  });
});

describe('selectRanges', () => {
  it('turns, ranges and search matches with context', () => {
    expect(
      selectRanges(words, {
        ranges: [{ start: 10, end: 12 }],
        turns: [1, 5],
        search: 'northwind',
        context: 2,
      }),
    ).toEqual([
      { start: 10, end: 12 },
      { start: 2, end: 3.9 },
      { start: -1.5, end: 2.9 },
    ]);
  });
});
