/**
 * A family name between "the" and a plural of siblings (person-sibling-names.ts), formatted text
 * only. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text))).map((c): [number, number] => [c.startWord, c.endWord]);

describe('a family name before a plural of siblings', () => {
  it('takes an unlisted family name before "brothers\'"', () => {
    expect(ranges("We watched the Trelgetto brothers' new movie.")).toContainEqual([3, 4]);
  });
  it('leaves a firm trading under the name and a town alone', () => {
    expect(ranges('He joined the Vorstad Brothers firm.')).toEqual([]);
    expect(ranges('We visited the Paris twins towers.')).toEqual([]);
  });
});
