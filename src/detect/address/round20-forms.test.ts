/**
 * Round 20 (addrexact20): a national postcode of seven to nine digits said after a place of its
 * country (national-postcode.ts), region names in a country's other official language and
 * hyphenated region names said apart (lexicons/address/regions/CA-local.txt, CH-local.txt,
 * places.ts), a recipient's name said before a prefix-type street (name-before-type.ts). Streets,
 * towns and people are invented; exact word spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a national postcode of seven to nine digits after a place of its country', [
  [
    "raw ASR: Brazil's eight-digit CEP after the state",
    'send it to rua velkara twelve porto alegre rio grande do sul nine oh one one oh three two four thanks',
    [[3, 20]],
  ],
  [
    'raw ASR: the same eight digits run on into a phone-length number: the address ends at the state',
    'send it to rua velkara twelve porto alegre rio grande do sul nine oh one one oh three two four five six thanks',
    [[3, 12]],
  ],
  [
    "raw ASR: eight digits after a German city, whose postcodes have five: not the address's",
    'send it to velkastrasse twelve berlin one two three four five six seven eight thanks',
    [[3, 6]],
  ],
  [
    "raw ASR: nine digits after a Brazilian state, no CEP's length: the address ends at the state",
    'send it to rua velkara twelve porto alegre rio grande do sul nine oh one one oh three two four five thanks',
    [[3, 12]],
  ],
]);

spanTable('ADDRESS', "a region named in its country's other language, or said apart where it is hyphenated", [
  [
    'raw ASR: a Swiss canton in French after the town',
    'i live at four six rue du port eighty one sixty eight olten argovie',
    [[3, 14]],
  ],
  [
    'raw ASR: a hyphenated canton said as two words',
    'i live at four six rue du port eighty one sixty eight olten basel landschaft',
    [[3, 15]],
  ],
  [
    'raw ASR: a Canadian province in French after the town',
    'i live at twelve rue tamsard suite four moncton nouveau brunswick',
    [[3, 11]],
  ],
  ['raw ASR: a canton named alone in a sentence', 'we went skiing in argovie last winter', []],
]);

spanTable('PERSON', "raw ASR: a recipient's name before a prefix-type street keeps to the name", [
  [
    'an Italian piazza after the name',
    'ship it to elena kovaru piazza tamsera eighty one three three oh eight borgo velka italia before friday',
    [[3, 5]],
  ],
  ['a name and "via" that is no street', 'call elena kovaru via email at twelve', [[1, 3]]],
]);

spanTable('ADDRESS', "raw ASR: the street after a recipient's name starts at its type", [
  [
    'an Italian piazza after the name',
    'ship it to elena kovaru piazza tamsera eighty one three three oh eight borgo velka italia before friday',
    [[5, 16]],
  ],
  [
    'the street alone after the name',
    'ship it to elena kovaru piazza tamsera eighty one before friday',
    [[5, 9]],
  ],
]);

spanTable('ADDRESS', "raw ASR: a Romance town's name goes on after a particle", [
  [
    'a town of a name, a particle and a word',
    'my address is twenty one rua velkara lote four tamsoeira do sul okay',
    [[3, 12]],
  ],
  ['no particle: the town alone', 'my address is twenty one rua velkara lote four tamsoeira okay', [[3, 10]]],
  [
    'a particle before English words is not read',
    'my address is twenty one rua velkara lote four tamsoeira do you know',
    [[3, 10]],
  ],
]);

spanTable('ADDRESS', 'raw ASR: a house number with its letter, then the floor said before its word', [
  [
    'digits, a letter, the floor and "hoog"',
    'my address is velkastraat three four eight b two hoog tamsdam okay',
    [[3, 11]],
  ],
  [
    'the same with a postcode with letters after the floor',
    'my address is velkastraat four two c two hoog two thousand sixty six a d tamsdam',
    [[3, 16]],
  ],
]);
