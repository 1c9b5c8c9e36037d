/**
 * Everyday written forms of addresses of the 30 most populous countries (plus numbered streets,
 * road codes and landmark addresses), each formatted and as raw ASR says it. All streets, house
 * numbers and postcodes are invented; towns are real. "[" and "]" mark the expected address words.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';
import { cardinalWords } from '../../../scripts/eval-sets/spoken.js';

/** How a caller says a number: up to three digits as a count, longer ones digit by digit. */
function sayNumber(digits: string): string[] {
  if (digits.length > 3 || (digits.length > 1 && digits.startsWith('0')))
    return [...digits].flatMap((d) => cardinalWords(+d));
  return cardinalWords(+digits);
}

/** Raw ASR of one written word: lower case, no punctuation, numbers said; "[" / "]" kept as marks. */
function sayWord(word: string): string[] {
  const open = word.startsWith('[');
  const close = word.endsWith(']') || word.endsWith('],') || word.endsWith('].');
  const bare = word.replace(/[[\]]/g, '');
  const parts = bare
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+|(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/u)
    .filter(Boolean)
    .flatMap((p) => (/^\p{N}+$/u.test(p) ? sayNumber(p) : [p]));
  if (parts.length === 0) return open || close ? [open ? '[' : ']'].filter(Boolean) : [];
  if (open) parts[0] = `[${parts[0]}`;
  if (close) parts[parts.length - 1] = `${parts[parts.length - 1]}]`;
  return parts;
}

export const asr = (text: string): string => text.split(' ').flatMap(sayWord).join(' ');

/** The sentence without marks, and the expected word span from the marks. */
export function expected(text: string): { line: string; spans: [number, number][] } {
  const words = text.split(' ');
  const spans: [number, number][] = [];
  let start = -1;
  words.forEach((w, i) => {
    if (w.startsWith('[')) start = i;
    if (/\][.,]?$/.test(w)) spans.push([start, i + 1]);
  });
  return { line: words.map((w) => w.replace(/[[\]]/g, '')).join(' '), spans };
}

const found = (line: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(line))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

/** [country or form, written sentence with the address in brackets] */
export const WORLD_FORMS: [string, string][] = [
  ['IN plot and sector', 'my address is [Plot No. 12, Sector 5, Gurugram 122001] thanks'],
  ['IN house number with slashes', 'I live at [H.No. 4-5-6/A, Koti, Hyderabad 500095] okay'],
  ['IN landmark', 'the address is [45 Gandhi Nagar, near Shiva temple, Jaipur 302015] yes'],
  ['CN romanised', 'my address is [No. 88 Qinglan Road, Chaoyang District, Beijing] thanks'],
  ['US', 'I live at [4127 Larkspur Lane, Austin, TX 78704] now'],
  [
    'ID jalan RT RW',
    'my address is [Jl. Kenanga No. 12, RT 03/RW 05, Kel. Sukajadi, Kec. Cicendo, Bandung] thanks',
  ],
  ['PK', 'my address is [House 14, Street 9, F-7/2, Islamabad] thanks'],
  ['NG close off road', 'I live at [12 Adeyemi Close, off Allen Avenue, Ikeja, Lagos] okay'],
  ['BR rua bairro', 'my address is [Rua Jacarandá, 123 - Vila Mariana, São Paulo - SP, 04117-040] thanks'],
  ['BD house road block', 'my address is [House 12, Road 5, Block C, Banani, Dhaka 1213] thanks'],
  ['RU cyrillic', 'my address is [ул. Сиреневая, д. 5, кв. 12, Москва] thanks'],
  ['RU romanised', 'my address is [ul. Sirenevaya, d. 5, kv. 12, Moscow] thanks'],
  [
    'MX colonia CP',
    'my address is [Av. Tamarindo 123, Col. Roma Norte, C.P. 06600, Ciudad de México] thanks',
  ],
  ['ET kebele', 'I live at [Bole Subcity, Woreda 3, House No. 412, Addis Ababa] thanks'],
  ['JP chome numbers', 'my address is [1-2-3 Hikarigaoka, Nerima-ku, Tokyo 179-0072] thanks'],
  ['JP chome word', 'I live at [3-chome 4-5 Sakuradai, Nerima-ku, Tokyo] okay'],
  ['PH block lot', 'my address is [Blk 5 Lot 12, Maligaya Subd., Brgy. San Isidro, Antipolo] thanks'],
  ['EG', 'my address is [15 Tahrir Street, Kafr Tuhr, Giza] thanks'],
  ['CD avenue commune', 'my address is [avenue Lumumba n° 12, commune de Limete, Kinshasa] thanks'],
  ['VN diacritics', 'my address is [số 12 đường Hoa Sen, phường 7, quận 3, Hồ Chí Minh] thanks'],
  ['VN plain', 'my address is [so 12 duong Hoa Sen, phuong 7, quan 3, Ho Chi Minh] thanks'],
  ['IR', 'my address is [No. 14, Golestan Alley, Valiasr Street, Tehran] thanks'],
  ['TR mahalle cadde', 'my address is [Çiçekli Mah. Lale Cad. No: 12 D: 3, Kadıköy, İstanbul] thanks'],
  ['DE', 'my address is [Lindenweg 14, 10115 Berlin] thanks'],
  ['TH moo soi', 'my address is [12/3 Moo 4, Soi Ramkhamhaeng 21, Tambon Hua Mak, Bangkok 10240] thanks'],
  ['UK', 'I live at [Flat 3, 27 Rowan Crescent, Leeds LS6 2QT] thanks'],
  ['FR', 'my address is [14 rue des Glycines, 69003 Lyon] thanks'],
  ['TZ', 'I live at [Plot 45, Mwembe Street, Ilemela, Mwanza] thanks'],
  ['ZA', 'my address is [23 Protea Crescent, Rondebosch, Cape Town 7700] thanks'],
  ['IT', 'my address is [Via dei Ciliegi 17, 20121 Milano] thanks'],
  ['KE PO box', 'my address is [P.O. Box 1234-00100, Nairobi] thanks'],
  ['MM', 'my address is [No. 27, Bogyoke Road, Kamayut Township, Yangon] thanks'],
  ['CO calle numeral', 'my address is [Calle 45 # 23-10, Bogotá] thanks'],
  ['CO carrera no', 'I live at [Carrera 7 No. 71-21, Bogotá] thanks'],
  ['KR gil', 'my address is [Sejong-ro 12-gil 34, Jongno-gu, Seoul] thanks'],
  ['KR daero', 'I live at [Teheran-daero 209, Gangnam-gu, Seoul] okay'],
  ['SD', 'my address is [Block 9, House 21, Riyadh, Khartoum] thanks'],
  ['numbered street FR-Africa', 'my address is [Rue 12.168, Bamako] thanks'],
  ['numbered street KH', 'I live at [No. 15, St. 271, Phnom Penh] okay'],
  ['unnamed road', 'the address is [Unnamed Road, Nakuru] okay'],
  ['road code N1', 'the farm is at [km 12, N1, Polokwane] okay'],
  ['road code RN7', 'the shop is at [RN7, km 12, Antsirabe] okay'],
  ['road code NH', 'I live at [Plot 8, NH 48, Gurugram] thanks'],
  ['route 66', 'my address is [4410 Route 66, Flagstaff, AZ 86001] thanks'],
  ['landmark CR', 'my address is [100 m al norte de la iglesia, San Pedro, San José] thanks'],
];

/** Sentences with numbers that are not addresses: nothing may be marked. */
export const NEGATIVES: string[] = [
  'see sector 5 of the report for the numbers',
  'we finished block 3 of the course yesterday',
  'they played the route 66 song twice',
  'it was on 12 March 2024 at 5 pm',
  'I paid 45 dollars for 3 tickets',
  'plot 2 of the movie was boring',
  'page 12 of chapter 4 is missing',
  'the meeting is in room 5 at 10',
  'the race is 10 km and at km 5 there is water',
  'we stopped at km 12 for lunch',
];

/**
 * Forms the grammar does not read yet (left open, see the helper report): each is expected to FAIL,
 * so fixing one turns its test red until it is taken off this list.
 */
const OPEN = new Set<string>();

for (const [style, say] of [
  ['fmt', (t: string) => t],
  ['asr', asr],
] as const) {
  describe(`address forms of the world, ${style === 'fmt' ? 'formatted' : 'raw ASR'}`, () => {
    for (const [name, text] of WORLD_FORMS) {
      const test = OPEN.has(`${style} ${name}`) ? it.fails : it;
      test(name, () => {
        const { line, spans } = expected(say(text));
        expect(found(line)).toEqual(spans);
      });
    }
  });
}

describe('marks and landmark words join only what is an address', () => {
  const cases: [string, string, [number, number][]][] = [
    ['an everyday "so" is no mark', 'the new address so eighty eight larch road okay', [[4, 8]]],
    ['an answer "no" is no mark', 'is that right | no twelve larch road', [[4, 7]]],
    ['"no" after a value word is the mark', 'it is no twelve larch road', [[2, 6]]],
    // raw ASR of "No: 12 D: 3": a one-letter unit word after a marked house number is the flat
    ['a flat letter after a marked number', 'it is vesquin cad no twelve d three tovarre thanks', [[2, 9]]],
    ['a house letter without a mark', 'it is twelve b larch road', [[2, 6]]],
    ['a landmark that is no address stays out', 'I live at 12 Larch Road, near the park', [[3, 6]]],
    [
      'a sentence end parts them',
      'I live at 12 Larch Road. Off Elm Street 5 is his',
      [
        [3, 6],
        [7, 10],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('numbers that are not addresses', () => {
  for (const text of NEGATIVES) {
    // "route 66 song": a numbered road before a word the city lists hold (open, see the report)
    const test = text.includes('route 66') ? it.fails : it;
    test(text, () => {
      expect(found(text)).toEqual([]);
      expect(found(asr(text))).toEqual([]);
    });
  }
});

describe('a mark glued to a sign and an abbreviated type before the mark', () => {
  const cases: [string, string, [number, number][]][] = [
    ['"n°" is a house-number mark', 'my address is rue Kasa-Vubu n° 7, Matadi thanks', [[3, 8]]],
    ['a name after "commune de"', 'I live at 9 avenue Mbuji, commune de Lemba, Kinshasa', [[3, 10]]],
    ['"Cad." before "No:" ends no sentence', 'my address is Papatya Cad. No: 8, Kadıköy thanks', [[3, 8]]],
    ['"n°" of a bus is no address', 'take the n° 7 bus to the market', []],
    ['a commune of history is no address', 'the commune de Paris fell in 1871', []],
    ['a cad before a sentence with "No"', 'he was a cad. No one liked him at all', []],
    ['a cad before a numbered rule', 'he was a cad. No. 7 on the list of rules', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('numbered streets after a house line, Indian house numbers', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a street known by its number', 'I live at House 30, Street 11, Multan okay', [[3, 8]]],
    ['"St." after "No."', 'write to No. 42, St. 118, Kampot please', [[2, 7]]],
    ['spoken, no punctuation', 'i live at no forty two st one eighteen kampot okay', [[3, 10]]],
    [
      '"H.No." and a letter after a slash',
      'my address is H.No. 7-2-9/B, Begumpet, Hyderabad thanks',
      [[3, 7]],
    ],
    ['two numbered words said in passing', 'we saw house 14 street 9 today', []],
    ['a street number alone', 'street 9 was closed for the parade', []],
    ['a house of a series', 'house 14 of the series was sold and street 9 was closed for the parade', []],
    ['"no." before a count', 'I said no. 15 people came', []],
    ['a figure with a slash', 'see figure 4-5/A in the appendix', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a typeless line before a district word, long spoken postcodes', () => {
  const cases: [string, string, [number, number][]][] = [
    ['block numbers before a ward', 'we moved to 4-1-7 Midorigaoka, Suginami-ku, Tokyo last year', [[3, 7]]],
    ['spoken, after a place word', 'she lives at two five kusunoki machida shi now', [[3, 8]]],
    ['a score is no block number', 'the team won 4-5 Kusunoki, Suginami-ku, Tokyo fans cheered', []],
    ['no district word, no line', 'i live at twelve kusunoki', []],
    [
      'a phone after a city is no postcode',
      'i live in tokyo zero three five five five zero one four two',
      [],
    ],
    [
      'eight digits after a region of Brazil',
      'mande para rua tapera two one belo horizonte three zero one four zero zero seven one',
      [[2, 16]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a one-letter mark without its dot in raw ASR, Cyrillic towns', () => {
  const cases: [string, string, [number, number][]][] = [
    ['"d" after a Russian street name', 'send it to ulitsa gorokhovaya d nine kv four please', [[3, 9]]],
    ['a spelled type and mark', 'we are at prospekt tikhvinsky d twenty now', [[3, 7]]],
    ['a Cyrillic town after the unit', 'адрес ул садовая д seven кв two казань', [[1, 8]]],
    ['"d" after an English word is no mark', 'we met on main street d five minutes later', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('spoken runs that hold two values, letter groups written as words', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a flat number run into the house number',
      'post it to flat two fourteen alder mews york thanks',
      [[3, 9]],
    ],
    ['outward letters as a word', 'i live at nine alder mews bolton bl five three ab okay', [[3, 11]]],
    ['letters as words after a town that is no address', 'i live in leeds so we go to the pub', []],
    [
      'the house is no unit of the number after it',
      'send it to my house thirty two oh five west larkin road please',
      [[5, 12]],
    ],
    [
      'a side street numbered off a road',
      'it is at yulgok ro three gil fifteen jongno gu seoul now',
      [[3, 11]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('sector codes, unit lines without a street', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a sector after a numbered street', 'it is House 3, Street 41, G-9/4, Islamabad thanks', [[2, 8]]],
    ['spoken sector', 'it is house three street forty one g nine four islamabad thanks', [[2, 11]]],
    ['plot and house before a town', 'write to Plot 7, House 30, Omdurman please', [[2, 7]]],
    ['rooms of a building are no address', 'the meeting is in room 5, floor 2, London office', []],
    ['a block of a course', 'we finished block 3 and lot 4 in Paris', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a neighbourhood named like a street, a label letter after the house number', () => {
  const cases: [string, string, [number, number][]][] = [
    ['mahalle then cadde', 'send it to Yeşiltepe Mah. Gül Sok. No: 4, Ankara please', [[3, 10]]],
    ['"D:" opens the flat', 'it is Papatya Cad. No: 8 D: 2, Kadıköy now', [[2, 9]]],
    ['a mahalle alone stays one street', 'we walked through Yeşiltepe Mah. yesterday', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('districts named by their word: village numbers, numbered lanes, joined wards, sub-cities', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'house number, then the village',
      'send it to 45/7 Moo 2, Tambon Nong Khai, Chiang Mai 50100 please',
      [[3, 12]],
    ],
    ['a numbered lane off a named road', 'it is 9 Soi Sukhumvit 39, Khet Watthana, Bangkok now', [[2, 9]]],
    [
      'neighbourhood and ward joined',
      'send it to Jl. Melati No. 4, RT 01/RW 07, Kel. Cempaka, Jakarta please',
      [[3, 13]],
    ],
    ['a sub-city line first', 'send it to Yeka Subcity, Woreda 8, House No. 17, Addis Ababa now', [[3, 12]]],
    ['a village number said in passing', 'we visited moo 4 last week', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('spoken road codes', () => {
  const cases: [string, string, [number, number][]][] = [
    ['code, kilometre post, town', 'the depot is on rn four km thirty fianarantsoa okay', [[4, 9]]],
    ['kilometre post before a spelled code', 'the lodge is at km eight n two musina okay', [[4, 9]]],
    ['plot before a highway code', 'we are at plot nineteen nh eight jaipur now', [[3, 8]]],
    ['a code and a number in passing', 'we drove on the rn seven and km twelve was nice', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('directions from a landmark, a house letter said as "a"', () => {
  const cases: [string, string, [number, number][]][] = [
    ['varas south of a park', 'my address is 200 varas al sur del parque central, Granada thanks', [[3, 11]]],
    [
      'spoken, a country after the landmark',
      'vivo a three hundred metros al oeste de la escuela heredia costa rica',
      [[2, 13]],
    ],
    ['a walk is no address', 'we walked 100 m north of the bridge and stopped', []],
    ['a town placed by distance', 'the village lies 5 km al norte de Cartago, Costa Rica', []],
    [
      '"a" after a marked number before a name',
      'i live at h no two one a hanamkonda warangal five zero six zero zero one please',
      [[3, 16]],
    ],
    ['"a" as an article after a number', 'it is no twelve a day', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a building number run into the house number, a line held by the places after its unit', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'two numbers before a typed street',
      'send it to 412 27 Wren Creek Apt. 5 Graz, Austria 8010 please',
      [[3, 12]],
    ],
    [
      'a company name before the number stays out',
      'Ferrowind 18 Kovač Dam Suite 30 Uppsala Sweden 75320 is the office',
      [[1, 9]],
    ],
    ['a unit after a sentence of rooms', 'We have 3 Big Rooms, Suite 4 in London', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('a tail written without capitals', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'an unlisted town before a country',
      'address: 31 trg svobode 4 apt. 12 kranjska gora slovenia. thanks',
      [[1, 10]],
    ],
    [
      'a lower-case word after a street is no town alone',
      'we met at 12 Larch Road, downtown it was',
      [[3, 6]],
    ],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});
