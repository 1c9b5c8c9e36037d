/**
 * Round 21 (addrfmt21), written addresses: a postcode in its country's layout with a letter the
 * country leaves out of that position (postcode.ts looselyWrittenCountries, tail.ts); Ghana's digital
 * address with any region letters (postcode-forms.txt); Welsh street heads and the UK's Welsh name
 * (street-types/cy.txt, countries-local.txt); a Dutch floor in Roman numerals after the house number
 * (numbers.ts); a town name with two particles ("... aan de ...", tail.ts); a Norwegian type written
 * apart in lower case before the house number (street.ts apartTypeWithNumber); a locality word
 * before a place written first ("г.", detectors/address.ts localityMarkBefore); a numbered grid
 * street without its ordinal ending (street.ts bareNumberedName). Streets and towns are invented;
 * exact word spans, negatives included.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a postcode in its layout with a letter its country does not use there', [
  [
    'Canada: "I" and "U" in a postcode after the province',
    'ship it to 12 Vesquin Lane Apt. 5, Lake Kelmora, Ontario N6U 4G4 tomorrow',
    [[3, 13]],
  ],
  [
    'Ireland: an Eircode with "G" after the town',
    'I live at 37 Tamberlo Cove, New Orlanda, P54 01HG thanks',
    [[3, 10]],
  ],
  ['a code of that layout alone is no address', 'the part number is N6U 4G4 okay', []],
]);

spanTable('ADDRESS', 'Ghana digital addresses, Welsh streets and country', [
  [
    'a GhanaPost address of any two letters after the town',
    'Address: 410 Marvessa Lane Tudu RT-7646-4929 Thank you.',
    [[1, 6]],
  ],
  [
    'Welsh "Trem" street, postcode, town, Cymru and "Y Deyrnas Unedig"',
    'I live at 1 Trem Vesquin, LL86 1LL Casbelmiro, Cymru, Y Deyrnas Unedig thanks',
    [[3, 13]],
  ],
  ['Welsh "Esgair" street and a town', 'My address is 360 Esgair Y Kestrel, Banorlan, okay?', [[3, 8]]],
]);

spanTable('ADDRESS', 'Dutch floors and town names, Norwegian apart types', [
  [
    'a Roman floor after a hyphen',
    'please send it to Orlandastraat 21-III, 1071 AB Kelmora before Friday',
    [[4, 9]],
  ],
  [
    'a town name "X aan de Y" and the province',
    'I live at Zeynvesdijk 607, 5457 WR Graspel aan de Rijn, Noord-Holland .',
    [[3, 12]],
  ],
  [
    'Norwegian "gate" written apart after a genitive name',
    'I live at Tamberlos gate 12, 0555 Oslo.',
    [[3, 8]],
  ],
  ['"gate" and a count', 'we waited at the Golden gate 12 times', []],
]);

spanTable('ADDRESS', 'a locality word before a place written first; numbered grid streets', [
  [
    'a postcode, "г." and the city before the street',
    'I live at 197198, г. Санкт-Петербург, ул. Весквина д. 10 кв. 40.',
    [[3, 12]],
  ],
  ['a grid street numbered without its ending', 'I live at 30 w 26 st.', [[3, 7]]],
  ['a compass letter and a town', 'I live at 921 E 83 St, Kelmora.', [[3, 8]]],
  ['a year and a count before "Street"', 'In 2019 5 Street vendors came', []],
]);
