/**
 * A speaker's label before a quotation or a first-person statement (person-colon-speakers.ts),
 * formatted text only. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text))).map((c): [number, number] => [c.startWord, c.endWord]);

describe('a speaker label with a colon', () => {
  it('takes two unlisted words before "I"', () => {
    expect(ranges('Debate record (8 May 2014): Virlesk Dhamoran: I did not realise that.')).toContainEqual([
      5, 7,
    ]);
  });
  it('takes them before an opening quotation mark', () => {
    expect(ranges('Latest: Wemarzo Nyolketh: "Under the new rules we wait."')).toContainEqual([1, 3]);
  });
  it('leaves a firm speaking for itself and a place alone', () => {
    expect(ranges('Quellin Vorstad: Our new range is out today.')).toEqual([]);
    expect(ranges('Orvelia Tamsbrek: The palace opens at nine.')).toEqual([]);
  });
});
