import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented notice lines; exact PERSON word ranges (end exclusive)
describe("units' names before a unit head (person-unit-names.ts)", () => {
  spanTable('PERSON', 'formatted text', [
    ['a unit after "Attn:"', 'Oslo Attn: Claims Dept. Tel: 555-0100', []],
    ['a person after "Attn:" stays', 'Oslo Attn: Ada Quist Tel: 555-0100', [[2, 4]]],
  ]);
});
