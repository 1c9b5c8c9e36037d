import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and sentences; exact PERSON word ranges (end exclusive)
spanTable('PERSON', 'the person spoken to in formatted text (person-cased-addressed.ts)', [
  ['after thanks, before a lower-case word', 'Thank you Velkor for the tip.', [[2, 3]]],
  ['after a greeting', 'hey Tesmira nice video', [[1, 2]]],
  ['a vocative set off after "me"', 'So now you tell me Orvalo, after all this work', [[5, 6]]],
  // negative cases
  ['not a run of capitals going on', 'Thanks Velkor Bank Group for it', []],
  ['not a brand after thanks', 'Thank you Netflix for nothing', []],
  ['not a vocative without its comma', 'They gave me Orvalo tablets yesterday', []],
]);
