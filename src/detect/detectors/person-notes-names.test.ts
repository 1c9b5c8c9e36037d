import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented Notes mailboxes; exact word ranges (end exclusive)
describe('names of Lotus Notes mailboxes (person-notes-names.ts)', () => {
  spanTable('PERSON', 'formatted text', [
    ['a name glued to its domain', 'Bo, Velko Marand@ZENTRO 01/02/2003 09:15 AM', [[1, 3]]],
    ['with organisational units', 'Regards, Velko Marand/HOU/ZEN@ZEN 01/02/2003', [[1, 3]]],
    ['a middle initial', 'Velko T Marand@ZENTRO on 01/02/2001', [[0, 3]]],
    ['an internet address is no Notes name', 'write to Marand@zentro.example.com today', []],
    ['a function word before the glued word', 'Meet the Crew@HQ tonight', []],
  ]);
});
