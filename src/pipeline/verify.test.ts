import { describe, expect, it } from 'vitest';
import { VerificationError } from '../errors.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import type { Entity } from '../types.js';
import { verifyRedactedTranscript } from './verify.js';

const doc = (texts: string[]): string =>
  JSON.stringify({ words: texts.map((text, i) => ({ text, start: i, end: i + 0.5 })) });

const original = parseTranscript(doc(['my', 'number', 'is', '(415)', '555-0142', 'bye', 'maria']), {
  source: 'test',
});

const phone: Entity = {
  type: 'PHONE_NUMBER',
  startWord: 3,
  endWord: 5,
  score: 0.9,
  detector: 'phone',
  value: '4155550142',
};
const person: Entity = {
  type: 'PERSON',
  startWord: 6,
  endWord: 7,
  score: 0.9,
  detector: 'person',
  value: 'maria',
};

describe('verifyRedactedTranscript', () => {
  it('accepts an output without the detected values', () => {
    const written = doc(['my', 'number', 'is', '[PHONE_NUMBER]', 'bye', '[PERSON]']);
    expect(() => verifyRedactedTranscript(written, original, [phone, person])).not.toThrow();
  });

  it.each([
    ['the written number', ['my', 'number', 'is', '(415)', '555-0142', 'bye', '[PERSON]']],
    [
      'the spoken number',
      ['four', 'one', 'five', 'five', 'five', 'five', 'oh', 'one', 'four', 'two', '[PERSON]'],
    ],
    ['the name, in another case', ['my', 'number', 'is', '[PHONE_NUMBER]', 'bye', 'Maria.']],
  ])('refuses an output that still holds %s, naming only the entity index and type', (_name, texts) => {
    const attempt = () => verifyRedactedTranscript(doc(texts), original, [phone, person]);
    expect(attempt).toThrow(VerificationError);
    expect(attempt).toThrow(/entity #\d \((PHONE_NUMBER|PERSON)\)$/);
    try {
      attempt();
    } catch (err) {
      expect(String((err as Error).message)).not.toMatch(/maria|0142/i);
    }
  });

  it('refuses an output that does not parse in its own format', () => {
    expect(() => verifyRedactedTranscript('{"words": [', original, [phone])).toThrow(/does not parse/);
  });

  it('does not take a last-four inside a longer unrelated number for a leak', () => {
    const lastFour: Entity = { ...phone, type: 'US_SSN', value: '6789' };
    const written = doc(['order', '1267894', 'and', '[US_SSN]']);
    expect(() => verifyRedactedTranscript(written, original, [lastFour])).not.toThrow();
  });
});
