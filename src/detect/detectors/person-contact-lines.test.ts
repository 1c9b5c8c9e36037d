import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names, firms and streets; 555-01xx phones; exact PERSON word ranges (end exclusive)
describe('name lines of flattened contact cards (person-contact-lines.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'a name, a firm, then the street line',
      'We met last week. Velkor Amundai Quorbit Systems 12 Fendale Road Springfield',
      [[4, 6]],
    ],
    [
      'a name and a job before the profile labels and a phone',
      'Call me back. Tesmira Obrani night nurse Contact details: Tel 555-0134 E-mail: tes@example.com',
      [[3, 5]],
    ],
    [
      'a capitalised name after a lower-case word that introduces nothing',
      'Here are the details you requested Tesmira Obrani Accountant Phone: 555-0134',
      [[6, 8]],
    ],
    ['a firm line alone is no name', 'We met last week. Quorbit Holdings 12 Fendale Road Springfield', []],
    [
      'after a preposition the words are a firm or a place',
      'I sent it from Velkor Amundai Quorbit Systems 12 Fendale Road Springfield',
      [],
    ],
  ]);
  spanTable('PERSON', 'raw ASR', [
    [
      'after a phone and a discourse word',
      'the number is five five five zero one four two so velkor amundai quorbit systems twelve fendale road springfield',
      [[11, 13]],
    ],
    [
      'no line opens before the words',
      'i visited velkor amundai quorbit systems twelve fendale road springfield',
      [],
    ],
  ]);
});

describe('names in lower-case sentences of cased text (lower-sentences.ts, person-slots.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    [
      'a slot cue in a lower-case sentence',
      'It rained. follow up with velkor amundai in 2 months.',
      [[5, 7]],
    ],
    ['not when the sentence is written in case', 'It rained. Follow up with velkor amundai in 2 months.', []],
    ['English words stay', 'It rained. follow up with the team in 2 months.', []],
  ]);
});
