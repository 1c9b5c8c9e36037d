import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented notice clauses; exact PERSON word ranges (end exclusive)
describe("partners' surnames in a firm's name (person-firm-names.ts)", () => {
  spanTable('PERSON', 'formatted text', [
    ['a firm of two partners', 'With a copy to Harlan & Quist LLP, Attention: Tobin Marsh', [[9, 11]]],
    ['a firm of three partners', 'Copy to Orrelby, Quist and Varnell, P.C. at once.', []],
    [
      "a person's full name on the line before the firm's",
      'Attention: Tobin Marsh Harlan & Quist LLP',
      [[1, 3]],
    ],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['a spelled legal form', 'with a copy to harlan and quist l l p attention tobin marsh', [[11, 13]]],
    [
      'a given name and a surname joined to a partner',
      'with a copy to morgan lewis and quist llp attention tobin marsh',
      [[10, 12]],
    ],
    [
      'a partner named elsewhere does not spread into the firm',
      'sent to orrelby quist and varnell llp attention ada quist',
      [[8, 10]],
    ],
    [
      'people without a legal form stay',
      'ada quist and tobin marsh signed',
      [
        [0, 2],
        [3, 5],
      ],
    ],
  ]);
});

// invented firms: company forms and head words (round 25)
describe('company forms and firm heads (person-firm-names.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'partners joined before "Incorporated"',
      'Notes placed with Tarnell Vossberg, Quillan & Harrow Incorporated without consent.',
      [],
    ],
    [
      'a full name right before firm heads and a form',
      'Guaranteed by Stanley Harlan Partners, L.L.C. today.',
      [],
    ],
    [
      "a person's full name before a firm with heads stays",
      'Attention: Tobin Marsh, Orrelby Capital LLC',
      [[1, 3]],
    ],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'a spelled company form after partners',
      'placed with varnell quist and orrelby i n c without consent',
      [],
    ],
    ['a spelled "l p" after a head is no initials', 'guaranteed by orrelby capital l p and others', []],
    [
      'a full name right before a head and a spelled form',
      'guaranteed by stanley harlan partners l l c today',
      [],
    ],
    [
      'a name before a one-name company stays (contact line)',
      'thanks ada quist harrow ltd forty nine kestrel road',
      [[1, 3]],
    ],
  ]);
});
