import { describe, expect, it } from 'vitest';
import type { Candidate } from '../types.js';
import { resolveOverlaps } from './resolve.js';

const c = (type: Candidate['type'], startWord: number, endWord: number, score: number): Candidate => ({
  type,
  startWord,
  endWord,
  score,
  detector: 'test',
  value: `${type}:${startWord}`,
});

describe('resolveOverlaps', () => {
  it('merges overlapping candidates into their union, typed by the strongest', () => {
    const out = resolveOverlaps([
      c('PHONE_NUMBER', 3, 13, 0.8),
      c('ACCOUNT_NUMBER', 5, 15, 0.9),
      c('PERSON', 14, 16, 0.5),
    ]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord, e.value])).toEqual([
      ['ACCOUNT_NUMBER', 3, 16, 'ACCOUNT_NUMBER:5'],
    ]);
  });

  it('keeps adjacent and separate candidates apart, in word order', () => {
    const out = resolveOverlaps([c('PERSON', 4, 5, 0.7), c('PERSON', 0, 2, 0.7), c('PERSON', 2, 4, 0.7)]);
    expect(out.map((e) => [e.startWord, e.endWord])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('never shrinks: a candidate inside another leaves the outer range', () => {
    const out = resolveOverlaps([c('ADDRESS', 0, 10, 0.6), c('PERSON', 2, 3, 0.9)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['PERSON', 0, 10]]);
  });

  it('keeps a birth date whole before an address that took its year: DATE_OF_BIRTH then ADDRESS', () => {
    const out = resolveOverlaps([c('DATE_OF_BIRTH', 31, 34, 0.9), c('ADDRESS', 33, 42, 0.9)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([
      ['DATE_OF_BIRTH', 31, 34],
      ['ADDRESS', 34, 42],
    ]);
  });

  it('still merges an address that ends inside a birth date', () => {
    const out = resolveOverlaps([c('ADDRESS', 20, 33, 0.8), c('DATE_OF_BIRTH', 31, 34, 0.9)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['DATE_OF_BIRTH', 20, 34]]);
  });

  it('splits a name that runs into the address after it: PERSON then ADDRESS', () => {
    const name: Candidate = { ...c('PERSON', 2, 5, 0.75), value: 'anna juhasz west' };
    const out = resolveOverlaps([name, c('ADDRESS', 4, 12, 0.7)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord, e.value])).toEqual([
      ['PERSON', 2, 4, 'anna juhasz'],
      ['ADDRESS', 4, 12, 'ADDRESS:4'],
    ]);
  });

  it('an address block that opens with the name starts after it', () => {
    const out = resolveOverlaps([c('PERSON', 2, 5, 0.75), c('ADDRESS', 2, 12, 0.7)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([
      ['PERSON', 2, 5],
      ['ADDRESS', 5, 12],
    ]);
  });

  it('a repeated copy of the split-off name stays with the name, not with the address', () => {
    const out = resolveOverlaps([
      c('PERSON', 2, 5, 0.85),
      c('ADDRESS', 2, 12, 0.7),
      c('ADDRESS', 2, 12, 0.7),
      c('PERSON', 2, 5, 0.85),
      c('PERSON', 3, 5, 0.85),
    ]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([
      ['PERSON', 2, 5],
      ['ADDRESS', 5, 12],
    ]);
  });

  it('an address that opens with a typeless street name keeps it: ADDRESS only', () => {
    const street = { ...c('ADDRESS', 2, 5, 0.75), reason: 'street-named' };
    const cases: [Candidate, [string, number, number][]][] = [
      [street, [['ADDRESS', 2, 5]]],
      // any other reason: a recipient line, the name stays a person's
      [
        { ...street, reason: 'street-cued' },
        [
          ['PERSON', 2, 3],
          ['ADDRESS', 3, 5],
        ],
      ],
    ];
    for (const [address, expected] of cases) {
      const out = resolveOverlaps([c('PERSON', 2, 3, 0.9), address]);
      expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual(expected);
    }
  });

  it('a name that is the whole address keeps the union', () => {
    const out = resolveOverlaps([c('PERSON', 2, 5, 0.75), c('ADDRESS', 2, 5, 0.7)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['PERSON', 2, 5]]);
  });

  it('an address before the name keeps the union', () => {
    const out = resolveOverlaps([c('ADDRESS', 0, 6, 0.7), c('PERSON', 4, 8, 0.75)]);
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['PERSON', 0, 8]]);
  });
});
