/**
 * Vetoes on ADDRESS candidates that no address can be (address-misreads.ts): through analyze() in
 * both styles, with the addresses beside them that must stay found, and on hand-made candidates for
 * the word-and-state case. Word ranges are exact, end exclusive; every place and value is invented.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../types.js';
import { buildDetectionContext } from '../analyze.js';
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';
import { sayWords } from '../../../test/helpers/words.js';
import { vetoAddressMisreads } from './address-misreads.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('ADDRESS', title, cases);

table('a town and region where the text describes where a place lies', [
  ['located in', 'The Dunmore Art Museum is located in Tarnby, Vermont. It opened in 1931.', []],
  [
    'located in (asr)',
    'the pellow glass museum is located in rutland vermont it opened in nineteen twenty',
    [],
  ],
  ['the City of', 'He sat on the council for the City of Guelph, Ontario. Later he moved.', []],
  ['a person living there stays', 'Hi, I live in Tarnby, Vermont. Send it there.', [[4, 6]]],
  ['a person living there stays (asr)', 'i live in windsor vermont send it there', [[3, 5]]],
  [
    'a street and postcode beside "located in" stay',
    'Our office is at 41 Fenwick Road, located in Tarnby, Vermont 05401.',
    [
      [4, 7],
      [9, 12],
    ],
  ],
]);

table('prices, scores and tags', [
  ['a percent sign before a street word', 'Scores: 3 / 9 / 1 - 27. 27%) Final Ardent Dr K 5 Q 4', []],
  ['a hashtag and a price', 'New listing #sale 2019 Lorvan MSRP $20410 Grand Touring 2 LX', []],
  ['a postcode a colon closes', 'Daily question 4821: See if you won!', []],
  ['a real address stays', 'My address is 12 Ardent Dr, Tarnby, ND 58102.', [[3, 9]]],
]);

describe('a town and state whose town word is lower case in a cased text', () => {
  const candidate = (startWord: number, endWord: number): Candidate => ({
    type: 'ADDRESS',
    startWord,
    endWord,
    score: 0.8,
    detector: 'address',
    reason: 'city-state-zip',
    value: '',
  });
  it.each<[string, string, [number, number], boolean]>([
    ['a word before a state abbreviation', 'So glad and proud ND happy for you all.', [3, 5], false],
    ['a capitalised town stays', 'So glad to be in Fargo ND again, Ana.', [5, 7], true],
    ['raw ASR writes no capitals: stays', 'so glad to be in fargo nd again', [5, 7], true],
  ])('%s', (_label, text, [s, e], kept) => {
    const ctx = buildDetectionContext(sayWords(text));
    expect(vetoAddressMisreads(ctx, [candidate(s, e)]).length).toBe(kept ? 1 : 0);
  });
});
