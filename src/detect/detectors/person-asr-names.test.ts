import { describe } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';

// invented names and calls; exact PERSON word ranges (end exclusive); raw ASR style only
describe('raw ASR names placed by a found name or a frame (person-asr-names.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['family name of name shape after a given name', 'last week shawn wrzosk sent the forms', [[2, 4]]],
    ['an English word after a given name stays out', 'last week shawn sent the forms', [[2, 3]]],
    ['a possessive ends the name', "we liked beatrice's fascinator a lot", [[2, 3]]],
    [
      'a given name the lists hold as an abbreviation',
      'please follow up with jan brezina next week',
      [[4, 6]],
    ],
    ['a degree after a given name and a word', 'the book by jonathan hollow dds came out', [[3, 6]]],
    ['a degree with a possessive after a full name', "we read odile brandt md's notes today", [[2, 5]]],
    ['a Dutch particle that is a number word', 'please call william ten pas in two weeks', [[2, 5]]],
    ['a number after the particle is no name', 'i owe william ten dollars today', [[2, 3]]],
    ['a name field before the next field', 'twenty four name crystal grant phone oh five five', [[3, 5]]],
    ['a name on card field with an initial', 'name on card tavita k bell billing postcode', [[3, 6]]],
    [
      'calls me',
      'my name is ilse but everyone calls me jan uh anyway',
      [
        [3, 4],
        [8, 9],
      ],
    ],
    ['call me back is no name', 'can you call me back tomorrow', []],
    ['addressed after who are you', "who are you marlinde i'm the neighbour", [[3, 4]]],
    ['addressed before who are you', 'so velkarno who are you', [[1, 2]]],
    ['greeting before the first clause', "hi zorvanek i'm calling about my bill", [[1, 2]]],
    ['an early work of an artist', 'nothing is better than early varnholt honestly', [[5, 6]]],
    [
      'a rare-word given name as subject of a verb said of people',
      'okay kelvin is from northwind now',
      [[1, 2]],
    ],
    ['a noun after an article is no subject', 'the christian said so', []],
    ['a word of the broad list only is no given name', 'the report sergeant says we wait', []],
    ['early and a month is a date', 'we moved there in early june', []],
  ]);
});
