/**
 * Round 20b (addrleft20): a Dutch or Belgian floor said after a house number with its letter
 * ("drie vier c twee hoog", "... twee e verdieping": "2e", the ordinal's suffix said as a letter),
 * then a postcode of digits (numbers.ts floorSaidLast); a US house number with the two letters of
 * "SE", "NW" said after it in raw ASR (street.ts leadingNumberEnd); a street type written before
 * the name and said as a word ("ul", Polish "ul.") whose name is a surname: the street's, no
 * person's (name-before-type.ts namesEndAtStreets); Portugal's artery types "Urbanização",
 * "Escadas", "Rotunda" (lexicons/address/street-types/pt.txt). Streets and towns are invented;
 * exact word spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a floor said after the house number and its letter, then a postcode', [
  [
    'raw ASR: Belgian "2e verdieping" after 912b, then a four-digit postcode and the town',
    'my address is klaverstraat nine one two b two e verdieping four three two one zoutleeuw okay',
    [[3, 16]],
  ],
  [
    'raw ASR: "1e verdieping" closing the line',
    'ship it to vinkenlaan three four c one e verdieping',
    [[3, 10]],
  ],
  [
    'raw ASR: Dutch "2 hoog" after 912b, then a four-digit postcode',
    'my address is klaverstraat nine one two b two hoog four three two one zoutleeuw okay',
    [[3, 15]],
  ],
  [
    'raw ASR: "e" after a number with no floor word is no ordinal: nothing is read',
    'call me at nine one two b two e we can talk',
    [],
  ],
]);

spanTable('ADDRESS', 'raw ASR: a US house number, then a two-letter direction said letter by letter', [
  [
    '"s e" between the number and the name, a spelled type and state after',
    'i live at one eight three one two s e velmont c t gresham o r',
    [[3, 16]],
  ],
  ['"n w" before a name and its type', 'i live at three fifty one n w velmont street tacoma w a', [[3, 13]]],
  ['"n e" with a unit after the type', 'i live at four two one n e velmont avenue apartment six', [[3, 12]]],
  [
    'the letters after the street stay as they were',
    'i live at four two one velmont street s e portland o r',
    [[3, 13]],
  ],
  ['no street after the letters: nothing', 'the code is four two one s e and then we hang up', []],
]);

spanTable('ADDRESS', 'raw ASR: a prefix street type said as a word, then a street named after a person', [
  [
    'Polish "ul" and a surname, the house number and town',
    'my address is ul nowak five one witkowo okay',
    [[3, 8]],
  ],
  [
    'after a recipient, with a flat "m"',
    'mira tolvanen ul szelag five one m three hundred witkowo okay',
    [[2, 10]],
  ],
]);

spanTable('PERSON', 'raw ASR: the surname of a street is no person; the same words with no address are', [
  ['the street is no person', 'my address is ul nowak five one witkowo okay', []],
  ['no house number after it: still a person', 'i spoke to ul nowak yesterday about it', [[3, 5]]],
]);

spanTable('ADDRESS', "Portugal's housing estates, stairs and roundabouts named like streets", [
  [
    'formatted: an estate, its number, postcode and town',
    'I live at Urbanização Velkada Cardoso 12, 4820-123 Fafe.',
    [[3, 9]],
  ],
  ['raw ASR: the same said', 'i live at urbanizacao velkada twelve fafe', [[3, 7]]],
  [
    'formatted: stairs and a house number',
    'Address: Escadas Velkado Lopes 9-1B, 4818-487 Tavira. Thank you.',
    [[1, 7]],
  ],
  ['a roundabout named in passing, no number: nothing', 'the rotunda was full of people', []],
]);
