/**
 * Rare listed given names in a person's place (person-positions.ts), both styles: the partner of a
 * found given or full name in a pair, the object of a verb that acts on a person, the word that
 * closes a greeting. Negatives: places and English words in the same places, a firm's family
 * names. Expected word ranges are exact, end exclusive; names are invented or list entries.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const ranges = (text: string): [number, number][] => spansOf('PERSON', text);

type Case = [string, [number, number][]];

describe('rare given names in a person place', () => {
  const cases: Case[] = [
    // after a role noun that a determiner, "fellow" or a nationality opens
    ['The plumber Zorvan Quillet fixed the sink.', [[2, 4]]],
    ['our neighbour zorvan quillet has a spare key', [[2, 4]]],
    ['The composer Zorvan Quillet wrote it.', [[2, 4]]],
    ['his fellow countryman zorvan scored twice', [[3, 4]]],
    ['the plumber fixed the sink and the driver said thanks', []],
    ['The lawyer Zorvan Butt will call you tomorrow.', [[2, 4]]],
    // before an apposition of an article, modifiers and a role noun
    ['Zorvan Quillet, a teacher from the north, won the prize.', [[0, 2]]],
    ['zorvan quillet a teacher from the north won the prize', [[0, 2]]],
    ['She later married Zorvan Quillet, a violinist.', [[3, 5]]],
    ['Odalric Brand, a retired civil engineer, spoke first.', [[0, 2]]],
    ['Zorvex, a logistics company, called twice.', []],
    ['she became a teacher in the north', []],
    // the partner of a found name
    [
      'We invited Maria and Jaeyoung to the party.',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'we invited maria and jaeyoung to the party',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'hello nunzia and jaeyoung the tickets are attached',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    // a given name that is also an English noun, only as the partner of a found given name
    [
      'why were olive and marta left out',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'nobody painted lily and tomas quillet',
      [
        [2, 3],
        [4, 6],
      ],
    ],
    [
      'Nobody painted Lily and Tomas Quillet.',
      [
        [2, 3],
        [4, 6],
      ],
    ],
    ['we bought bread and marta paid', [[4, 5]]],
    ['the olive and the lily grew', []],
    ['call olive tomorrow about the permit', []],
    // the object of a verb that acts on a person
    ['tell marlinde the car is ready', [[1, 2]]],
    ['did you call marlinde yesterday', [[3, 4]]],
    ['we congratulated nunzia on the new job', [[2, 3]]],
    // the word closing a phrase opened by thanks or a greeting
    ['thanks again for everything enoks', [[4, 5]]],
    ['happy birthday yiding', [[2, 3]]],
    // a place, an English word, a firm's family names
    ['call virginia tomorrow about the permit', []],
    ['we invited austin and paris to the gala', []],
    ['we invited maria and the demo team', [[2, 3]]],
    ['thanks again for everything', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('a pair closing a call', () => {
  // the call's last word was read past its end (a TypeError that failed the whole call)
  it('reads no word past the call', () => {
    expect(ranges('thanks nora, velka and ana lenz for the vid')).toEqual([
      [1, 2],
      [2, 3],
      [4, 6],
    ]);
  });
});
