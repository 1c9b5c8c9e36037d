/**
 * Raw ASR: Arabic names said with their link "al" / "bin" (person-asr-link-names.ts). Word ranges
 * are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'addAsrLinkNames', [
  ['name words, "al" and a family name', 'i spoke to orvan tesmir al quzmani yesterday', [[3, 7]]],
  ['a given name, "bin" and a name', 'we met velkor bin tamsan at the office', [[2, 5]]],
  ['a feast is no name', 'we celebrate eid al fitran next week', []],
  ['a group is no name (the subject of "said" stays)', 'a member of jaysh al quzmani said so', [[5, 6]]],
  ['Spanish "al" in a Spanish sentence', 'fuimos valientes y fieles al estilo muy contento', []],
  ['after a determiner it names a thing', 'we visited the qurvan al tamsi yesterday', []],
]);
