/**
 * Company-name masks: raw ASR writes "co-written" as "co written", and that "co" is a prefix, not
 * the head of a company name. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { brandPhraseMask, coPrefix, orgPhraseMask } from './brands.js';

/** the words the caller calls ordinary: a company name starts after them */
const ORDINARY = new Set(['we', 'called', 'ask', 'the', 'club', 'she', 'a', 'novel', 'by']);

const masked = (line: string): number[] => {
  const tokens = line.split(' ');
  const mask = orgPhraseMask(tokens, tokens, (t) => ORDINARY.has(t));
  return [...mask.keys()].filter((k) => mask[k] === 1);
};

describe('orgPhraseMask and the "co" of co- words', () => {
  const cases: [string, string, number[]][] = [
    ['a company ending in co', 'we called brenvaski and co today', [2, 3]],
    ['co before "written"', 'a novel by dorian brenvaski co written by him', []],
    ['co before "founded"', 'the club she co founded with tamsin okuzawa', []],
    ['co before an ordinary word', 'ask varsenko co about it', [1]],
  ];
  it.each(cases)('%s: %s', (_label, line, expected) => {
    expect(masked(line)).toEqual(expected);
  });

  it('coPrefix reads the word after "co"', () => {
    expect(coPrefix(['co', 'written'], 0)).toBe(true);
    expect(coPrefix(['co', 'said'], 0)).toBe(false);
    expect(coPrefix(['co'], 0)).toBe(false);
  });
});

describe('brandPhraseMask: a brand written as a possessive with the clitic split off', () => {
  const cases: [string, string, number[]][] = [
    ['the clitic as its own token', "we ate at wendy 's", [3, 4]],
    ['raw ASR or web text without the apostrophe', 'we ate at mcdonald s today', [3, 4]],
    ['a name no brand carries', 'we ate at velkor s today', []],
  ];
  it.each(cases)('%s', (_label, line, expected) => {
    const tokens = line.split(' ').map((t) => (t === "'s" ? 's' : t));
    const mask = brandPhraseMask(tokens);
    expect([...mask.keys()].filter((k) => mask[k] === 1)).toEqual(expected);
  });
});
