import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented sentences; exact PERSON word ranges (end exclusive)
describe('round 27 person precision rules', () => {
  spanTable('PERSON', 'terms defined by "means" in raw ASR (person-asr-means-terms.ts)', [
    [
      'a term opening the sentence and its repeat',
      'tavish shall mean tavish holdings inc | tavish shall pay the fee',
      [],
    ],
    ['a term after "the term"', 'the term velkor means velkor network systems llc', []],
    ['ordinary speech stays', 'ada quist means well | she said so', [[0, 2]]],
  ]);
  spanTable('PERSON', "a firm's short name after its legal form (person-firm-short-names.ts)", [
    [
      'raw ASR: the short name and its repeats',
      'the guarantor is walter orvel industries inc walter and walter shall pay',
      [],
    ],
    [
      'written without quotes',
      'The guarantor is Walter Orvel Industries Inc Walter and Walter shall pay.',
      [],
    ],
    ['a signer after the firm stays', 'Orvel Industries Inc. By: Ada Quist, President', [[4, 6]]],
  ]);
  spanTable('PERSON', 'groups and operations named after a head (person-name-heads.ts)', [
    ['an Arabic group', 'Liwa Abu Tamsin al-Orvel was formed in 2012.', []],
    ['raw ASR group', 'saraya al velkor deployed to the city', []],
    ['an operation', 'Operation Velkor Shield is the contribution.', []],
    ['a lower-case exercise in written text stays', 'The exercise Ada Quist set was hard.', [[2, 4]]],
  ]);
  spanTable('PERSON', 'a place after an opening preposition (person-opening-places.ts)', [
    ['written', 'Near Abu Tamsin, one strike destroyed a vehicle.', []],
    ['raw ASR', 'near abu tamsin one strike destroyed a vehicle', []],
    ['a possessive stays', "Near Ada Quist's house, a strike hit.", [[1, 3]]],
  ]);
  spanTable('PERSON', 'acronyms of finance said as words (non-person-proper/finance.txt)', [
    ['a rate in raw ASR', 'the loans bear interest at libor plus the margin', []],
    ['a rate written in capitals', 'Interest shall accrue at LIBOR plus 2%.', []],
  ]);
});
