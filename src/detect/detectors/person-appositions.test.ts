/**
 * Organisations named in apposition after a noun that says what they are (person-appositions.ts)
 * and firms named by a coordination that takes a singular verb (person-veto.ts), run through
 * analyze() so that the call's repeats are vetoed too. Word ranges are exact, end exclusive; every
 * name and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('a name right after an organisation noun is the organisation', [
  ['a company in the possessive', "The station was run by the electrical company Brennan's until 1960.", []],
  [
    'a company in the possessive (asr)',
    "the station was run by the electrical company brennan's limited until nineteen sixty",
    [],
  ],
  ['a band', 'She joined the metal band Whitaker in 2001.', []],
  ['a label after a capitalised article', 'The label Brennan signed them in 1990.', []],
  [
    'a coordination of names',
    'the financial services company Whitaker, Brennan and Holt opened in Tarnby.',
    [],
  ],
]);

table('people after an organisation noun, or the noun closing a name, stay people', [
  // a given name, alone or before a family name, is the subject of a relative clause
  ['only a given name', 'Yes, the company Ivo founded is doing well.', [[3, 4]]],
  ['a given and a family name', 'Yes, the firm Ivo Whitaker runs is doing well.', [[3, 5]]],
  ['a given and a family name (asr)', 'the firm maria whitaker runs is doing well', [[2, 4]]],
  // the noun closes the firm's own name ("Tarnby Corporation"), a person follows it
  ['the noun closes a name', 'Tarnby Corporation Isabella Brennan, 58 Main Street', [[2, 4]]],
  ['the noun closes a name (asr)', 'tarnby corporation isabella brennan fifty eight main street', [[2, 4]]],
  // a comma or a clause between the noun and the name
  ['a new clause', 'I called the company and Holt answered.', [[5, 6]]],
  ['a comma', 'I called the company, Holt answered.', [[4, 5]]],
]);

table('a coordination that takes a singular verb names one firm', [
  ['three names and "is a"', 'Whitaker, Brennan and Holt is a small law firm in Tarnby.', []],
  ['three names and "is a" (asr)', 'whitaker brennan and holt is a small law firm in tarnby', []],
]);

table('a coordination that takes a plural verb, or "or", stays people', [
  // both are people: a listed name paired with a found one before "are" (person-plural-pairs.ts)
  [
    '"are"',
    'Whitaker and Holt are our lawyers in Tarnby.',
    [
      [0, 1],
      [2, 3],
    ],
  ],
  [
    '"are" (asr)',
    'whitaker and holt are our lawyers',
    [
      [0, 1],
      [2, 3],
    ],
  ],
  [
    '"or"',
    'Ivo or Ana is a good choice for the role.',
    [
      [0, 1],
      [2, 3],
    ],
  ],
]);
