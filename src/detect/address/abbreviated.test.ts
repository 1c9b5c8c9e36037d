/**
 * Raw ASR: an abbreviated prefix type spelled like an Arabic name link ("al" for "aleja") names a
 * street only after an address cue or before a known place (abbreviated.ts), run through analyze().
 * Word ranges are exact, end exclusive; every street and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'raw ASR: "al" and a number after a place name', [
  ['a count after a place named with "al"', 'near al zorvat one strike engaged a unit', []],
  ['after an address cue', 'my address is al zorvat twelve', [[3, 6]]],
  ['a known town after the number', 'the flat is on al zorvat forty four warsaw', [[4, 9]]],
  ['another abbreviation needs neither', 'send it to ul lipowa twelve', [[3, 6]]],
]);
