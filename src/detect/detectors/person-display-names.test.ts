import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented mailboxes; exact word ranges (end exclusive)
describe('display names of mail addresses (person-display-names.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a quoted name before its address', 'Thanks. "Adela Quist" <aquist@example.com> 02/03/2004', [[1, 3]]],
    ['family name first', 'Bo, "Quist, Adela" <ada.quist@example.com> wrote:', [[1, 3]]],
    ['a cut address glued to the name', 'Email: "Adela Quist"<aquis...@example.com> Groups:', [[1, 2]]],
    ['a list whose words miss the local part', 'From: "Zentro Digest" <news@example.com>', []],
    ['a title opening with an article', 'Email: "The Velum Digest"<thevelum...@example.com>', []],
  ]);
});
