/**
 * The holder of an office written after the title and its portfolio (person-office-holders.ts),
 * formatted text only. Word ranges end exclusive; invented names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text))).map((c): [number, number] => [c.startWord, c.endWord]);

describe('an office holder after the title and its portfolio', () => {
  it('takes the name after "Secretary of State"', () => {
    expect(ranges('Deputy Secretary of State Mbarvo Tiselanko will travel to Paris.')).toContainEqual([4, 6]);
  });
  it('leaves a portfolio word the spelling lists hold out of the name', () => {
    const found = ranges('He said Secretary of Defense Orvalek Tumbrisk will host ministers.');
    expect(found).toContainEqual([5, 7]);
    expect(found.some(([s]) => s === 4)).toBe(false);
  });
  it('reads a portfolio of several words after "the"', () => {
    expect(ranges('Minister for the Middle East Velkoran Pastrevi comments on reports.')).toContainEqual([
      5, 7,
    ]);
  });
  it('takes a particle after the title into the name', () => {
    expect(ranges('talks held by the Special Envoy de Quastorel in Geneva')).toContainEqual([6, 8]);
  });
  it('leaves a place, a firm or a prize after the portfolio alone', () => {
    expect(ranges('He met the Minister of Culture Vorstad Prize winners.')).toEqual([]);
    expect(ranges('The Secretary of State Street Bank branch closed.')).toEqual([]);
    expect(ranges('Commissioner of Police Tamsby State said so.')).toEqual([]);
  });
});
