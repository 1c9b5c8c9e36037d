import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented signatories and firms; exact PERSON word ranges (end exclusive)
describe('signatories of signature blocks (person-signature-blocks.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a conformed signature before "Title:"', 'Kestrava Ltd. By: /s/ Tobin Marrat Title: Director', [[4, 6]]],
    [
      'the mark written as three words, a middle initial',
      'By: / s / Ada Q. Velbrandt Title: Manager',
      [[4, 7]],
    ],
    ['"Name:" up to "Title:"', 'Name: Ivo Orrelby Title: SVP', [[1, 3]]],
    ['"Its:" closes the slot', 'Name: Ivo Orrelby Its: Manager', [[1, 3]]],
    ['a comma before the label', 'Name: Ivo Orrelby, Title: Manager', [[1, 3]]],
    ['an office closes the slot after a signature mark', 'By: / s / Ada Q. Velbrandt President 12', [[4, 7]]],
    ['no closing label within four words: no slot', 'By: / s / the Kestrava board of directors', []],
    ['a lower-case word breaks the slot', 'Name: see below Title: Manager', []],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['"by s" before "title"', 'kestrava limited by s tobin marrat title director', [[4, 6]]],
    ['"name" before "title"', 'name tobin marrat title director', [[1, 3]]],
    ['an office after "by s"', 'by s tobin marrat president', [[2, 4]]],
    ['a function word breaks the slot', 'the name of the title was changed', []],
    [
      'a surname that is also a word, beside a listed given name',
      'by s elena marsh title president',
      [[2, 4]],
    ],
    ['"BY" and "ITS" spelled letter by letter', 'b y s karen lowe i t s v p', [[3, 5]]],
    ['a given name and a family name that are both words', 'name grant stone title director', [[1, 3]]],
    ['ordinary words alone are no name', 'by s the marsh title president', []],
    ['a bare "by" closed by "title"', 'velmont bank by robin wood title vice president', [[3, 5]]],
    ['a bare "by" before a firm is no slot', 'by harlow holdings its general partner', []],
    [
      'a name signed and printed under a bare mark',
      'consultant s rose baker rose baker',
      [
        [2, 4],
        [4, 6],
      ],
    ],
  ]);
  spanTable('PERSON', 'formatted text, printed names', [
    [
      'a name signed and printed under the mark',
      'CONSULTANT: /s/ Rose Baker Rose Baker',
      [
        [2, 4],
        [4, 6],
      ],
    ],
    ['"By:" closed by "Title:"', 'BANK: By: Robin Wood Title: Vice President', [[2, 4]]],
  ]);
});
