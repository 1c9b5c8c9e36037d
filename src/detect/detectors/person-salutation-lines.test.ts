import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive); "|" opens a new turn
describe("a mail's salutation line opening a turn (person-salutation-lines.ts)", () => {
  spanTable('PERSON', 'formatted text', [
    ['a listed name, then the body', 'Thanks for the link. | Malach, What you say makes sense.', [[4, 5]]],
    ['a free unlisted word', 'See you soon. | Velkorin, Please see the attached draft.', [[3, 4]]],
    ['an English word', 'See you soon. | Visit, Please see the attached draft.', []],
    ['an interjection', 'See you soon. | Lol, I did not.', []],
    ['a place before a country', 'See you soon. | Tamsby, England was lovely.', []],
    ['not opening the turn', 'See you soon. | In Velkorin, People are kind.', []],
    ['the body in lower case', 'See you soon. | Malach, see the draft.', []],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['no commas to mark it', 'see you soon | malach what you say makes sense', []],
  ]);
});
