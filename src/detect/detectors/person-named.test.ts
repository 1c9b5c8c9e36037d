/**
 * Naming cues before a thing's name (person-named.ts): "a band named ...", "it was renamed ...".
 * Word ranges are exact, end exclusive; every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const persons = (text: string): [number, number][] =>
  analyze(sayWords(text))
    .filter((c) => c.type === 'PERSON')
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe('naming cues', () => {
  it.each<[string, string, [number, number][]]>([
    ['a band', 'A folk band named Velmora, from the coast, played.', []],
    ['a band (asr)', 'a folk band named velmora from the coast played', []],
    ['"it" is named (asr)', 'it was later named velmora by the council', []],
    ['a man named', 'She met a man named Zorvak Tellen there.', [[5, 7]]],
    ['a son was named', 'His son was named Oskar.', [[4, 5]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
