/**
 * Lower-case words read as a name in text written in case (person-lower-veto.ts), run through
 * analyze(). Word ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'lower-case words that no name list backs are no name in cased text', [
  ['a Spanish clause', 'Great night with the team. luego de haber sufrido tanto, seguimos.', []],
  ['an adjective after "I am"', 'Honestly, I am skeptical. It will not work.', []],
  ['a foreign function word inside', 'So happy for us! victoria y líderes otra vez, vamos.', []],
  ['an article of another language', 'Ella dice que es como una paloma blanca, ok.', [[0, 1]]],
]);

spanTable('PERSON', 'lower-case names of the lists stay', [
  ['a given name', 'I am sooo tired today. Then I saw marlo on the bus and waved.', [[8, 9]]],
  ['a full name', 'Watching the match tonight with emma watson and friends, lol', [[5, 7]]],
  [
    'a family name after "and to"',
    'Big thanks to Mr. Quorbell for the help, and to kovacs too.',
    [
      [4, 5],
      [10, 11],
    ],
  ],
  ['after "my name is"', 'Nice to see you. My name is tavo and I like it.', [[7, 8]]],
]);

spanTable('PERSON', 'raw ASR: a lone English word on no name list is no name', [
  ['after "the current"', 'showers this afternoon the current temp is ten degrees', []],
  ['after "an active"', 'police said an active shooter had been seen near the gate', []],
  ['after "my name is" it stays', 'my name is temp and i work here', [[3, 4]]],
  ['a given name stays', 'i talked to marlo about it yesterday', [[3, 4]]],
]);
