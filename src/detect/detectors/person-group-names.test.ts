/**
 * A group's name that some name list holds as a given name, found by a weak cue
 * (person-group-names.ts), run through analyze(). Word ranges are exact, end exclusive; every name
 * and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'a group known by one name is no person, whatever weak cue found it', [
  ['raw ASR, a verb of saying after it', 'the minister said isil is a threat to the region', []],
  ['raw ASR, an object of a person verb', 'we will deny isil a safe haven in the valley', []],
  ['formatted, in capitals with a possessive', "The envoy said: ISIL's grip on the town is weak.", []],
  [
    'raw ASR, a place and the group, with the place said before',
    "the advance to isolate korvath and the liberation of korvath isil's self proclaimed capital",
    [],
  ],
  ['a naming cue keeps it', 'hello my name is isil and i am calling about my order', [[4, 5]]],
  [
    'a full name keeps it',
    'hello this is isil marsh calling and isil says thanks',
    [
      [3, 5],
      [7, 8],
    ],
  ],
]);
