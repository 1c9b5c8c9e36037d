/**
 * Names in text written in case:
 * - a given name, then a capitalised word that is an English word or no list's name ("Marcus
 *   Plover"): a full name, where the word closes the phrase and is no place, organisation or calendar
 *   word;
 * - a possessive split before its clitic ("Plover' s") reads as one possessive word;
 * - lower-case surname particles after a title start the surname ("Madame de Vireval");
 * - a lower-case kin noun after a name is the family, not a firm ("the Kowalczyk brothers").
 * Names are invented; exact word ranges, end exclusive.
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

describe('a given name and a capitalised word', () => {
  const cases: Case[] = [
    [
      'an English word as the surname, before a comma',
      'They toured with Marcus Plover, and then rested.',
      [[3, 5]],
    ],
    ['closing the sentence', 'The last song was by Harriet Lantern.', [[5, 7]]],
    ['a possessive surname', "Later Oliver Kettle's phone rang twice.", [[1, 3]]],
    ['a function word after the surname', 'She met Harriet Lantern in the hall.', [[2, 4]]],
    ['a street after a given name', 'He lives on Julian Street now.', []],
    ['a title-case phrase goes on', 'We joined Harriet Lantern Fan Club yesterday.', []],
    ['after an article', 'We sailed on the Harriet Lantern last May.', []],
    ['a nationality after the given name', 'They met Marcus German friends.', [[2, 3]]],
    ['a month after the given name', 'They met Marcus June and left.', [[2, 3]]],
  ];
  // text split before a clitic: "Plover' s" is read as "Plover's"
  const split: Case[] = [
    ['a split possessive before an org head word', "We found Dorina' s electric bike.", [[2, 3]]],
    ['the joined possessive alike', "We found Dorina's electric bike.", [[2, 3]]],
    ['a split possessive of a full name', "I loved Marcus Plover' s last song.", [[2, 4]]],
    ['split contractions are no names', "It' s fine and that' s all.", []],
  ];
  it.each(split)('split possessive: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  // a title, surname particles and a capitalised surname
  const particles: Case[] = [
    ['a French title and a particle', 'The novel by Madame de Vireval was translated.', [[4, 6]]],
    ['an abbreviated title and a particle', 'The letter to Dr. van Talmberk arrived.', [[4, 6]]],
    ['an honorific and two particles', 'Please ask Mrs. van der Wielsma about it.', [[3, 6]]],
    ['a rank and a particle', 'It was signed by Colonel de Marvaux himself.', [[5, 7]]],
    ['a particle without a title', 'We drove along the road de Marvaux in the rain.', []],
    ['a lower-case word after the particle', 'He asked Madame de la maison to wait.', []],
    ['a religious name after a possessive', 'The school is Nuestra Señora de Valdoria.', []],
    ['raw ASR leaves it to the chain rules', 'the novel by madame de vireval was translated', []],
  ];
  it.each(particles)('particles: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  // "brothers" heads firms ("Varga Brothers") and names a family ("the Varga brothers")
  const kin: Case[] = [
    ['a family after an article', 'Have you seen the Kowalczyk brothers lately?', [[4, 5]]],
    [
      'a family recurring after a full name',
      'Marcus Brugghen wrote it. Later the Brugghen brothers left.',
      [
        [0, 2],
        [6, 7],
      ],
    ],
    ['a firm in title case', 'We ate at the Brugghen Brothers diner.', []],
    ['a firm in raw ASR', 'we ate at the brugghen brothers diner', []],
  ];
  it.each(kin)('kin nouns: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
