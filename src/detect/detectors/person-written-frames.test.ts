import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('names that written grammar places (person-written-frames.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a verb of naming and its object', 'In the end they named her Odilvea after a song.', [[6, 7]]],
    ['the same with a lower-case listed name', 'Back home, we named him randy Then we left.', [[5, 6]]],
    ['a lower-case word that is no name stays', 'Back home, we called him lazy Then we left.', []],
    ['an everyday word as a form of address', 'Just for a while, call me Lady.', []],
    ['what only a person has', 'The gender of Tormundo was argued about.', [[3, 4]]],
    ['the same in lower case', 'Nobody knows the gender of frederikke at all.', [[5, 6]]],
    ['a people, not a person', 'He read about the children of Quimbar at school.', []],
    ['a town after "of" alone', 'The widow of Watford teenager Ed spoke.', [[5, 6]]],
    ['an artist by period', 'Is there anything better than early Velbrandt? No.', [[6, 7]]],
    ['the same in lower case', 'Is there anything better than early velbrandt? No.', [[6, 7]]],
    ['early in a month stays', 'We moved house in early May. It rained.', []],
    ['an author whose name is a word', 'Unlike the Frost novel, it has no ghosts.', [[2, 3]]],
    ['an author with a particle', 'Unlike the van Daalen memoir, it is short.', [[2, 4]]],
    ['a style is no author', 'Unlike the Gothic novel, it has no ghosts.', []],
    ['a former member in lower case', 'This song by ex-wombat velbrandt is loud.', [[4, 5]]],
    [
      'a lower-case speaker glued to a quote',
      'Kira asked, Who are you? tracy:"hi there" she said.',
      [
        [0, 1],
        [5, 6],
      ],
    ],
    ['the speaker after a quotation', '"Not today," says Rosalind Vey in a new song.', [[3, 5]]],
    [
      'lower-case list items',
      'They had four: ivo, lena, crystal, omar and brandy. Then rain.',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [6, 7],
        [8, 9],
      ],
    ],
    [
      'a month in a list of names',
      'They had five: Jan, Ivo, Lena, Omar and Ruth.',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [6, 7],
        [8, 9],
      ],
    ],
    ['a list of things stays a list of things', 'We had bread, rice, honey and crystal in the kitchen.', []],
    [
      'a given name that is a word, as a subject',
      'Apt 4 Harlow Randy had given Ivo his keys.',
      [
        [3, 4],
        [6, 7],
      ],
    ],
    ['a month that is a given name, as a subject', 'Who is coming? Jan is from Orvex', [[3, 4]]],
    ['a verb of spending time', 'Call me later. Sue spent years working at Orvex Labs.', [[3, 4]]],
    ['a determiner before it', 'The Christian had given us hope.', []],
    [
      'a family name that heads places, with a possessive',
      "We sang lines from Brigitte Dam's Winter Songs.",
      [[4, 6]],
    ],
    ['a town before a possessive', "Delays hit Leeds Queen's Park today.", []],
    [
      'one unlisted word after a phrase whose object is a person',
      'Please follow up with Zorvanek about the bill.',
      [[4, 5]],
    ],
    ['a firm of two capitalised words stays', 'Please follow up with Orvex Labs about the bill.', []],
    ['a name closing a question after "are you"', 'Who are you Tsevelma? I asked.', [[3, 4]]],
    ['an everyday word closing the question', 'How are you today? Fine.', []],
    ['a title before the name is no name', 'Let me check with Dr. Quellan about it.', [[5, 6]]],
  ]);
});
