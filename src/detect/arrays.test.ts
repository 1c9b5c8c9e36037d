import { describe, expect, it } from 'vitest';
import { mapPacked } from './arrays.js';

describe('mapPacked', () => {
  it.each([
    { xs: [], want: [] },
    { xs: ['Velmar,', 'said'], want: ['VELMAR,', 'SAID'] },
    { xs: ['a', 'b', 'c'], want: ['A', 'B', 'C'] },
  ])('maps $xs in order', ({ xs, want }) => {
    expect(mapPacked(xs, (x) => x.toUpperCase())).toEqual(want);
  });

  it('calls the function once per element with the element only', () => {
    const seen: unknown[][] = [];
    mapPacked([7, 8], (...args: unknown[]) => seen.push(args));
    expect(seen).toEqual([[7], [8]]);
  });
});
