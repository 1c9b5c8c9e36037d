import { describe, expect, it } from 'vitest';
import { nameBases } from './name-bases.js';

describe('nameBases', () => {
  it.each([
    { tokens: [], want: [] },
    { tokens: ['velmar’s', 'car'], want: ['velmar', 'car'] },
    { tokens: ['ask', "orlanda's", 'brother', 's', "'s"], want: ['ask', 'orlanda', 'brother', 's', ''] },
  ])('strips the possessives of $tokens', ({ tokens, want }) => {
    expect(nameBases(tokens)).toEqual(want);
  });

  it('builds the array once per tokens array (one per call), not per reader', () => {
    const tokens = ['tamsin’s', 'desk'];
    const first = nameBases(tokens);
    expect(nameBases(tokens)).toBe(first);
    // a copy of the tokens is another call: its own array, same contents
    const other = nameBases([...tokens]);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
  });
});
