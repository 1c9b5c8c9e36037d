/**
 * A typeless street line, its postcode and a town no list holds, without any address cue
 * (unlisted-town.ts, read as a postcode anchor in detectors/address.ts). Streets and towns are
 * invented; exact word spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a typeless street, its postcode and an unlisted town', [
  ['name and number, then postcode and town', 'he wrote Kestrova 12, 60311 Tovarre okay', [[2, 6]]],
  ['number first, the comma ends the street line', 'he wrote 27 Quillon, 28070 Tovarre okay', [[2, 6]]],
  [
    'a four-digit postcode after a label',
    'Location of the fault: Vesquin 12a, 1000 Kelmora Reported by phone',
    [[4, 8]],
  ],
  ['a town with a particle', 'she wrote Marvessa 9, 8660 Brastow am Lerne okay', [[2, 8]]],
  [
    'years are no house number and postcode',
    'the club hosted the 1987 Tarvencon, 1990 Belmicon, and a fair',
    [],
  ],
  ['an English word names no street', 'see Chapter 12, 2019 Edition okay', []],
  ['a count after the town', 'he wrote Kestrova 12, 60311 Tovarre 5 times', []],
]);
