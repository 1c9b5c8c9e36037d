/**
 * A name the call defines as a place ("X is a small town in ...") is no person anywhere in the
 * call; the same word before a noun that only looks like a place's kind ("a town planner") stays.
 * Word ranges exact, end exclusive.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoDefinedPlaces', [
  ['a town defined, then named again', 'Marlow is a small town in Kent. The bridge at Marlow is old.', []],
  ['an area defined (asr)', 'marlow is in the county of kent and the bridge at marlow is old', []],
  ['an island defined', 'Quistholm is the largest island of the group. Ferries reach Quistholm daily.', []],
  ['a job that opens with a place noun stays', 'Marlow is a town planner in Leeds.', [[0, 1]]],
  ['a visitor to a town stays', 'Marlow is a regular visitor to the town.', [[0, 1]]],
  ['a person described otherwise stays', 'Marlow is a friend of the family in Kent.', [[0, 1]]],
  ['a longer name holding the place stays', 'Marlow is a town in Kent. Ivo Marlow lives there.', [[6, 8]]],
]);
