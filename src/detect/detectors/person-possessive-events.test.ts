/**
 * A possessive name before an event of a person's life or a qualified relative
 * (person-possessive-events.ts), formatted text only. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text))).map((c): [number, number] => [c.startWord, c.endWord]);

describe('a possessive before a life event', () => {
  it('takes an unlisted name before "death"', () => {
    expect(ranges("After Grelvonti's death, the order changed.")).toContainEqual([1, 2]);
  });
  it('takes two unlisted words before a relative after an ordinal', () => {
    expect(ranges("It went to Pelvaro Quintask's second husband in 1790.")).toContainEqual([3, 5]);
  });
  it('leaves a place before "death toll" and a brand alone', () => {
    expect(ranges("Tamsburek's death toll rose to forty.")).toEqual([]);
    expect(ranges("Apple's successor to the phone is here.")).toEqual([]);
  });
  it('leaves a possessive after an article alone', () => {
    expect(ranges("the Orvelan's successor model sold well")).toEqual([]);
  });
});
