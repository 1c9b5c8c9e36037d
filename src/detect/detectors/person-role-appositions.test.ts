/**
 * A name set off by a comma before a description of the person or an age
 * (person-role-appositions.ts), formatted text only. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text))).map((c): [number, number] => [c.startWord, c.endWord]);

describe('a name before a role apposition', () => {
  it('takes two unlisted words before "chair of"', () => {
    expect(ranges('That is settled. Tovrinka Galesmo, chair of the press gallery, spoke.')).toContainEqual([
      3, 5,
    ]);
  });
  it('takes a particle inside the name', () => {
    expect(ranges('the decision. Slavrek De Brelvina, undersecretary to the minister, said')).toContainEqual([
      2, 5,
    ]);
  });
  it('takes a lone unlisted word before an age', () => {
    expect(ranges('He met Orvelanko, 34, a teacher.')).toContainEqual([2, 3]);
  });
  it('leaves a place or a firm described by other nouns alone', () => {
    expect(ranges('We drove to Tamsbrek Vorlund, the capital of the province.')).toEqual([]);
    expect(ranges('Quellin Vorstad, a firm owned by investors, grew.')).toEqual([]);
  });
});
