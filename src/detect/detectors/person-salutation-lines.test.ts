import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive); "|" opens a new turn
describe("a mail's salutation line opening a turn (person-salutation-lines.ts)", () => {
  spanTable('PERSON', 'formatted text', [
    ['a listed name, then the body', 'Thanks again. | Ingrid, Here is the draft you wanted.', [[2, 3]]],
    ['a free unlisted word', 'See you soon. | Velkorin, Please see the attached draft.', [[3, 4]]],
    ['an English word', 'See you soon. | Visit, Please see the attached draft.', []],
    ['an interjection', 'See you soon. | Lol, I did not.', []],
    ['a place before a country', 'See you soon. | Tamsby, England was lovely.', []],
    ['not opening the turn', 'See you soon. | In Velkorin, People are kind.', []],
    ['the body in lower case', 'See you soon. | Velkorin, see the draft.', []],
  ]);
});
