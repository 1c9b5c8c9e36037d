import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented addressees, firms and streets; exact PERSON word ranges (end exclusive)
describe('addressee lines of address blocks (person-address-lines.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'lost line breaks: addressee, firm, street line',
      'Please write to ??? Velkor Amundai??? Quorbit Ltd.??? 12 Fendale Road??? Springfield',
      [[4, 6]],
    ],
    [
      'quoted mail lines: addressee, firm, a second addressee',
      'See you soon. > > Tesmira Obrani > Quorbit Holdings > Zembaro Dukteli > 48 Marrow Lane',
      [
        [5, 7],
        [11, 13],
      ],
    ],
    [
      'a courtesy title and one name',
      'Thanks. ??? Dr. Dukteli??? Quorbit??? 48 Marrow Lane??? Fendale',
      [[2, 4]],
    ],
    [
      'after a label, run into the street line',
      'Billing address: Velkor Amundai 12 Fendale Road Springfield',
      [[2, 4]],
    ],
    ['a firm line alone is no name', 'Write to ??? Quorbit Holdings??? 12 Fendale Road??? Springfield', []],
    ['one unknown word is as often a firm', 'Write to ??? Quorbit??? 12 Fendale Road??? Springfield', []],
    [
      'a word glued from English words is a firm',
      'Write to ??? Rainkettle Quorbit??? 12 Fendale Road??? Springfield',
      [],
    ],
    [
      'no label or sentence end before the words',
      'shipped from Vexmoor Tarnwell 12 Fendale Road Springfield',
      [],
    ],
    ['a firm after a label', 'Billing address: Quorbit Holdings 12 Fendale Road Springfield', []],
  ]);
  spanTable('PERSON', 'raw ASR: the addressee read before the street line', [
    ['two name words', 'billing address velkor amundai two seventy seven fendale road', [[2, 4]]],
    ['with an initial', 'postal address velkor m amundai twelve fendale road', [[2, 5]]],
    ['English words are no addressee', 'the address green park two seventy seven fendale road', []],
    ['an email address', 'my email address velkor amundai two seventy seven fendale road', []],
    ['a determiner: the street itself', 'here is her address vastra husby twenty six fendale road', []],
  ]);
});
