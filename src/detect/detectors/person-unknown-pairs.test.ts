import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { detectWords } from '../../commands/detect.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
describe('full names no list holds inside a formatted sentence (person-unknown-pairs.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['after a verb', 'In 1977 he defeated Wembulo Tarvicani in six rounds.', [[4, 6]]],
    ['after a role noun with a prefix', 'a 2006 interview with then-drummer Zelvaro Krustekki.', [[5, 7]]],
    [
      'pairs joined by "&" and commas',
      'hosts such as Qirsha Dunmavik & Oskenbay Rimuhalo, Tarvin Wolumbe and others',
      [
        [3, 5],
        [6, 8],
        [8, 10],
      ],
    ],
    ['a particle inside', 'she translated a novel by Mokuvan de Tezmorai from the French.', [[5, 8]]],
    ['a middle initial inside', 'the unit was led by Tsivuneo L. Zamyobek, until 1945.', [[5, 8]]],
    ['a lone name after a noun of kin and a comma', 'He has one daughter, Pivaneli, born in 2004.', [[4, 5]]],
    [
      'the family name found by its verb grows over the given name',
      'At the ceremony, Administrator Wemizo Wubozai announced the sites.',
      [[4, 6]],
    ],
    ['a sentence-initial run before an age', 'It rained. Raahvindu Bhebholu, 42, was hurt.', [[2, 4]]],
    [
      'a sentence-initial run before a role',
      'It rained. Slaskevo Brilvanu, editor at the paper, spoke.',
      [[2, 4]],
    ],
    [
      'a sentence-initial run before a life span with months first',
      'It rained. Golvabek Shentosai (March 9, 1841 - July 14, 1903) was a painter.',
      [[2, 4]],
    ],
    ['after a rank', 'He served under Colonel Maluvo S. Zinyozeko, in 1953.', [[4, 7]]],
    ['before "who" after a capital', "There's Tesmaru Velkoni, who runs the bakery.", [[1, 3]]],
    ['a lone name set off before "who"', 'There is of course Pavrinek, who is our editor.', [[4, 5]]],
    [
      'the speaker after a quotation',
      'It was worse," Ondrulek Pavrinek, editor at the paper, said.',
      [[3, 5]],
    ],
    [
      'an apposition closed by a comma, the sentence going on',
      'Co-founder of Brightlane, Ondrulek Pavrinek, personally met him.',
      [[3, 5]],
    ],
    [
      'a sentence-initial run before a role in capitals',
      'Ondrulek Pavrinek, Senior Administrator, spoke.',
      [[0, 2]],
    ],
    ['a sentence-initial run taken up by "he"', "Ondrulek Pavrinek, he's coming on board.", [[0, 2]]],
    [
      'an item of a list going on with an initial',
      'frequented by Tesmaru Velkoni, Kelmaru Dorvanek, P. Sulakva, and others.',
      [
        [2, 4],
        [4, 6],
        [6, 8],
      ],
    ],
    ['a regnal numeral after the name', 'The town was founded by Tesmaru Velkoni II in 1602.', [[5, 8]]],
    ['a bare "I" before a preposition', 'It was the court of Tesmaru Velkoni I, and his son.', [[5, 8]]],
    ['"I" the pronoun after a name stays out', 'We met Tesmaru Velkoni. I was glad.', [[2, 4]]],
    ['after "lost to"', 'In 1954 he lost to Tesmaru Velkoni (himself a member), and retired.', [[5, 7]]],
    [
      'a sentence-initial run before "born" and a year',
      'It rained. Tesmaru Velkoni born 1828, was a painter.',
      [[2, 4]],
    ],
    [
      'a sentence-initial run before an open life span',
      'It rained. Tesmaru Velkoni (1825 -) was a mayor.',
      [[2, 4]],
    ],
    ['"who" after a determiner: a group', 'The Tesmaru Velkoni, who play tonight, are great.', []],
    ['a lone word before "who are": a group', 'They met the band, Pavrinek, who are famous.', []],
    ['a clause word after the comma', 'They flew from Brightlane, Ondrulek Pavrinek, where it rained.', []],
    ['after verbs of selling: a product', 'They sold Kovrami Testelo last year.', []],
    ['after a determiner: a thing', 'We toured the Wembulo Tarvicani last spring.', []],
    ['after a preposition of place', 'They moved to Wembulo Tarvicani in 1990.', []],
    ['a run of capitals goes on', 'We joined Wembulo Tarvicani Holdings in 1990.', []],
    ['a sentence-initial run with no apposition', 'It rained. Wembulo Tarvicani lies north.', []],
    ['a work named after its title noun', 'Its original title is Szomoru Vasarnapi, a song.', []],
    [
      'a word the call writes before a place head',
      'Wembulo County merged with another, forming Wembulo-Tarvic Tervagan, in 1932.',
      [],
    ],
  ]);

  // raw ASR has no capitals for this module: since round 25 the raw-ASR passes take the pair from
  // the verb before it (person-asr-english-runs.ts), and still leave it after a determiner
  it.each([
    ['in nineteen seventy seven he defeated wembulo tarvicani in six rounds', [[6, 8]]],
    ['we toured the wembulo tarvicani last spring', []],
  ])('raw ASR (no capitals): %s', (text, expected) => {
    const words = text.split(' ').map((t, i) => ({ text: t, start: i, end: i + 0.5, speaker: 'A' }));
    const found = detectWords(words).filter((d) => d.type === 'PERSON');
    expect(found.map((d) => [d.start_word, d.end_word])).toEqual(expected);
  });
});
