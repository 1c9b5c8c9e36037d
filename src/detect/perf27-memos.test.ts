/**
 * The shortcuts round 27 took for speed answer as the slower forms did: the address view handed to
 * the context copy the passes after detection read, and street prepositions looked up by first word.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from './analyze.js';
import { addressView, carryAddressView } from './address/view.js';
import { prepositionStreetAt } from './address/latin-prepositions.js';
import type { Candidate } from '../types.js';
import { sayWords } from '../../test/helpers/words.js';

const address: Candidate = {
  type: 'ADDRESS',
  startWord: 3,
  endWord: 6,
  score: 0.9,
  detector: 'address',
  value: '',
};

describe('carryAddressView', () => {
  const ctx = buildDetectionContext(sayWords('please send it to 12 Quill Lane, Tamsby.'));
  const built = addressView(ctx);

  it('hands the view over when an ADDRESS candidate exists, pointing at the copy', () => {
    const copy = { ...ctx };
    carryAddressView(ctx, copy, [address]);
    const carried = addressView(copy);
    expect(carried.ctx).toBe(copy);
    expect(carried.folded).toBe(built.folded);
    // the same answers a view built afresh for the copy gives
    const fresh = addressView({ ...ctx });
    expect([...carried.folded]).toEqual([...fresh.folded]);
    expect([...carried.cues]).toEqual([...fresh.cues]);
    expect([...carried.nextValue]).toEqual([...fresh.nextValue]);
    expect(carried.formatted).toBe(fresh.formatted);
  });

  it('leaves the copy without a view when nothing was read as an address', () => {
    const copy = { ...ctx };
    carryAddressView(ctx, copy, [{ ...address, type: 'PERSON' }]);
    expect(addressView(copy).folded).not.toBe(built.folded);
  });
});

describe('prepositionStreetAt (prepositions by first word)', () => {
  const cases: [string, number, [number, number] | null][] = [
    ['Ship to An der Kirche 2, Tamsby.', 2, [2, 6]],
    ['Ship to Am Quellenhang 4, Tamsby.', 2, [2, 5]],
    ['Ship to Lindgasse 21, Tamsby.', 2, null],
  ];
  it.each(cases)('%s at word %i', (line, i, expected) => {
    const v = addressView(buildDetectionContext(sayWords(line)));
    expect(prepositionStreetAt(v, i)).toEqual(expected);
  });
});
