/**
 * Names the sentence says stand somewhere (person-cue-frames.ts, person-extend.ts): a family name
 * after a full-name cue, a family name after a lower-case particle, the items of a list of names, a
 * possessive before a person's records. Word ranges exact, end exclusive; names invented.
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

describe('person detector: frames that say a name stands there', () => {
  const cases: Case[] = [
    // a full-name cue: the word after the given name is its family name, even an everyday word
    ['self-introduction, family name also a word', 'My name is Ingrid Dam. Who is joining us?', [[3, 5]]],
    ['form label, family name also a word', 'Name: Ingrid Dam Phone: 555-0142', [[1, 3]]],
    ['raw ASR: self-introduction', "my name is ingrid dam who's joining us", [[3, 5]]],
    ['raw ASR: a verb after the given name goes on', 'my name is ingrid calling about my bill', [[3, 4]]],
    ['raw ASR: thanks after the given name', 'my name is ingrid thank you', [[3, 4]]],
    ['a label after the given name opens the next field', 'Name: Oluwaseun Phone: 555-0142', [[1, 2]]],
    ['no cue: an everyday word after a given name stays out', 'I met Ingrid Dam workers today.', [[2, 3]]],
    // a lower-case particle, then a capitalised word
    ['Dutch "ten"', 'Please ring Joost ten Pas next week.', [[2, 5]]],
    ['Dutch "ten" before a name found alone', 'Ask Maartje ten Hoven and me.', [[1, 4]]],
    ['a particle, then a lower-case word, stays out', 'Please ring Joost ten minutes later.', [[2, 3]]],
    // a list whose other items are names: every item of the same shape is a name
    [
      'a comma list closing with "and"',
      'She invited five: Mark, Hope, Priya, Rosa, Miguel and Ines.',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [6, 7],
        [7, 8],
        [9, 10],
      ],
    ],
    [
      'raw ASR: a run of names closing with "and"',
      'she invited five mark grace priya rosa miguel and ines',
      [
        [3, 4],
        [4, 8],
        [9, 10],
      ],
    ],
    ['a list of things stays out', 'We had bread, milk, eggs, tea and honey.', []],
    // formatted: a given name that is also a rare word opens a sentence before a person's verb
    ['a sentence opened by a given name before "is from"', 'Hello. Kelvin is from Northwind.', [[1, 2]]],
    ['before "said"', 'Fine. Randy said no.', [[1, 2]]],
    ['a lower-case unit word after a determiner stays out', 'This kelvin is from physics.', []],
    // a possessive before a person's records is their owner
    ['a possessive before an address', "I copied Velmorina's address: 14 Quarry Lane", [[2, 3]]],
    ['raw ASR: before an email', "i copied tazrik's email", [[2, 3]]],
    ["a firm's address stays out", "Here's the company's address: 12 Elm Road", []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
