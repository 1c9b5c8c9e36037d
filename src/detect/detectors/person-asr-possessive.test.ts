import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented calls; exact PERSON word ranges (end exclusive); raw ASR style only
describe("raw ASR possessive of a name before a person's noun (person-asr-possessive.ts)", () => {
  spanTable('PERSON', 'exact ranges', [
    ['before a life event', "we all went to ottilie's wedding in may", [[4, 5]]],
    ['before a funeral', "everyone came to ottilie's funeral", [[3, 4]]],
    ['before a noun of no person', "we all went to ottilie's place in may", []],
    ['a town before a noun', "i love paris's cafes", []],
  ]);
});
