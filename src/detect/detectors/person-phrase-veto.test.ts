/**
 * A person word inside a known name of a place, a firm or an event is no person; a name that
 * reaches past such a phrase, or a person beside it, stays. Word ranges exact, end exclusive;
 * people are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoNonPersonPhrases', [
  ['the second word of a city', 'Our flight to Tel Aviv left late.', []],
  ['the second word of a city (asr)', 'our flight to tel aviv left late', []],
  ['a firm named after its founders', 'Goldman Sachs raised its forecast.', []],
  [
    'two people joined by "and" stay',
    'Ben and Jerry came over.',
    [
      [0, 1],
      [2, 3],
    ],
  ],
  ['a building, a person beside it stays', 'The White House said Ivo Brandt resigned.', [[4, 6]]],
  ['an event holding a given name', 'The Summer Olympics opened and Summer Davis won.', [[5, 7]]],
  ['an event holding a given name (asr)', 'the summer olympics opened and summer davis won', [[5, 7]]],
]);
