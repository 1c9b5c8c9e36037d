import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { assignSplits, parseSplitRatios } from './splits.js';

const RATIOS = { train: 0.8, dev: 0.1, test: 0.1 };
const calls = Array.from({ length: 40 }, (_, i) => ({
  callId: `call-${String(i).padStart(2, '0')}`,
  tokens:
    i < 6
      ? ['[PHONE_NUMBER_7F3K9QX2]']
      : i < 9
        ? [`[PERSON_${String(i).padStart(8, 'A')}]`, '[EMAIL_00000000]']
        : [],
  seconds: 60,
}));

describe('assignSplits', () => {
  it('keeps calls that share a token in one split, and reaches the target shares', () => {
    const { byCall, groups, largestGroup } = assignSplits(calls, RATIOS, 1);
    expect(groups).toBe(40 - 5 - 2);
    expect(largestGroup).toBe(6);
    expect(new Set(calls.slice(0, 6).map((c) => byCall.get(c.callId))).size).toBe(1);
    expect(new Set(calls.slice(6, 9).map((c) => byCall.get(c.callId))).size).toBe(1);
    const count = (s: string) => [...byCall.values()].filter((v) => v === s).length;
    expect(count('train') + count('dev') + count('test')).toBe(40);
    // within one group's size of the target
    expect(Math.abs(count('train') - 32)).toBeLessThanOrEqual(6);
    expect(count('dev')).toBeGreaterThanOrEqual(2);
    expect(count('test')).toBeGreaterThanOrEqual(2);
  });

  it('is a function of the seed and the input, not of the input order', () => {
    const a = assignSplits(calls, RATIOS, 5).byCall;
    const b = assignSplits([...calls].reverse(), RATIOS, 5).byCall;
    expect(calls.map((c) => b.get(c.callId))).toEqual(calls.map((c) => a.get(c.callId)));
    const other = assignSplits(calls, RATIOS, 6).byCall;
    expect(calls.map((c) => other.get(c.callId))).not.toEqual(calls.map((c) => a.get(c.callId)));
  });

  it('never assigns to a split with share 0', () => {
    const { byCall } = assignSplits(calls, { train: 0.9, dev: 0, test: 0.1 }, 3);
    expect([...byCall.values()]).not.toContain('dev');
  });
});

describe('parseSplitRatios', () => {
  it('reads three shares that add up to 1', () => {
    expect(parseSplitRatios('0.7, 0.2,0.1')).toEqual({ train: 0.7, dev: 0.2, test: 0.1 });
  });
  it.each(['0.8,0.2', '0.5,0.5,0.5', '1,-0.5,0.5', 'a,b,c'])('refuses %s', (text) => {
    expect(() => parseSplitRatios(text)).toThrow(InputError);
  });
});
