/**
 * A verb after a stop written as a word of its own has another subject: the word before the stop
 * is no name, nor are its recurrences. The same verb right after a name keeps it. Word ranges are
 * exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'dropCuesAcrossStops', [
  [
    'a tag before a lone stop and "says"',
    'Thanks all for coming. #Orvelvote . says the count went well. #Orvelvote',
    [],
  ],
  ['a word before a lone stop and "says"', 'Ends speech. Orvel . says she will fight on.', []],
  ['"says" right after the name', 'Marit Quell says the count went well.', [[0, 2]]],
  ['"says" after a name and a comma', 'Marit Quell, says the report, is due today.', [[0, 2]]],
]);
