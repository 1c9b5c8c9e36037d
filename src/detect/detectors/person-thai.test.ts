/**
 * Romanised Thai family names (lexicons/names/family-suffixes/thai.txt): long compounds that end in
 * an element such as -wong, -kul, -porn, -chai, -sombat, -prasert. An unknown word of that shape is
 * a family name alone, so a Thai name is found without a cue in both styles; English words with
 * the same endings ("orphan", "ping-pong", "acorn") are words of a list and stay unmarked.
 * Expected word ranges are exact, end exclusive; every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const ranges = (text: string): [number, number][] => spansOf('PERSON', text);

type Case = [string, [number, number][]];

describe('romanised Thai family names', () => {
  const cases: Case[] = [
    ['The council thanked Pornthip Sakdawongse for the plan.', [[3, 5]]],
    ['the council thanked pornthip sakdawongse for the plan', [[3, 5]]],
    ['Yesterday Anucha Meesombat called about the invoice.', [[1, 3]]],
    ['yesterday anucha meesombat called about the invoice', [[1, 3]]],
    ['critics praised chanida lertprasert for her second novel', [[2, 4]]],
    ['Please ask Warunee Thongsiri to call back.', [[2, 4]]],
    ['please ask warunee thongsiri to call back', [[2, 4]]],
    [
      'the winners were sompong inthawanich and yupa charoenkul',
      [
        [3, 5],
        [6, 8],
      ],
    ],
    ['Suriyawong will chair the session.', [[0, 1]]],
    ['please ask tanawut phetcharoenkul to call back', [[2, 4]]],
    // English words with the same endings are words, not names
    ['The orphan played ping-pong under the acorn tree.', []],
    ['the orphan played ping-pong under the acorn tree', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
