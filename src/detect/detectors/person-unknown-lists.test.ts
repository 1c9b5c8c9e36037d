import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { gluedEnglish } from './person-unknown-lists.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('lists of names no list holds (person-unknown-lists.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'single given names',
      'They had four: Wembulo, Tarvica, Oskenbay and Rimuhali.',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [7, 8],
      ],
    ],
    [
      'full names',
      'Guests were Zelvaro Krustek, Wemba Tolvani and Qirsha Dunmavik.',
      [
        [2, 4],
        [4, 6],
        [7, 9],
      ],
    ],
    [
      'a short name that splits into two short English words by chance',
      'They had three: Wembulo, Tarbra and Rimuhali.',
      [
        [3, 4],
        [4, 5],
        [6, 7],
      ],
    ],
    ['two items are no list', 'We met Wembulo and Tarvica there.', []],
    ['plurals are groups', 'the Velkans, Tarvics, Osmuns and Rimuhals of the hills', []],
    ['firms glued from English words', 'Partners: Getraised, Starvault and Wembulo.', []],
    ['a firm named after its web address', 'Partners: Caresetcom, Tarvica and Wembulo.', []],
    ['a list inside a run of capitals', 'The Grand Wembulo, Tarvica and Oskenbay Trust', []],
  ]);
  spanTable('PERSON', 'a sentence written in lower case in a cased call', [
    [
      'one unlisted word an item',
      'Thanks. they had 4: wembulo, tarvica, oskenbay and rimuhali. Bye now.',
      [
        [4, 5],
        [5, 6],
        [6, 7],
        [8, 9],
      ],
    ],
    ['English words are no names', 'Thanks. they had 3: apples, pears and plums. Bye.', []],
    ['a word with no vowel is chat', 'Hi. we met wembulo, tarvica, brb and rimuhali. Bye.', []],
    ['a capitalised sentence keeps its own rule', 'They had 3: wembulo, tarvica and rimuhali.', []],
  ]);
});

describe('gluedEnglish', () => {
  it.each([
    ['getraised', true],
    ['bluewater', true],
    ['wembulo', false],
    ['tarvica', false],
  ])('%s -> %s', (word, expected) => {
    expect(gluedEnglish(word)).toBe(expected);
  });
});
