import { describe, expect, it } from 'vitest';
import type { Candidate } from '../types.js';
import { buildDetectionContext } from './analyze.js';
import { propagate } from './propagate.js';
import { sayWords } from '../../test/helpers/words.js';

const entity = (type: Candidate['type'], startWord: number, endWord: number, value: string): Candidate => ({
  type,
  startWord,
  endWord,
  value,
  score: 0.9,
  detector: 'test',
});

describe('propagate', () => {
  it('finds a number again in another shape (read-back)', () => {
    const words = sayWords('my member id is x k q four eight two | let me read that back X-K-Q-4-8-2 right');
    const ctx = buildDetectionContext(words);
    const out = propagate(ctx, [entity('ACCOUNT_NUMBER', 4, 10, 'xkq482')]);
    expect(out.map((c) => [c.startWord, c.endWord, c.type, c.detector])).toEqual([
      [4, 10, 'ACCOUNT_NUMBER', 'propagation'],
      [15, 16, 'ACCOUNT_NUMBER', 'propagation'],
    ]);
  });

  it('matches a phone with and without the country code', () => {
    const ctx = buildDetectionContext(
      sayWords('so 1-415-555-0132 and later four one five five five five oh one three two'),
    );
    const out = propagate(ctx, [entity('PHONE_NUMBER', 1, 2, '4155550132')]);
    expect(out.map((c) => [c.startWord, c.endWord])).toEqual([
      [1, 2],
      [4, 14],
    ]);
  });

  it('does not chase a lone area code into prices and street numbers', () => {
    const ctx = buildDetectionContext(sayWords('area code five four one | and i live at five four one elm'));
    expect(propagate(ctx, [entity('PHONE_NUMBER', 2, 5, '541')])).toEqual([]);
    expect(propagate(ctx, [entity('ACCOUNT_NUMBER', 2, 5, '541')]).length).toBe(2);
  });

  it('finds a name, its rare parts and its spelling, but not everyday-word parts', () => {
    const ctx = buildDetectionContext(
      sayWords('this is will okafor | thanks okafor can you spell it | o k a f o r | i will'),
    );
    const out = propagate(ctx, [entity('PERSON', 2, 4, 'will okafor')]);
    expect(out.map((c) => [c.startWord, c.endWord]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [2, 4],
      [3, 4],
      [5, 6],
      [10, 16],
    ]);
  });

  it.each([
    ['will', 'hi this is will how can i help i will send it today', 3],
    ['hope', 'my name is hope | i hope so | hope', 3],
    ['grace', 'this is grace | is there a grace period', 2],
  ])('does not repeat the one-word name "%s" that is an ordinary word', (value, line, at) => {
    const ctx = buildDetectionContext(sayWords(line));
    expect(propagate(ctx, [entity('PERSON', at, at + 1, value)])).toEqual([]);
  });

  it('repeats a rare first name of a particle name, not its particles', () => {
    const ctx = buildDetectionContext(
      sayWords('my name is annelies van der hoek | okay annelies | and der van is parked | hoek'),
    );
    const out = propagate(ctx, [entity('PERSON', 3, 7, 'annelies van der hoek')]);
    expect(out.map((c) => [c.startWord, c.endWord]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [3, 7],
      [3, 4],
      [6, 7],
      [8, 9],
      [14, 15],
    ]);
  });

  type RepeatCase = [string, string, number, number, string, [number, number][]];
  it.each<RepeatCase>([
    // label, text, the name's first and end word, its value, its repeats elsewhere
    [
      'a street type after it',
      'I spoke to Dana Harrison. She lives on Harrison Street.',
      3,
      5,
      'dana harrison',
      [],
    ],
    [
      'a street type after it (asr)',
      'i spoke to dana harrison she lives on harrison street',
      3,
      5,
      'dana harrison',
      [],
    ],
    ['a place head after it', 'Ann Lincoln spoke. We met at Lincoln Park.', 0, 2, 'ann lincoln', []],
    [
      'an organisation head after it',
      'Marco Ferlini founded it. Ferlini Design grew.',
      0,
      2,
      'marco ferlini',
      [],
    ],
    [
      'an ordinary word and an organisation head',
      'Ted Hollins came. Hollins High School opened.',
      0,
      2,
      'ted hollins',
      [],
    ],
    ['a street prefix before it', 'Rosa Garcia wrote from Calle Garcia in Madrid.', 0, 2, 'rosa garcia', []],
    // the person again
    ['a verb after it', 'Dana Harrison called. Harrison said yes.', 0, 2, 'dana harrison', [[3, 4]]],
    ['a verb after it (asr)', 'dana harrison called harrison drives home', 0, 2, 'dana harrison', [[3, 4]]],
    [
      'a company word that is no head',
      'Marco Ferlini founded it. Ferlini builds bikes.',
      0,
      2,
      'marco ferlini',
      [[4, 5]],
    ],
  ])('does not repeat a name inside a place name: %s', (_label, text, start, end, value, expected) => {
    const ctx = buildDetectionContext(sayWords(text));
    const out = propagate(ctx, [entity('PERSON', start, end, value)]);
    // repeats outside the name itself
    const repeats = out.filter((c) => c.startWord >= end || c.endWord <= start);
    expect(repeats.map((c): [number, number] => [c.startWord, c.endWord])).toEqual(expected);
  });

  it('does nothing without entities or without repeats', () => {
    const ctx = buildDetectionContext(sayWords('my cell is four one five five five five oh one three two'));
    expect(propagate(ctx, [])).toEqual([]);
    expect(propagate(ctx, [entity('PHONE_NUMBER', 3, 13, '2125550199')])).toEqual([]);
  });
});
