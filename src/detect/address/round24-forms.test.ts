/**
 * Round 24 (addr24), address forms left open by the earlier rounds: a country name written inverted
 * as ISO 3166-1 lists official names ("Korea, Republic of"; places.ts, tail.ts); "Cnr" and a
 * capitalised "Corner of" opening a written address line, with the town after the two streets, and
 * two streets sharing one plural type ("Kestrel and Orvesta Streets"; detectors/address.ts); an
 * institution or building with only its town, and a landmark with its town ("opposite the Central
 * Mosque, Kano"; building-town.ts); Japan's "〒" postcode before the script line, and the script line
 * said in raw ASR (script-lead.ts, script.ts); German "am ..." streets said in raw ASR
 * (latin-prepositions.ts). Streets, buildings and house numbers are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'country names written inverted', [
  ['"Korea, Republic of" after the town', 'I live at 5 Tarvel Road, Seoul, Korea, Republic of.', [[3, 10]]],
  [
    '"Iran, Islamic Republic of" (from "Islamic Republic of Iran")',
    'We live at 22 Orlanda Road, Tehran, Iran, Islamic Republic of, thanks.',
    [[3, 11]],
  ],
  [
    'raw ASR: "tanzania united republic of"',
    'ship to forty five tarvel street dar es salaam tanzania united republic of now',
    [[2, 13]],
  ],
]);

spanTable('ADDRESS', 'corners and shared plural types', [
  ['"Cnr" opens the line, the town after it', 'Our store: Cnr Orlanda Rd and Kestrel St, Durban.', [[2, 9]]],
  [
    'a capitalised "Corner of" as the address line',
    'The cafe is at Corner of Vesquin Street and Tarvel Road, Harare today.',
    [[4, 12]],
  ],
  [
    '"the corner of" in a sentence frames the two streets',
    'Stop at the corner of Vesquin Street and Tarvel Road.',
    [[5, 10]],
  ],
  [
    'two streets with one plural type',
    'The office is at Kestrel and Orvesta Streets, Port Moresby.',
    [[4, 10]],
  ],
  ['no street: courts of a jurisdiction', 'subject to the Upper and Lower Courts of the county', []],
]);

spanTable('ADDRESS', 'an institution or landmark with its town, no street', [
  [
    'written, the institution and its town alone stay out (left open this round)',
    'Please send it to Ministry of Public Works, Kigali before Friday.',
    [],
  ],
  ['raw ASR: the same said', 'please send it to ministry of public works kigali before friday', [[4, 9]]],
  ['raw ASR: the town closing the name', 'send the form to institut vesquin de lyon by post', [[4, 8]]],
  [
    'the floor before the building',
    'registered address is second floor kestrel building gaborone botswana okay',
    [[3, 9]],
  ],
  ['a landmark and its town', 'The shop is opposite the Central Mosque, Kano, okay.', [[3, 8]]],
  ['"near" a market and its town', 'We are near Orvesta Market, Kampala.', [[2, 6]]],
  [
    'a university named after its state is no address',
    'She once taught at the University of Saxony for a year.',
    [],
  ],
  ['raw ASR: a bank named after its country', 'the bank of england is near the city of london', []],
]);

spanTable('ADDRESS', 'Japanese postcodes and German "am" streets', [
  [
    '"〒" and the postcode before the script line',
    'My address is 〒150-0001 東京都渋谷区神宮前1-2-3 thanks.',
    [[3, 5]],
  ],
  [
    'raw ASR: the postcode and the block numbers said apart',
    'my address is one hundred fifty zero zero zero one 東京都渋谷区神宮前 one two three thanks',
    [[3, 14]],
  ],
  ['raw ASR: "am" opens the street', 'my address is am orvestabach seven kelmora thanks', [[3, 7]]],
  ['raw ASR: "i am" is English', 'i am sandberg twelve years old', []],
]);

spanTable('ADDRESS', 'round 24 guards and lines before the street', [
  [
    'a floor line, a building line, then a prefix-typed street',
    'Our office is at 3rd Floor, Orvesta Plaza, Jalan Tarvel 12, 50450 Kuala Lumpur thanks.',
    [[4, 14]],
  ],
  [
    'a sentence after the corner is no town',
    'They parked on the corner of Orlanda St. and Kestrel St. Florence spent a year there.',
    [[6, 11]],
  ],
  [
    'raw ASR: a landmark and its town after a cue',
    'my address is opposite the central mosque kano thanks',
    [[3, 8]],
  ],
  ['raw ASR: "am" after a time is English', 'the call is at nine am jakarta three', []],
  ["a person's name before the town", 'My name is Emma Hall, London and I need help', []],
]);
