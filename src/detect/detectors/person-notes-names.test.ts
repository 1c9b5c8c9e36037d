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
  spanTable('PERSON', 'raw ASR', [
    [
      'a found name, "at", the domain, then the date',
      'get the details robert quistel at zentro okay oh eight sixteen two thousand',
      [[3, 7]],
    ],
    [
      'one more word of the firm and "on" before the date',
      'please come traci orvel at zentro communications on zero eight sixteen',
      [[2, 6]],
    ],
    ['the date in the next turn', 'robert quistel at zentro | oh eight fifteen two thousand', [[0, 4]]],
    ['no date after it', 'i will see maria lopez at home on monday', [[3, 5]]],
  ]);
});
