/**
 * Round 25 (addr25), address forms from how addresses are written worldwide (invented streets,
 * towns and numbers):
 * - country-first formats (OpenCage address-formatting templates: Belarus, China, Kazakhstan,
 *   Kyrgyzstan, South Korea, Taiwan, ...): the country written before the address and the house
 *   number that closes the street line after it (country-first.ts);
 * - a North American grid street named by its ordinal alone after a locative, as an address line
 *   writes it: the type abbreviated or a compass letter first (ordinal-street.ts);
 * - a floor written "12/F" (Hong Kong usage) read as a unit (latin-units.ts);
 * - a capitalised word that opens the next sentence ("Thank you", "Please ...") ends a street's name
 *   (line-closers.ts);
 * - a typeless street named like a person keeps the repeats of the name's single words
 *   (resolve.ts);
 * and negatives: numbers, times, money, product codes and people that are no address.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'country-first formats', [
  [
    'the country, postcode and town before the street, the house number last',
    'your new address is Belarus, 211440 Polotsk, Kestrel Street, 12 and your number is the same',
    [[4, 10]],
  ],
  [
    'China in English: postcode and country first',
    'My address is 100006 China, Beijing, Dongcheng District, Orlanda Street 16 thanks',
    [[3, 11]],
  ],
  [
    'written as a block without commas after a name',
    'Sincerely, Bo Lind Belarus 246050 Gomel Tarvel Lane, 14',
    [[3, 9]],
  ],
  [
    'a country that writes the house number first takes no number after the street',
    'The office is at Orlanda Street, Berlin, Germany, 12 people work there.',
    [[4, 8]],
  ],
]);

spanTable('ADDRESS', 'ordinal grid streets after a locative', [
  ['a compass letter and an abbreviated type', 'The accident happened at E 5th Ave around noon.', [[4, 7]]],
  ['an ordinal and an abbreviated type', 'Meet me at 42nd St after work.', [[3, 5]]],
  ['a compass letter and the type in full', 'The van is parked outside NW 23rd Avenue today.', [[5, 8]]],
  ['prose names the street in full', 'The shops along 10th Street are closed on Sunday.', []],
  ['a ranking is no street', 'She finished in 2nd place at the race.', []],
  ['a floor is no street', 'We live on the 3rd floor of the tower.', []],
]);

spanTable('ADDRESS', 'Hong Kong floors and sentence openers', [
  [
    '"12/F" between the flat and the building',
    'Address: Flat 5, 12/F, Kestrel Building, 88 Orlanda Road, Wan Chai, Hong Kong',
    [[1, 13]],
  ],
  [
    '"Thank you" after a prefix-typed street',
    'Of course. The new address is 58 Avenue Halden Thank you.',
    [[6, 9]],
  ],
  ['"Please" after a prefix-typed street', 'My address is 12 Rue Vesquin Please call me.', [[3, 6]]],
]);

spanTable('ADDRESS', 'a typeless street named like a person', [
  [
    'the name, the house number, the town and the country stay one address',
    "It's Norwen Pellar 171, Douala, Cameroon now.",
    [[1, 6]],
  ],
]);

spanTable('PERSON', 'a typeless street named like a person: no person', [
  ['the street took the name and its single words', "It's Norwen Pellar 171, Douala, Cameroon now.", []],
  ['a recipient before a prefix-typed street stays a person', 'Dara Quill, Calle Mayor 12, Madrid', [[0, 2]]],
]);

spanTable('ADDRESS', 'numbers, times, money, codes and people that are no address', [
  ['a street type word inside a name', 'I spoke with Professor Cres Vantory yesterday about the grant.', []],
  ['a time and a count', 'The meeting starts at 10 30 and 12 people will come.', []],
  ['money and a date', 'It cost 45 dollars on 3 May at the market.', []],
  ['a product code', 'Order number KX-4410-B shipped this morning.', []],
  ['raw ASR: a time and a price', 'see you at five thirty it costs twenty dollars', []],
  ['raw ASR: an ordinal and a type word in prose', 'we walked along tenth street for an hour', []],
]);
