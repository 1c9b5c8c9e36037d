import { describe, expect, it } from 'vitest';
import type { RedactedWord } from './redacted-call.js';
import { renderText } from './text.js';

const words: RedactedWord[] = [
  { text: 'call' },
  { text: 'me,' },
  {
    text: '[PERSON_7F3K9QX2].',
    redaction: { type: 'PERSON', replacement: '[PERSON_7F3K9QX2]', operator: 'token', entity: 0 },
  },
  { text: 'at' },
  {
    text: '*******0142',
    redaction: { type: 'PHONE_NUMBER', replacement: '*******0142', operator: 'mask', entity: 1 },
  },
];

describe('renderText', () => {
  it('placeholder: one tag per type, punctuation kept', () => {
    expect(renderText(words, 'placeholder')).toBe('call me, <PERSON>. at <PHONE>');
  });
  it('token: the text as the redaction wrote it', () => {
    expect(renderText(words, 'token')).toBe('call me, [PERSON_7F3K9QX2]. at *******0142');
  });
});
