import { expect } from 'vitest';
import type { Candidate } from '../../src/types.js';

/** Every entity's word range is whole, inside the call, sorted and not overlapping the one before. */
export function expectExactRanges(entities: readonly Candidate[], wordCount: number): void {
  let previousEnd = 0;
  for (const e of entities) {
    expect(Number.isInteger(e.startWord) && Number.isInteger(e.endWord)).toBe(true);
    expect(e.startWord).toBeGreaterThanOrEqual(previousEnd);
    expect(e.endWord).toBeGreaterThan(e.startWord);
    expect(e.endWord).toBeLessThanOrEqual(wordCount);
    previousEnd = e.endWord;
  }
}
