/**
 * Names no list holds in a slot only a person fills (person-slots.ts), both styles: the object of
 * a verb of business or correspondence, the object of a phrase such as "on behalf of", a
 * possessive before a person's record, a sentence addressed to someone, a letter's sign-off; with
 * a listed name word also the subject of a verb of business and the weaker slots. Negatives:
 * firms, places and things in the same slots. Expected word ranges are exact, end exclusive;
 * every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

type Case = [string, [number, number][]];

describe('names no list holds in a person slot', () => {
  const cases: Case[] = [
    // the object of a verb whose object is a person
    ['I messaged Zorvan Quillet the quote this morning.', [[2, 4]]],
    ['i messaged maria quillet the quote this morning', [[2, 4]]],
    ['i messaged zorvan quillet the quote this morning', []],
    ['We refunded Velkaro Dusimbe in full.', [[2, 4]]],
    ['we reimbursed tomas dusimbe for the taxi', [[2, 4]]],
    // after a phrase whose object is a person
    ['The parcel came on behalf of Zorvan Quillet.', [[6, 8]]],
    ['i am writing on behalf of zorvan quillet', [[6, 8]]],
    ['There is a note from Velkaro Dusimbe on your desk.', [[5, 7]]],
    ['she spoke with velkaro dusimbe yesterday', [[3, 5]]],
    ["you've reached velkaro dusimbe please leave a message", [[2, 4]]],
    // a particle inside the name
    ['We heard from Ilsaro van Quettel today.', [[3, 6]]],
    // a possessive before a person's record
    ["Zorvan Quillet's account is overdue.", [[0, 2]]],
    ["please update zorvan quillet's address", [[2, 4]]],
    // addressed: thanks, a greeting or an acknowledgement opening the sentence
    ['Thanks Zorvan Quillet, that helps.', [[1, 3]]],
    ['Sorry Velkaro, the line is bad.', [[1, 2]]],
    ['Welcome back, Dusimbe.', [[2, 3]]],
    ['thanks zorvan quillet that helps', [[1, 3]]],
    // a letter's sign-off closing the turn
    ['best zorvan quillet', [[1, 3]]],
    // with a listed name word: the subject of a verb of business, a weaker slot
    ['Maria Quillet approved the refund yesterday.', [[0, 2]]],
    [
      'The meeting between Maria Quillet and Tomas Dusimbe ran late.',
      [
        [3, 5],
        [6, 8],
      ],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spansOf('PERSON', text)).toEqual(expected);
  });

  const negatives: Case[] = [
    // firms, places and things in the same slots, without a listed name word
    ['Quorvex Dynamics approved the merger.', []],
    ['We visited Kvarnsjo Utvalla last summer.', []],
    ['we invoiced kvarnsjo utvalla for the repairs', []],
    ['The story of Quorvex Dynamics is told in the film.', []],
    ['a village called kvarnholt bruk', []],
    ['Great Quorvex, that helps.', []],
    ['Quorvex Dynamics from Oslo called.', []],
    // four words no list knows are not a name here
    ['thanks quorvex dynamo zelkin varbo that helps', []],
  ];
  it.each(negatives)('not a name: %s', (text, expected) => {
    expect(spansOf('PERSON', text)).toEqual(expected);
  });
});
