/**
 * Round 23 (addr23), forms found missing on addresses of many countries as one public data set
 * writes them (Shopify/worldwide example addresses, read in a scratch probe outside the repo): a
 * town between a house number and a postcode is no phone number said in pieces
 * (detectors/phone-gap-words.ts), nor Japan's "〒" postcode (phone.ts); a floor before a building's
 * name and an institution's name joined by "and" (detectors/address.ts buildingBefore); French,
 * Spanish and Portuguese floor ordinals ("4ème étage", "6.º andar", numbers.ts); raw ASR "b p" and
 * "villa b five" spelled with their numbers; "Marg" a street type (street-types/hi.txt) whose
 * street a name reading does not split (resolve.ts); a number word after a street's comma opens the
 * next line (street.ts numberAfter). Streets, towns and buildings are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a town between the house number and the postcode', [
  [
    'street name, number, town, postcode and town',
    'I live at Orvesta 360, Santiago, 8350493 Santiago, Santiago.',
    [[3, 9]],
  ],
  ['a building number after a road number', 'I live at Road 2904 Building 293, Manama 329.', [[3, 9]]],
  [
    'raw ASR: the town said between the numbers',
    'send it to orvesta three six oh santiago eight three five oh four nine three santiago please',
    [[3, 16]],
  ],
]);

spanTable('PHONE_NUMBER', 'phone numbers said in pieces still join', [
  [
    '"then" between the pieces',
    'area code four one five and then five five five oh one three two',
    [[2, 14]],
  ],
  ['a town is no piece of a number', 'I live at Orvesta 360, Santiago, 8350493 Santiago, Santiago.', []],
]);

spanTable('ADDRESS', 'floors and institutions before the street line', [
  [
    'an ordinal floor before a building',
    'I work at 5th Floor Kestrel Building, Ragati Road, Nairobi.',
    [[3, 10]],
  ],
  [
    'raw ASR: the floor said before the building',
    'i work at fifth floor kestrel building ragati road nairobi',
    [[3, 10]],
  ],
  [
    'an institution named with "and"',
    'I work at Ministry of Finance and Orvesta, Kestrel Drive, Tamsby.',
    [[3, 11]],
  ],
  ['a French floor ordinal', 'I live at 12ème Etage, 14 Rue Vesquin, Dakar.', [[3, 9]]],
  [
    'a Portuguese floor ordinal after the street',
    'I live at Rua do Orvalho 12, 6.º andar, Luanda.',
    [[3, 10]],
  ],
  ['a floor without an address', 'the meeting is on the 5th floor today', []],
]);

spanTable('ADDRESS', 'spelled boxes and units in raw ASR', [
  ['a French postal box spelled', 'write to b p six fifty five bangui thanks', [[2, 8]]],
  [
    'a villa letter and number before the street',
    'i live at villa b five avenue de la paix bamako',
    [[3, 11]],
  ],
  [
    'a flat letter before a postcode',
    'address ostre vesquin three three oppgang b oh eight seven oh stavhelle buskerud thank you',
    [[1, 13]],
  ],
]);

spanTable('ADDRESS', 'a number word after a street and its comma', [
  [
    'a number word after the street opening the next sentence',
    'we have 2649 Orvesta Road, Eight of us will come.',
    [[2, 5]],
  ],
]);

spanTable('ADDRESS', 'Indian roads and Japanese postcodes', [
  ['"Marg" without a house number', 'I live at Vesquin Marg, New Delhi.', [[3, 7]]],
  ['"Marg" as a given name', 'I called Marg yesterday about the car.', []],
  [
    '"〒" and the postcode before the prefecture (the Latin and the script line touch)',
    'I live at 〒100-0014, Tokyo 千代田区 永田町２丁目３−１.',
    [
      [3, 5],
      [5, 7],
    ],
  ],
]);
