/**
 * Raw ASR: a found family name that is also a word, said alone later (person-coref.ts): a name as
 * the subject of a finite verb or the object of a verb that acts on a person; the word itself
 * after a determiner or a pronoun, or before no verb. Formatted text: the capital marks it
 * (person.ts). Expected word ranges are exact, end exclusive; every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const ranges = (text: string): [number, number][] => spansOf('PERSON', text);

type Case = [string, [number, number][]];

describe('a family name referring back to a found person', () => {
  const cases: Case[] = [
    [
      'helga burns won the first round and later burns retired',
      [
        [0, 2],
        [8, 9],
      ],
    ],
    [
      'odile baker joined in june and baker now leads the team',
      [
        [0, 2],
        [6, 7],
      ],
    ],
    [
      'oliver marsh fought twice and marsh said no',
      [
        [0, 2],
        [5, 6],
      ],
    ],
    [
      'helga burns fought well and they thanked burns after the bout',
      [
        [0, 2],
        [7, 8],
      ],
    ],
    [
      'Helga Burns won the first round and later Burns retired.',
      [
        [0, 2],
        [8, 9],
      ],
    ],
    // the word, not the person
    ['odile wood called and the wood was damp', [[0, 2]]],
    ['helga burns came by and it burns quickly', [[0, 2]]],
    ['oliver marsh called about the marsh behind the house', [[0, 2]]],
    ['the fire burns and later burns out', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
