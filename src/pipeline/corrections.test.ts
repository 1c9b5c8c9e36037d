import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { parsePolicy } from '../policy.js';
import type { Candidate, Word } from '../types.js';
import { applyCorrections } from './corrections.js';

const words: Word[] = 'Thank you for calling Cobalt Air. my name is Dana Okafor, bye'
  .split(' ')
  .map((text, i) => ({ text, start: i, end: i + 0.5 }));
const person: Candidate = {
  type: 'PERSON',
  startWord: 8,
  endWord: 10,
  score: 0.9,
  detector: 'names',
  value: 'dana okafor',
};
const policy = parsePolicy({});

describe('applyCorrections', () => {
  it('adds a missed range as the chosen type with score 1 and the review detector', () => {
    const out = applyCorrections(
      [person],
      [{ action: 'add', type: 'ADDRESS', start_word: 4, end_word: 6 }],
      words,
      policy,
    );
    expect(out.map((e) => [e.type, e.startWord, e.endWord, e.detector])).toEqual([
      ['ADDRESS', 4, 6, 'review'],
      ['PERSON', 8, 10, 'names'],
    ]);
    expect(out[0]!.score).toBe(1);
    expect(out[0]!.value).toBe('cobalt air');
  });

  it('removes every detection overlapping a range, and a later correction can undo an earlier one', () => {
    expect(
      applyCorrections([person], [{ action: 'remove', start_word: 9, end_word: 10 }], words, policy),
    ).toEqual([]);
    const redone = applyCorrections(
      [person],
      [
        { action: 'add', type: 'PERSON', start_word: 4, end_word: 5 },
        { action: 'remove', start_word: 4, end_word: 5 },
      ],
      words,
      policy,
    );
    expect(redone).toEqual([person]);
  });

  it('replaces an overlapping detection when a range is re-typed', () => {
    const out = applyCorrections(
      [person],
      [{ action: 'add', type: 'EMAIL', start_word: 9, end_word: 11 }],
      words,
      policy,
    );
    expect(out.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['EMAIL', 9, 11]]);
  });

  it('refuses ranges outside the transcript and types the policy does not redact', () => {
    expect(() =>
      applyCorrections([], [{ action: 'remove', start_word: 11, end_word: 14 }], words, policy),
    ).toThrow(InputError);
    const noEmail = parsePolicy({ entities: { EMAIL: false } });
    expect(() =>
      applyCorrections([], [{ action: 'add', type: 'EMAIL', start_word: 1, end_word: 2 }], words, noEmail),
    ).toThrow(/does not redact EMAIL/);
  });
});
