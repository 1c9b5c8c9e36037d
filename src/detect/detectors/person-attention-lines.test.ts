import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented addressees and firms; exact word ranges (end exclusive)
describe('addressees of attention lines (person-attention-lines.ts, address-attention-trim.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a given name and a surname that are words', 'Velmont Inc., Attention: Mark Hill, Treasurer', [[3, 5]]],
    ['"Attn." and an initial', 'Attn. Rose T. Baker', [[1, 4]]],
    [
      'the address before the line ends at the label',
      'Velmont Inc., 400 Harbor Drive, Tarrow, California 94101, Attention: Ada Quist, Chief Executive',
      [[9, 11]],
    ],
  ]);
  spanTable('ADDRESS', 'formatted text, the address', [
    [
      'the address before the line ends at the label',
      'Velmont Inc., 400 Harbor Drive, Tarrow, California 94101, Attention: Ada Quist, Chief Executive',
      [[2, 8]],
    ],
  ]);
  spanTable('PERSON', 'raw ASR', [
    ['a given name and a surname that are words', 'attention robin wood vice president', [[1, 3]]],
    ['a word no list holds as a surname', 'it is an attention deficit', []],
    ['an office after the label', 'attention chief accountant', []],
  ]);
});
