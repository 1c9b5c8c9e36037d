/**
 * Round 22 (addrworld22), written addresses: Taiwan's English address order (lane, alley and road
 * section said before the road, units/zh-latn.txt; a unit's number ended by a comma before the road,
 * detectors/address.ts oneUnitBefore; the three-digit postcode after the city, tail.ts
 * ownShortPostcode); the Danish door side with dotted letters ("2 t.v.", units/da.txt); Turkish
 * form units "K: 2 D: 9" (units/tr.txt, numbers.ts) and the mark glued to a house number with its
 * flat ("No:14/5", numbers.ts, view.ts). Streets are invented; exact word spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'Taiwanese lanes, alleys, sections and postcodes', [
  [
    'alley, lane and section written out, the postcode last',
    'the office is at No. 7, Alley 3, Lane 12, Section 2, Orlanda Road, Da’an District, Taipei 106 thanks',
    [[4, 18]],
  ],
  [
    'abbreviated lane and section, the city and its postcode',
    'the office is at No. 15, Ln. 88, Sec. 3, Vesquin Rd., Zhongshan Dist., Taipei City 104 thanks',
    [[4, 17]],
  ],
  [
    'a section right after the house number',
    'my home is No. 21, Sec. 1, Orlanda Rd., Xinyi Dist., Taipei City 110 okay',
    [[3, 14]],
  ],
  ['a count after a city is no postcode', 'they counted Taipei 110 people', []],
]);

spanTable('ADDRESS', 'Danish door sides and Turkish form units', [
  ['Danish "2 t.v." and a district letter', 'he wrote Orlandavej 7, 2 t.v., 8000 Aarhus C okay', [[2, 9]]],
  ['"t.v." without an address', 'we watch 2 t.v. shows', []],
  [
    'Turkish floor and flat as "K:" and "D:"',
    'send to Kestrova Cad. No: 14 K: 2 D: 5 Kadıköy İstanbul please',
    [[2, 12]],
  ],
  [
    'Turkish "No:14/5" after an abbreviated type',
    'send to Kestrova Cad. No:14/5 Kadıköy / İstanbul please',
    [[2, 8]],
  ],
  ['"No.1" in a sentence', 'the song was No.1 in May', []],
]);
