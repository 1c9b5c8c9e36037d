import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented clauses; exact PERSON word ranges (end exclusive)
describe('defined terms without quotes in raw ASR (person-asr-defined-terms.ts)', () => {
  spanTable('PERSON', 'raw ASR', [
    [
      'a term after "hereinafter called" and its bare repeat',
      'orrelby holdings inc hereinafter called harlan agrees that harlan shall pay',
      [],
    ],
    [
      'a term after "hereinafter referred to as"',
      'orrelby holdings limited hereinafter referred to as tarrant agrees that tarrant shall pay',
      [],
    ],
    [
      'a person defined by the surname stays',
      'ada quist hereinafter called quist agrees that quist shall pay',
      [
        [0, 2],
        [4, 5],
        [7, 8],
      ],
    ],
  ]);
});
