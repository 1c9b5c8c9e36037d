/**
 * A found name that runs into the town of a contact line (person-town-tail.ts): the name ends
 * before a town whose country or region is written right after it. Word ranges exact, end
 * exclusive; names invented, towns and countries real.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('person detector: a town and its country after a name', () => {
  const cases: Case[] = [
    [
      'a town of several words, then its country',
      'Since 2021: Tavita Oyelaran Alcalá de Henares Spain What if we',
      [[2, 4]],
    ],
    ['raw ASR: the same', 'since then tavita oyelaran alcalá de henares spain what if we', [[2, 4]]],
    ['a town, then its country of two words', 'Contact: Qalani Brugghen Jaffna Sri Lanka today', [[1, 3]]],
    [
      'a town without a country after it stays in the chain',
      'Contact: Qalani Brugghen Jaffna today.',
      [[1, 4]],
    ],
    ['a town before a country it is not in', 'Contact: Qalani Brugghen Jaffna Portugal today.', [[1, 5]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
