import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names; exact PERSON word ranges (end exclusive)
describe('names their neighbours reveal (person-shaped.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    [
      'given name before a shaped family name',
      'Ucheka Okonchukwu here, calling about the invoice.',
      [[0, 2]],
    ],
    ['the same in raw ASR', 'ucheka okonchukwu here calling about the invoice', [[0, 2]]],
    ['Sinhala ending', 'Rani Anupamawardena wrote: see you there', [[0, 2]]],
    ['an English word before it is not taken', 'Bring Okonchukwu the forms.', [[1, 2]]],
    ['a phrase end stops it', 'Thanks. Okonchukwu here, about the invoice.', [[1, 2]]],
    ['and her family', 'I stayed with Kiku and her family for a week.', [[3, 4]]],
    ['and his wife, a name that is also a word', 'We met Nana and his wife at the station.', [[2, 3]]],
    ['a company has no wife', 'We met Apple and its partners.', []],
    ['lower case needs a listed name', 'i stayed with kiku and her family', []],
  ]);
});
