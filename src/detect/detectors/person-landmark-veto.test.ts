/**
 * A landmark's head, a street with no name of its own, a club named by its town and a paper are
 * no people; a cue, an honorific, a list of names or a question keeps a person. Word ranges are
 * exact, end exclusive; all names are invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

type Case = [string, [number, number][]];

describe('vetoLandmarkNames', () => {
  const cases: Case[] = [
    // a lone landmark head after a capitalised word (here a repeat of a cue's find)
    ['The old plaza is also known as tamsby square. The fountain in Orvel Square is old.', []],
    // a lone street word
    ['The market is just west of Broadway. Walk along Broadway, then turn.', []],
    // a club by its town, with a plural verb or in a score line
    ['Honestly Chelsea are dreadful this season.', []],
    ['Final score: Chelsea 1 Tamsby 2 after extra time.', []],
    ['Ivo Brandt signed as Chelsea boss last May.', [[0, 2]]],
    // a list of names or a question keeps the person
    [
      'Marit & David are due in May.',
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['Chelsea are you coming tonight?', [[0, 1]]],
    ['Dr House said the scan was clear.', [[1, 2]]],
    // a paper's name, and its repeats; a given name before the head keeps the person
    ['GET UPDATES FROM Ivo Brandt – Huffington Post', [[3, 5]]],
    ['Marta Quell is covering sport for Orvel Arbor News daily.', [[0, 2]]],
    ['Lena Post called about the invoice.', [[0, 2]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
