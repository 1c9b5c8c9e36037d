/**
 * A town and its office holder's title before an office noun name the office, not a person; a
 * person whose family name is a title, and a title before no office noun, stay. Word ranges are
 * exact, end exclusive; all people are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoPlaceOffices', [
  ['a city and its sheriff', 'a detective for San Antonio Sheriff’s office was there', []],
  [
    'the office drops its later repeats too',
    "Tova Renbeck phoned San Antonio Sheriff's office and then the North San Antonio sheriff's station.",
    [[0, 2]],
  ],
  ['a city named by its prefix outside the candidate', "the San Diego Sheriff's office said no", []],
  ['a person whose family name is a title', "I spoke to Dana Sheriff's office manager", [[3, 5]]],
]);
