import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from './address.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ctxOf = (text: string): DetectionContext => buildDetectionContext(sayWords(text));

const found = (text: string): [number, number][] =>
  detectAddresses(ctxOf(text)).map((c): [number, number] => [c.startWord, c.endWord]);

describe('address detector', () => {
  const cases: [string, string, [number, number][]][] = [
    ['formatted full address', "It's 1427 Maple Ave, Apt 3B, Springfield, IL 62704. Thanks", [[1, 9]]],
    [
      'spoken full address with filler before the zip',
      'i live at fourteen twenty seven maple avenue apartment three b springfield illinois uh six two seven oh four',
      [[3, 19]],
    ],
    ['hundreds and an ordinal street', 'it is six hundred twelve ninth street', [[2, 7]]],
    ['suffix word inside the street name', 'fifty three heron hollow avenue unit thirty two', [[0, 8]]],
    ['written ordinal street and abbreviation', 'Sure, 2348 2nd Pkwy. Correct', [[1, 4]]],
    ['directional and suite', 'nine north oak street south suite four', [[0, 7]]],
    ['city-state-zip tail alone', 'yes racine wisconsin five three four oh two', [[1, 8]]],
    ['zip alone after a zip cue', 'and the billing zip code | six two seven oh four', [[5, 10]]],
    ['city and state after an address cue', 'my mailing address is in tacoma washington now', [[5, 7]]],
    ['street then a known city', '58 Fernhollow Rd., Spokane.', [[0, 4]]],
    [
      'state name that is also a city',
      'Send it to 1500 Elmwood Avenue Northwest, Washington, DC 20004.',
      [[3, 10]],
    ],
    [
      'spoken po box with city, state and zip',
      'p o box four five five austin texas seven eight seven oh one',
      [[0, 13]],
    ],
    ['written po box', 'It is P.O. Box 3321, Bend, OR 97701.', [[2, 8]]],
    ['unit said before the street', "it's apartment four b at twelve oak street", [[1, 8]]],
    ['numbered highway with directional', 'forty one hundred highway nine north', [[0, 6]]],
    [
      'numbered rural road with unit, city, state and zip',
      'forty one oh eight county road twelve sixty unit two oh nine waco texas seven six seven oh one',
      [[0, 19]],
    ],
    ['written farm road', 'It is 9120 Farm Road 2222, Leander, TX 78641.', [[2, 9]]],
    ['farm-to-market road with a suffix', 'It is 3300 FM 1431 Road, Marble Falls, TX 78654.', [[2, 10]]],
    [
      'UK address with flat and postcode',
      'Sure, 27 Thornbury Close, Flat 4, Leeds LS6 2QT. Thanks',
      [[1, 9]],
    ],
    ['UK flat said first', 'Flat 4, 27 Thornbury Close, Leeds LS6 2QT.', [[0, 8]]],
    ['UK postcode after a postcode cue', 'and your postcode | LS6 2QT.', [[3, 5]]],
    [
      'city and state for verification, after a contraction',
      "for verification what city and state are you in | uh it's ottumwa iowa",
      [[11, 13]],
    ],
    ['city and state for the location on file', 'what location do we have on file | ottumwa iowa', [[7, 9]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['lone city', "i'm flying into denver on friday"],
    ['city and state without a cue or zip', 'the conference was in denver colorado'],
    ['a count followed by a word', 'i have two dogs and three cats'],
    ['five digits without a zip cue', 'the order number is six two seven oh four'],
    ['money and times', 'it was forty nine dollars at ten thirty'],
    ['a numbered route without a house number', 'i have three minutes left on route nine'],
    ['a room number', 'the meeting is at two thirty in room four'],
    ['a trip after a location question', 'where are you flying to | denver colorado'],
    ['a flat tyre', 'my tyre went flat 2 days ago'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('value is the written form', () => {
    const [c] = detectAddresses(ctxOf('fourteen twenty seven maple avenue uh apartment three b'));
    expect(c?.value).toBe('1427 maple avenue apartment 3b');
  });
});

describe('addresses of many countries, formatted and raw ASR', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: house number after the street (German compound)',
      'Ship it to Hauptstrasse 12, 10115 Berlin, Germany.',
      [[3, 8]],
    ],
    [
      'asr: house number after the street (German compound)',
      'ship it to hauptstrasse twelve ten one one five berlin germany',
      [[3, 11]],
    ],
    [
      'formatted: prefix type with the number after it (Italian)',
      'We moved to Via Roma 5, 00184 Roma.',
      [[3, 8]],
    ],
    [
      'asr: prefix type with the number after it (Italian)',
      'we moved to via roma five zero zero one eight four roma',
      [[3, 12]],
    ],
    [
      'formatted: Dutch compound, postcode with letters',
      'Her address is Kerkstraat 14, 1017 GB Amsterdam.',
      [[3, 8]],
    ],
    ['asr: Dutch compound, spoken', 'her address is kerkstraat fourteen amsterdam', [[3, 6]]],
    ['formatted: French: number, prefix type, particles', 'Sure, 12 rue de la Paix, 75002 Paris.', [[1, 8]]],
    [
      'asr: French: number, prefix type, particles',
      'sure twelve rue de la paix seven five zero zero two paris',
      [[1, 12]],
    ],
    ['formatted: Spanish prefix type and floor unit', 'It is Calle Mayor 5, 3º B, 28013 Madrid.', [[2, 9]]],
    [
      'formatted: Polish prefix abbreviation, house/flat number, postcode + city',
      'My address is ul. Marszałkowska 10/12, 00-590 Warszawa.',
      [[3, 8]],
    ],
    [
      'formatted: Swedish compound, postcode written with a space',
      'Write to Drottninggatan 5, 111 51 Stockholm.',
      [[2, 7]],
    ],
    ['formatted: Danish compound', 'Send it to Vesterbrogade 12, 1620 København.', [[3, 7]]],
    ['formatted: Hungarian suffix type with the number after it', 'Andrássy út 12, 1061 Budapest', [[0, 5]]],
    [
      'formatted: Portuguese prefix type, comma before the number, district, region code',
      'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
      [[0, 11]],
    ],
    ['formatted: street said without a number after an address cue', 'She lives on Maple Street.', [[3, 5]]],
    ['asr: street said without a number after an address cue', 'she lives on maple street', [[3, 5]]],
    ['formatted: street without a number, then the city', 'It is Kharrub Street, Tulkarm.', [[2, 5]]],
    ['asr: street without a number, then the city', 'she lives on kharrub street tulkarm', [[3, 6]]],
    ['formatted: postcode before the city, typeless street', 'Kaseke 19, 11216 Tallinn, Estonia', [[0, 5]]],
    [
      'asr: postcode before the city, typeless street',
      'it is kaseke nineteen eleven two one six tallinn estonia',
      [[2, 10]],
    ],
    ['formatted: UK postcode alone', 'My postcode is SW1A 1AA.', [[3, 5]]],
    ['asr: UK postcode spelled after a cue', 'what is your postcode | s w one a one a a', [[4, 11]]],
    ['formatted: Canadian postcode alone', 'Send it to K1A 0B1 please.', [[3, 5]]],
    ['asr: Canadian postcode spelled after a cue', 'my zip is k one a zero b one', [[3, 9]]],
    ['formatted: Brazilian postcode after its cue', 'CEP 01310-100, São Paulo', [[1, 4]]],
    ['formatted: Japanese postcode and city', '100-0001 Tokyo', [[0, 2]]],
    ['formatted: Dutch postcode and city', '1012 AB Amsterdam', [[0, 3]]],
    ['formatted: military PSC and APO line', 'PSC 1234, Box 5678, APO AE 09012', [[0, 7]]],
    ['formatted: military unit and FPO line', 'Unit 2050 Box 4190 FPO AP 96522', [[0, 7]]],
    ['asr: military line spelled', 'the address is a p o a e zero nine zero one two', [[3, 13]]],
    ['formatted: corner of two streets', 'Meet me at the corner of Fifth Avenue and Main Street.', [[6, 11]]],
    ['asr: corner of two streets', 'meet me at the corner of elm street and fifth avenue', [[6, 11]]],
    ['formatted: German PO box with postcode and city', 'Postfach 1234, 10115 Berlin', [[0, 4]]],
    ['asr: German PO box spoken', 'postfach one two three four ten one one five berlin', [[0, 10]]],
    ['formatted: Spanish PO box', 'Apartado 123, Lima', [[0, 3]]],
    ['formatted: French PO box abbreviation', 'BP 45, 97300 Cayenne', [[0, 4]]],
    [
      'formatted: Russian street, house, flat, city, postcode',
      'ул. Тверская, д. 7, кв. 12, Москва, 125009',
      [[0, 8]],
    ],
    ['formatted: Greek street, number, city, postcode', 'οδός Ερμού 12, Αθήνα 105 63', [[0, 6]]],
    ['formatted: flat line before a UK street', 'Flat 4, 27 Thornbury Close, Leeds LS6 2QT.', [[0, 8]]],
    ['formatted: German flat unit after the street', 'Bergstraße 5, Wohnung 3, 04109 Leipzig', [[0, 6]]],
    ['asr: apartment after the street', 'twelve oak street apartment four b springfield illinois', [[0, 8]]],
    ['formatted: Korean road name with hyphen', '123 Sejong-daero, Jongno-gu, Seoul 03154', [[0, 5]]],
    [
      'formatted: district before the city (Mexico)',
      'Av. Reforma 222, Col. Juárez, 06600 Ciudad de México',
      [[0, 9]],
    ],
    ['formatted: Lithuanian one-letter type with its dot', 'Gedimino g. 9, 01103 Vilnius', [[0, 5]]],
    [
      'formatted: city and country answering an address question',
      'What is your address? Salalah, Oman.',
      [[4, 6]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['formatted: the street was busy', 'The street was busy this morning.'],
    ['asr: the street was busy', 'the street was busy this morning'],
    ['formatted: via email', 'I sent it via email yesterday.'],
    ['asr: via email', 'i sent it via email yesterday'],
    ['asr: rue as an English word', 'i will rue the day i bought it'],
    ['formatted: a lone city', "I'm flying into Paris on Friday."],
    ['formatted: a year before a city', 'In 2015 Sydney hosted the games.'],
    ['asr: a year before a city', 'in twenty fifteen sydney hosted the games'],
    [
      'formatted: a business whose name ends like a street type',
      'I picked them up at Ferncliff Pharmacy. My card is here.',
    ],
    ['formatted: a name that is a street type', "It's Chase Merriby. Do you need more?"],
    ['asr: a place-of-birth phrase', 'what is your place of birth'],
    ['asr: a count then a product', 'i bought two green shirts and a hat'],
  ];
  it.each(negatives)('nothing in %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('a street without a number and without anything around it is no address', () => {
    expect(found('Maple Street is closed today.')).toEqual([]);
    expect(found('maple street is closed today')).toEqual([]);
  });
});

describe('address miss categories (issue 12): weak types, ordinals, leading numbers, typeless streets', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: everyday-word type without a number, country after',
      'To my office, Lotus Alley, Aswan, Egypt.',
      [[3, 7]],
    ],
    [
      'asr: everyday-word type without a number, country after',
      'it is marigold close corvalle turks and caicos islands',
      [[2, 9]],
    ],
    [
      'formatted: ordinal street name',
      'The address is Third Street, Carrowbank NSW 2164, Australia and',
      [[3, 9]],
    ],
    [
      'asr: ordinal street name',
      'the address is third street carrowbank n s w two one six four australia thanks',
      [[3, 14]],
    ],
    [
      'formatted: written ordinal, type ending its line, label before',
      'Address: 9th Avenue, Kumasi Telephone',
      [[1, 4]],
    ],
    [
      'formatted: building number before a prefix-type street',
      'Send it to 5718 Via Brenscia 48 please',
      [[3, 7]],
    ],
    ['formatted: postcode before a compound street', 'It is 52341 Lindkullsgatan 4, Göteborg', [[2, 6]]],
    [
      'formatted: typeless street known by its unit',
      'Address: 2871 Hermanas Lorca 23 Apt. 415 Montebravo Cáceres. How',
      [[1, 9]],
    ],
    [
      'asr: typeless street known by its unit',
      'yes it is six one two four eight ul wiosenna four apartment two nine oh poznan',
      [[3, 16]],
    ],
    [
      'formatted: unknown place then a country after a unit',
      'at 47 Orchard Lane Suite 310 Brakkeveen Netherlands Then',
      [[1, 8]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['asr: an ordinal street as a direction', 'we took the fifth street exit'],
    ['formatted: an everyday-word type as a word', 'We stood on the highest point in Egypt.'],
    ['formatted: a measurement with an everyday-word type', 'The dew point 53 today'],
    ['asr: a room and a suite', 'i need room twelve suite five please'],
    [
      'formatted: a team name and a short word that is a unit abbreviation',
      'She helped start the Kingston 42s as a co-owner.',
    ],
    [
      'formatted: an abbreviated everyday-word type before a country',
      'Karir PT Varomedia Indonesia - Recruitment',
    ],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('address miss categories (issue 12): building and institution lines, districts', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: institution line before a street with a tail',
      'It is Herat Institute of Water Studies, Herat-Islam Highway, Herat, Afghanistan and',
      [[2, 11]],
    ],
    [
      'formatted: bank line before a typeless street and postcode + city, company before it',
      'Danchuk Bright Arc Ltd. Bank of Kition, Agiou Filona, 6027 Larnaca, Cyprus',
      [[4, 12]],
    ],
    [
      'formatted: compound building word, typeless street, postcode + city',
      'Find me at Postmuseum Triesen, Rüfeli 32, 9495 Triesen, Liechtenstein now',
      [[3, 10]],
    ],
    [
      'formatted: "Municipality of" district after the postcode',
      'Address: Cooperative Bank of Thessaly, Marevou street 11, 546 21 Municipality of Thessaloniki, Greece',
      [[1, 14]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string, [number, number][]][] = [
    ['a sentence ends before the street', 'I work at the bank. 12 Main Street is closed', [[5, 8]]],
    ['a preposition between the building and the street', 'the Wells Fargo Bank on 12 Main Street', [[5, 8]]],
  ];
  it.each(negatives)('no building line: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('address miss categories (issue 12): unvalidated postal numbers, particles, address lines before a postcode', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: a postal number the patterns lack, then the country',
      'The letter arrived at Sundari Marg, Phulbari, Pokhara 3318, Nepal last night.',
      [[4, 10]],
    ],
    [
      'asr: a postal number the patterns lack, then the country',
      'the letter arrived at sundari marg phulbari pokhara three three one eight nepal last night',
      [[4, 13]],
    ],
    [
      'formatted: particle inside a typeless street before a postcode',
      'Her new address is Vrelo od Kamena 14, 81000 Podgorica, Montenegro so',
      [[4, 11]],
    ],
    [
      'formatted: comma-separated lines before a city, region and postcode',
      'My previous address: Ngo Duc Khiem, Vinh Phuoc District, Quy Nhon, Binh Dinh province 55120, Vietnam then.',
      [[3, 16]],
    ],
    ['formatted: one everyday word is no address line', 'Thanks, 10149 Tallinn', [[1, 3]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('address miss categories (issue 12): spoken military boxes, ships, places before the street', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'asr: box number said in pairs runs on into the spelled APO line',
      'send it to p s c four one two seven box fifty three eighty two a p o a a three four zero two one please',
      [[3, 25]],
    ],
    [
      'asr: box number with "thousand" and a spelled DPO line',
      'it is unit six two five three box seven thousand two hundred thirty six d p o a e five one three two six',
      [[2, 24]],
    ],
    ['formatted: ship line before FPO', 'Mail goes to USNS Harbor Wren, FPO AP 96601. Thanks', [[3, 9]]],
    [
      'asr: ship line before a spelled FPO',
      'it is usns harbor wren f p o a p nine six six oh one',
      [[2, 15]],
    ],
    ['formatted: a form label after the address is no city', 'Zip: 96952 Mobile: none given', [[1, 2]]],
    [
      'formatted: country and city before the postcode line',
      'Postal address: Kazakhstan, Almaty, 050040, Zhuldyz street 27 Mobile: +7 771',
      [[2, 8]],
    ],
    [
      'formatted: city and an unknown district line before the street',
      'Address: Tehran, Yousefabad, Pardis Square 12, Iran Telephone',
      [[1, 7]],
    ],
    [
      'asr: city before the postcode line',
      'address warangal five zero six zero zero two telangana telephone',
      [[1, 9]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string, [number, number][]][] = [
    ['a sentence ends before the street', 'I flew to Paris. 12 Rue de la Paix is where I live', [[4, 9]]],
    ['a ship named in a sentence, no military line', 'I served on the USS Harbor Wren in 1990', []],
    ['a country after a verb is no address line', 'I visited Kenya 12 Baobab Road is closed', [[3, 6]]],
    [
      'a person named like cities before the block',
      'Florence Preston > 47302 Kivikuja 29 > Suite 604 > Kokkola > Finland 61853',
      [[3, 14]],
    ],
    [
      'a company named like cities',
      'Preston Milford 71524 Hólmagata 39 Apt. 218, Tartu, Estonia 51013',
      [[2, 10]],
    ],
  ];
  it.each(negatives)('only the street: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('address miss categories (issue 12): postcode districts alone, road codes as streets', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: UK outward code between the city and the country',
      'To my office, 29 Thornbury Road, Manchester, M14, United Kingdom. And',
      [[3, 10]],
    ],
    [
      'asr: spelled outward code between the city and the country',
      'to my office twenty nine thornbury road manchester m one four united kingdom and',
      [[3, 13]],
    ],
    [
      'formatted: Crown dependency district before the island',
      'Address: 27 Brassier Street, Saint Sampson, GY2, Guernsey Telephone',
      [[1, 8]],
    ],
    [
      'formatted: house number and national road, unit, city, country',
      'It is 418 RN7, Unit 12, Toliara, Madagascar thanks',
      [[2, 8]],
    ],
    ['formatted: road code line before city and country', "It's RN7, Toliara, Madagascar now", [[1, 4]]],
    ['asr: spelled road code before city and country', "it's r n seven toliara madagascar now", [[1, 6]]],
    [
      'asr: house number and road code in one spoken run, unit, city, country',
      'four eighteen r n seven unit twelve toliara madagascar',
      [[0, 9]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string, [number, number][]][] = [
    ['a count and a product code', 'I bought 2 PS5 consoles', []],
    ['a count and a paper size', 'we need 3 A4 sheets', []],
    ['a flight number and a city', 'Flight BA240 London', []],
    ['asr: a model code and places', 'the model x five berlin germany', []],
    ['asr: a spelled product', 'i bought two p s five consoles', []],
    [
      'an outward-code-like word without a country after it',
      'I live at 12 Oak Road, Leeds, A1 motorway',
      [[3, 7]],
    ],
  ];
  it.each(negatives)('no road or district: %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('address miss categories (issue 12): street types of more languages (Maltese, Papiamento, Basque, Catalan)', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted: Maltese Triq with a hyphenated article',
      'Postal address: Triq il-Fjuri 12, Mellieħa, Malta Mobile:',
      [[2, 7]],
    ],
    ['asr: Maltese triq', 'meet me at triq il fjuri twelve mellieha malta now', [[3, 9]]],
    ['formatted: Papiamento Kaya', 'Our address is: Kaya Palmera 21, Kralendijk, Bonaire', [[3, 8]]],
    ['formatted: Basque kalea after the name', 'Address: Lorategi kalea 5, 20001 Donostia', [[1, 6]]],
    [
      'asr: Dzongkha lam (an everyday word: needs the country after it), bank line before it',
      'a taxi to druk lotus bank zangmo lam paro nine hundred twenty bhutan please',
      [[3, 13]],
    ],
    ['formatted: Catalan passatge', 'Address: Passatge de les Flors 3, 08002 Barcelona', [[1, 8]]],
    [
      'formatted: Arabic romanised with a hyphenated article',
      'Address: 12 Shari al-Warda, Cairo 11511, Egypt',
      [[1, 7]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['a lone prefix type', 'I am at the triq'],
    ['kaya as a word', 'the kaya toast was good'],
    ['lam as a word', 'he is on the lam again'],
    ['a street name and lam without a place', 'Zangmo Lam is busy'],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('address miss categories (issue 12): typeless street lines house number first, before a flat line', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'asr: number, typeless street, flat, island group and zip',
      'forty one chalan tasi lagu apartment one nine c saipan northern mariana islands nine six nine five zero',
      [[0, 18]],
    ],
    [
      'formatted: lines separated by ">"',
      'Grace Moss > 41 Chalan Tasi Lagu > Apt. 19C > Saipan > Northern Mariana Islands 96950 Can I',
      [[3, 17]],
    ],
    [
      'asr: house number and one-letter road code, flat, region, country, postcode',
      'four t two seven apartment five c manyara tanzania nine one three two eight',
      [[0, 14]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['formatted: a count in a sentence', 'We have 3 Big Rooms, Suite 4, Paris'],
    ['asr: everyday words before the flat', 'i have twelve big dogs apartment four'],
    ['asr: one-letter code without a flat', 'i have two a four sheets'],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
