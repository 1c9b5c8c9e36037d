/**
 * A probe of the written address forms of the most populous countries and of the EU, the ones the
 * grammar was not first written for: floor, staircase and door after the house number (Danish
 * "2. th.", Finnish "12 B 7", Austrian "5/3/12", Spanish "3º B"), numbered districts ("Praha 2"),
 * Turkish mahalle and sokak lines, Indian flat/building/cross lines, East Asian forms written in
 * Latin script ("No. 16", "Room 1203, Building 5", "1-2-3 ...-ku", "...-ro 3-gil"), a postcode or a
 * country written first, a multi-word country or a region closing the line. Each form sits in three
 * frames and is written and said as raw ASR (the evaluation sets' own speaking of each word). All
 * streets, buildings and house numbers are invented; towns are real or invented.
 *
 * Floors per style hold the word recall and precision; PROBE_REPORT=<prefix> writes the failure
 * lines ({hit} [missed] <over-redacted>) to <prefix>-fmt.txt / <prefix>-asr.txt.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Word } from '../../types.js';
import {
  addressSpans,
  sayAddressTokens,
  scoreProbe,
  type AddressToken,
} from '../../../test/helpers/address-probe.js';
import { makeRng } from '../../../scripts/eval-sets/rng.js';

/** [country and form, the address as written] */
export const COUNTRY_FORMS: [string, string][] = [
  // floor, staircase, door, district numbers
  ['DK floor and side', 'Tamberlogade 12, 2. th., 2100 København Ø'],
  ['DK floor and side, Denmark', 'Vesquinvej 7, 1. tv., 8000 Aarhus C, Denmark'],
  ['FI staircase and flat', 'Kuusitie 12 B 7, 00100 Helsinki'],
  ['FI staircase letter only', 'Orlandankatu 4 A, 33100 Tampere, Finland'],
  ['CZ numbered district', 'Vesquinova 15, 120 00 Praha 2'],
  ['CZ numbered district, country', 'Tamberlova 1234/5, 110 00 Praha 1, Czech Republic'],
  ['AT staircase and door', 'Quillongasse 5/3/12, 1050 Wien'],
  ['AT door', 'Marvessastraße 14/7, 8010 Graz, Austria'],
  ['ES floor and door', 'Calle Mayor 12, 3º B, 28013 Madrid'],
  ['ES floor and door, ordinal word', 'Calle de Belmiro 8, 2º izda., 08001 Barcelona'],
  ['PL flat after a slash', 'ul. Kestrowa 12/4, 00-950 Warszawa'],
  ['PL flat after m.', 'ul. Tamberlowa 7 m. 15, 30-001 Kraków, Poland'],
  ['SE floor word', 'Vesquingatan 3, 4 tr, 114 55 Stockholm'],
  ['NL house letter and addition', 'Orlandastraat 21-III, 1071 AB Amsterdam'],
  ['BE box', 'Rue Belmiro 14 bte 3, 1000 Bruxelles'],
  ['IT staircase and flat', 'Via Quillon 22, scala B, interno 5, 00184 Roma'],
  ['FR stairs and floor', '12 rue Kestrova, bâtiment B, 3e étage, 75011 Paris'],
  ['DE rear building', 'Tamberloweg 9, Hinterhaus, 10115 Berlin'],
  ['HU floor and door', 'Vesquin utca 12. 3. em. 4., 1051 Budapest'],
  ['RO block and staircase', 'Str. Marvessa nr. 8, bl. 4, sc. A, ap. 12, București'],
  ['GR two-group postcode', 'Orlanda 24, 105 63 Athina'],
  ['PT floor and side', 'Rua Quillon 45, 2º Esq., 1000-100 Lisboa'],
  // Turkish
  ['TR mahalle sokak daire', 'Lale Mah. Gül Sok. No: 12 Daire: 4, 34710 Kadıköy/İstanbul'],
  ['TR cadde kat', 'Papatya Mah. Vesquin Cad. No: 8 Kat: 3, 06420 Çankaya/Ankara'],
  ['TR apartman', 'Menekşe Mah. Orlanda Sok. Gül Apt. No: 5 D: 9, Karşıyaka/İzmir'],
  // India
  ['IN flat building cross', 'Flat 204, Building 7, 12th Cross, Indiranagar, Bengaluru 560038'],
  [
    'IN flat apartments main road',
    'Flat 3B, Tamberlo Apartments, 4th Main Road, Jayanagar, Bengaluru 560041',
  ],
  ['IN door number', 'Door No. 12-3-45, Vesquin Nagar, Hyderabad 500016'],
  ['IN house and sector', 'House No. 221, Sector 15, Chandigarh 160015'],
  // China, Japan, Korea, Taiwan in Latin script
  ['CN No. road district', 'No. 16 Tamberlo Road, Xuhui District, Shanghai 200030'],
  ['CN room building chain', 'Room 1203, Building 5, No. 88 Vesquin Road, Haidian District, Beijing 100080'],
  ['CN unit chain, China', 'Unit 2, Building 3, 45 Orlanda Street, Tianhe District, Guangzhou 510620, China'],
  ['JP chome numbers', '1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001'],
  ['JP mansion line', 'Sakura Mansion 402, 2-5-8 Tamberlo, Setagaya-ku, Tokyo 154-0001'],
  ['JP postcode first', '〒150-0001 Tokyo, Shibuya-ku, Jingumae 1-2-3'],
  ['KR gil branch', '12, Teheran-ro 3-gil, Gangnam-gu, Seoul 06234'],
  ['KR ro road', '45, Vesquin-ro, Jung-gu, Busan 48940, South Korea'],
  ['TW lane alley', 'No. 7, Alley 3, Lane 12, Section 2, Orlanda Road, Da’an District, Taipei 106'],
  // postcode or country written first; town after a district
  ['postcode then town first', '10115 Berlin, Tamberlostraße 4'],
  ['country first', 'China, Shanghai, Xuhui District, Tamberlo Road 16'],
  ['town after a district', '12 Orlanda Road, Halvering, Lorvenne'],
  ['unknown town after a known district', '27 Vesquin Street, Ikeja, Marvessa'],
  // multi-word countries and regions closing the line
  ['NL kingdom', 'Kestrovastraat 12, 1012 AB Amsterdam, Kingdom of the Netherlands'],
  ['CV', 'Rua Belmiro 4, Praia, Cape Verde'],
  ['IE republic', '14 Quillon Road, Dublin 4, D04 X2Y5, Republic of Ireland'],
  ['country before postcode', '14 Quillon Road, Cork, Ireland T12 X2Y5'],
  ['region before postcode', '7 Marvessa Street, Kelmora, Ontario K1A 0B1'],
  ['unpunctuated town region postcode', '27 Vesquin Avenue Lorvenne Bavaria 80331 Germany'],
  ['unpunctuated country multi-word', '4 Tamberlo Lane Kelmora United Arab Emirates'],
  ['unpunctuated Czech Republic', 'Orlandova 12 Brno 602 00 Czech Republic'],
  ['BR state and CEP', 'Rua Vesquin 123, Apto 45, Campinas - SP, 13010-100, Brazil'],
  ['MX colonia', 'Calle Tamberlo 45, Col. Centro, 44100 Guadalajara, Jal., México'],
  ['ID jalan', 'Jl. Kestrova No. 7, Kel. Menteng, Jakarta Pusat 10310, Indonesia'],
  ['PH barangay', 'Unit 5B, Tamberlo Tower, 12 Vesquin St., Brgy. Poblacion, Makati City 1210'],
  ['NG off a road', 'Plot 12, Orlanda Close, off Admiralty Way, Lekki, Lagos'],
  ['EG building street', 'Building 12, Tamberlo Street, Nasr City, Cairo 11765'],
  ['VN ward district', '12 Vesquin Street, Ward 5, District 3, Ho Chi Minh City'],
  ['TH soi moo', '45/7 Moo 3, Soi Quillon, Tambon Suthep, Chiang Mai 50200'],
  ['PK house street sector', 'House 12, Street 4, F-8/3, Islamabad 44000'],
  ['BD holding', 'House 7, Road 12, Dhanmondi, Dhaka 1209, Bangladesh'],
  ['IR town first', 'Tehran, Vanak, Orlanda Street, No. 27'],
  ['RU apartment', 'ul. Tamberlo, d. 5, kv. 12, Moskva, 101000'],
  ['US unit', '1520 Quillon Avenue, Apt 4B, Kelmora, OH 44101'],
  ['GB flat', 'Flat 3, 14 Quillon Road, Lorvenne LV4 2AB'],
];

/** Frames around the address ("{}"). */
const FRAMES = [
  'please send it to {} before Friday',
  'my address is {} thanks',
  'I live at {} okay',
] as const;

interface Case {
  name: string;
  tokens: AddressToken[];
}

export const PROBE_CASES: Case[] = COUNTRY_FORMS.flatMap(([name, address]) =>
  FRAMES.map((frame, i): Case => {
    const [before, after] = frame.split('{}') as [string, string];
    const words = (text: string, isAddress: boolean): AddressToken[] =>
      text
        .split(' ')
        .filter(Boolean)
        .map((w): AddressToken => [w, isAddress]);
    return {
      name: `${name} #${i}`,
      tokens: [...words(before, false), ...words(address, true), ...words(after, false)],
    };
  }),
);

function render(c: Case, style: 'fmt' | 'asr'): { words: Word[]; want: number[] } {
  const said = sayAddressTokens(c.tokens, style, makeRng(`${c.name}/${style}`));
  const want: number[] = [];
  const words = said.map(([text, address], i): Word => {
    if (address) want.push(i);
    return { text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' };
  });
  return { words, want };
}

/** Floors over all cases (word recall and precision). */
const FLOORS = {
  fmt: { recall: 0.985, precision: 0.999 },
  asr: { recall: 0.95, precision: 0.999 },
};

for (const style of ['fmt', 'asr'] as const) {
  describe(`country address forms probe, ${style === 'fmt' ? 'formatted' : 'raw ASR'}`, () => {
    it('keeps its floors', () => {
      const { total, failures } = scoreProbe(
        PROBE_CASES,
        (c) => render(c, style),
        (c) => c.name.split(' ')[0]!,
      );
      const recall = total.hit / total.want;
      const precision = total.hit / total.found;
      console.log(
        `country forms ${style}: recall ${recall.toFixed(4)} precision ${precision.toFixed(4)} exact ${(total.exact / total.cases).toFixed(4)} (${total.cases} cases)`,
      );
      if (process.env['PROBE_REPORT'])
        fs.writeFileSync(`${process.env['PROBE_REPORT']}-${style}.txt`, failures.join('\n') + '\n');
      expect(recall).toBeGreaterThanOrEqual(FLOORS[style].recall);
      expect(precision).toBeGreaterThanOrEqual(FLOORS[style].precision);
    });
  });
}

const found = addressSpans;

describe('floor, side and box after the house number; numbered districts after the town', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Danish floor and side', 'send it to Vesquinvej 7, 1. tv., 8000 Aarhus C please', [[3, 10]]],
    ['said', 'send it to vesquinvej seven one tv eight thousand aarhus c please', [[3, 11]]],
    ['Belgian box', 'it is Rue Belmiro 14 bte 3, 1000 Bruxelles thanks', [[2, 9]]],
    ['Prague district number', 'it is Vesquinova 15, 120 00 Praha 2 thanks', [[2, 8]]],
    ['said', 'it is vesquinova fifteen one two zero zero zero praha two thanks', [[2, 11]]],
    [
      'district number, then the country',
      'it is Tamberlova 12, 110 00 Praha 1, Czech Republic thanks',
      [[2, 10]],
    ],
    ['a number of weeks after a town', 'we stayed in Praha 2 weeks ago', []],
    ['a number of years after a street line', 'I moved to 12 Oak Road, Dublin 4 years ago', [[3, 7]]],
    ['a district letter in passing', 'we met in Aarhus C block', []],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('units before the street, towns joined by a slash, long country names', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'room and building before a marked number',
      'my address is Room 1203, Building 5, No. 88 Vesquin Road, Haidian District, Beijing 100080 thanks',
      [[3, 15]],
    ],
    [
      'unit before a building line',
      'my address is Unit 5B, Tamberlo Tower, 12 Vesquin St., Makati City 1210 thanks',
      [[3, 13]],
    ],
    ['rooms alone are no address', 'the Room 5, Building 2 meeting', []],
    ['a room and a building in passing', 'we booked room 12 and building 4 was closed', []],
    [
      'Turkish district and province',
      'send it to Lale Mah. Gül Sok. No: 12 Daire: 4, 34710 Kadıköy/İstanbul please',
      [[3, 13]],
    ],
    ['two towns joined in a sentence', 'we flew Paris/London on Monday', []],
    ['kingdom', 'it is Kestrovastraat 12, 1012 AB Amsterdam, Kingdom of the Netherlands thanks', [[2, 11]]],
    ['republic', 'it is 14 Quillon Road, Cork, Republic of Ireland thanks', [[2, 9]]],
    ['Italian city name', 'it is Via Quillon 22, Roma thanks', [[2, 6]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});

describe('staircase letters, grid roads, branches, roads after "off", a last town after a district', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Finnish staircase and flat', 'my address is Kuusitie 12 B 7, 00100 Helsinki thanks', [[3, 9]]],
    ['an article after the house number', 'I live at 12 Oak Street A lovely place', [[3, 6]]],
    [
      'Bengaluru cross road after units',
      'my address is Flat 204, Building 7, 12th Cross, Indiranagar, Bengaluru 560038 thanks',
      [[3, 12]],
    ],
    [
      'said',
      'my address is flat two oh four building seven twelfth cross indiranagar bengaluru five six oh oh three eight thanks',
      [[3, 19]],
    ],
    [
      'an apartment block before a main road',
      'my address is Flat 3B, Tamberlo Apartments, 4th Main Road, Jayanagar, Bengaluru 560041 thanks',
      [[3, 13]],
    ],
    ['a grid road without its place', 'the 4th Main Road was closed', []],
    ['a cross in passing', 'we met at the 2nd Cross today', []],
    ['Korean branch road', 'my address is 12, Teheran-ro 3-gil, Gangnam-gu, Seoul 06234 thanks', [[3, 9]]],
    [
      'a road named after "off"',
      'my address is Plot 12, Orlanda Close, off Admiralty Way, Lekki, Lagos thanks',
      [[3, 12]],
    ],
    ['"off" before no road', 'it is 12 Oak Road, off the Long Way, Leeds', [[2, 5]]],
    ['unknown town after a district', 'my address is 12 Orlanda Road, Halvering, Lorvenne thanks', [[3, 8]]],
    ['after a listed district', 'my address is 27 Vesquin Street, Ikeja, Marvessa thanks', [[3, 8]]],
    ['a name that goes on talking', 'my address is 27 Vesquin Street, Halvering, Tamsin said hi', [[3, 7]]],
  ];
  it.each(cases)('%s', (_name, text, spans) => expect(found(text)).toEqual(spans));
});
