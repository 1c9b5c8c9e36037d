import { describe, expect, it } from 'vitest';
import type { EntityType } from '../types.js';
import { analyze } from './analyze.js';
import { sayWords } from '../../test/helpers/words.js';

/** [type, startWord, endWord] of every redacted span, in word order. */
const spans = (line: string): [EntityType, number, number][] =>
  analyze(sayWords(line))
    .map((c): [EntityType, number, number] => [c.type, c.startWord, c.endWord])
    .sort((a, b) => a[1] - b[1]);

/** Whole-call phenomena: detectors and call-level propagation together. */
describe('analyze: call-level phenomena', () => {
  const cases: [string, string, [EntityType, number, number][]][] = [
    // a one-word name that is an ordinary word is not chased into ordinary sentences
    [
      'word name is not propagated into its verb use',
      'hi this is will how can i help i will send it today',
      [['PERSON', 3, 4]],
    ],
    [
      'a modal at the turn end after its subject is no name',
      'hi this is will how can i help | can you send it | yes i will',
      [['PERSON', 3, 4]],
    ],
    [
      'word name recurs where it is addressed',
      'thanks for calling this is hope | hi hope i hope you can help | sure',
      [
        ['PERSON', 5, 6],
        ['PERSON', 7, 8],
      ],
    ],
    // agent self-introductions with a word name, followed by a question or an offer
    [
      'company, "this is", word name, a question',
      'larkspur clinic this is joy are you calling to schedule',
      [['PERSON', 4, 5]],
    ],
    [
      'pharmacy greeting, word name, a request',
      'bellfield pharmacy this is holly can i have the date of birth',
      [['PERSON', 4, 5]],
    ],
    [
      '"my name is" then an offer to help',
      'thanks for calling northgate my name is hope what can i do for you',
      [['PERSON', 7, 8]],
    ],
    [
      '"you\'ve reached" then an offer',
      "you've reached quillon support this is grace how may i help",
      [['PERSON', 6, 7]],
    ],
    ['"you\'ve reached" a word name', "you've reached hunter how can i help", [['PERSON', 2, 3]]],
    [
      'word name in the first turn before a new clause',
      'good morning tellway this is hunter i see you called earlier',
      [['PERSON', 5, 6]],
    ],
    // "uh oh" inside a spoken number: a filler and the digit zero
    [
      'filler "uh oh" inside a phone number',
      'my cell is six oh two five five five uh oh one three one',
      [['PHONE_NUMBER', 3, 14]],
    ],
    [
      'hyphenated "uh-oh" inside a phone number',
      'my cell is six oh two five five five uh-oh one three one',
      [['PHONE_NUMBER', 3, 13]],
    ],
    // the field named by the head noun, not where it is stored
    [
      'phone number on the order',
      "What's the phone number on the order? (405) 555-0196.",
      [['PHONE_NUMBER', 7, 9]],
    ],
    [
      'phone number on the booking',
      'what phone number is on the booking | four zero five five five five oh one nine six',
      [['PHONE_NUMBER', 7, 17]],
    ],
    [
      'contact number on the case',
      'and the contact number on the case | 4 0 5 5 5 5 0 1 9 6',
      [['PHONE_NUMBER', 7, 17]],
    ],
    // a particle name: the rare first name recurs alone, the particles do not
    [
      'particle surname, first name alone later',
      'my name is annelies van der berg | thanks annelies | and der is fine',
      [
        ['PERSON', 3, 7],
        ['PERSON', 8, 9],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, line, expected) => {
    expect(spans(line)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['a word name in an ordinary sentence later', 'i will send it and grace period ends in may'],
    ['"this is" before an ordinary phrase', 'so this is grace period coverage right'],
    ['the order number is a company reference', "What's the order number? 4055550196."],
    [
      'an order number asked directly',
      'can i get the order number | four zero five five five five oh one nine six',
    ],
    ['a case number read out', 'your case number is 4 0 5 5 5 5 0 1 9 6'],
  ];
  it.each(negatives)('nothing in: %s', (_name, line) => {
    expect(spans(line)).toEqual([]);
  });
});
