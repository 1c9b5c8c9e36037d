/**
 * Word shapes that are no person's name (person-shapes-veto.ts) and the heads of seas, clubs,
 * forces and papers (lexicons/names/context/place-heads), run through analyze(). Word ranges are
 * exact, end exclusive; every name, tag, body and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('an acronym in text written in case is no name', [
  ['after "said"', 'The talks stalled, said KVRA. Nobody else commented.', []],
  ['subject of "said"', 'Rates went up again, the ORBQ said in a statement.', []],
  ['after a title it stays', 'I met Dr. ABEL yesterday at the clinic.', [[3, 4]]],
  ['a full name in capitals stays', 'The winner is IVO BRANDT from the north.', [[3, 5]]],
]);

table('a hashtag alone that is a topic is no name', [
  ['lower-case tag', 'Great vote tonight. #voteon says it is over', []],
  ['a full name run together stays', 'Great to see my friend #IvoBrandt at the show', [[5, 6]]],
]);

table('raw ASR: everyday words run together are a tag', [
  ['two words', 'great vote tonight voteon says it is over', []],
  ['three words', 'the count goes on savethedunes said the mayor', []],
  ['a family name of two short words stays', 'i think farage is a great idea', [[2, 3]]],
]);

table('an agency or a wiki is no name', [
  ['a wiki that reports news', 'Interview: Wikinews interviews Dara Quill', [[3, 5]]],
]);

table('function words of another language leave the name', [
  ['a Spanish word after the name', 'Tengo a Dario Quesnel como amigo en la escuela', [[2, 4]]],
  ['a Spanish phrase', 'porque donde está vuestro tesoro allí', []],
  [
    'two names joined by a Dutch "en"',
    'Ivo Brandt en Ana Lenz gingen naar huis',
    [
      [0, 2],
      [3, 5],
    ],
  ],
  ['a name among Spanish words', 'Ayer vi a Maria Lopes con su hermano', [[3, 5]]],
  [
    'a function word that is a given name too',
    'Critics praised Hasta Brandt for the second novel.',
    [[2, 4]],
  ],
]);

table('heads of seas, clubs, forces and papers', [
  ['a sea', 'Whales were seen in the Marlena Sea last week.', []],
  ['a paper', 'The story ran in the Hollis Times on Sunday.', []],
  ['a police force', 'Officers from Dalton Police said the road was closed.', []],
  ['an airline', 'We flew Marlena Airways to the coast.', []],
  [
    'a possessive before a club is the player',
    'Be honest. Ivo Brandt’s Tamsby Rovers move is on hold',
    [[2, 4]],
  ],
]);

// family names that are also the head of a water, a paper or a club name are not in the heads list
table('a family name after a given name is no head', [
  ['a river', 'Harbour COO Frank Rivers is set to leave.', [[2, 4]]],
  [
    'a strait, an ocean and a post',
    'I met Ivo Strait, Dara Ocean and Lene Post yesterday.',
    [
      [2, 4],
      [4, 6],
      [7, 9],
    ],
  ],
]);
