/**
 * Raw-ASR PERSON candidates trimmed or dropped by their shape (person-asr-veto.ts), run through
 * analyze(). Word ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'raw ASR: words of no name list leave or drop a candidate', [
  ['letters without a vowel before a name', 'thanks xx marlo quist see you soon', [[2, 4]]],
  ['letters without a vowel after a name', 'big hug to marlo quist tbh you rock', [[3, 5]]],
  ['a tag run together before a name', 'later gazettenews marlo quist could run for the council', [[2, 4]]],
  [
    'a hashtag said "number" before a name',
    'watch live number townnews marlo quist says the vote is off',
    [[4, 6]],
  ],
  ['a clause with no given name', 'what a night partida equipazo camaradas', []],
]);

spanTable('PERSON', 'raw ASR: names with their degree or after a strong cue stay whole', [
  ['a degree after the name', 'dinner with marlo quist md tonight', [[2, 5]]],
  ['after "my name is"', 'my name is tbh quist', [[3, 5]]],
]);

spanTable('ADDRESS', 'raw ASR: a name-less run beside an address is left to the resolver', [
  [
    'a district word after a found address (Serbian "okrug")',
    'ship it to vresna three sprat three one oh two six six pirot jablanicki okrug before friday',
    [[3, 15]],
  ],
]);
