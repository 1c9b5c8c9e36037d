/**
 * Language names of the Middle East and Asia that no name list holds are nationality words
 * (lexicons/names/nationalities/en-regions.txt), never a person, run through analyze(). Word ranges
 * are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'a language name before "speaking" is no person', [
  ['raw ASR', 'the boundary between most of arabic speaking towns', []],
  ['a name beside it stays', 'the boundary between arabic speaking towns was drawn by dara quist', [[9, 11]]],
]);
