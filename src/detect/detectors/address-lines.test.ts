/**
 * Address lines of many countries the grammar used to cut short or miss: lost line breaks, units on
 * a line of their own, spoken postcodes, street types of Dhivehi, Tongan and Māori, island groups
 * and English state names, dotted house numbers, institutions before the street line, road codes.
 * Word offsets are exact; every case failed before the rule it names. Addresses are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from './address.js';

const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('address lines of many countries', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'lost line breaks (???) end address lines, not sentences',
      'Acme Ltd.??? 4410 Kolmova 12??? Suite 210??? Celje??? Slovenia 30001 thanks',
      [[2, 10]],
    ],
    [
      'a unit on a line of its own after a typeless street',
      'Acme Ltd. 88 Brelova 17, Suite 5, Kranj, Slovenia 40001.',
      [[2, 10]],
    ],
    [
      'postcode digits said one by one stay whole',
      'deliver to forty one wattle court yakima w a nine eight nine zero two okay',
      [[2, 14]],
    ],
    ['Dhivehi street type', 'it is fehivina magu hithadhoo one nine zero two three maldives', [[2, 11]]],
    ['a typed street with an unknown name after "on"', 'The bus stop is on Yıldızlı Caddesi', [[5, 7]]],
    ['a typed street after "at" in raw ASR', 'leave it at dhanburu magu tomorrow with the forms', [[3, 5]]],
    ['Tongan prefix type', "Sorry, the old address! It's Hala Vuna, Kolomotu'a now.", [[5, 8]]],
    [
      'Māori prefix type, the country ends the name',
      'Post it to: Ara Kopuana Avarua Cook Islands before Friday',
      [[3, 8]],
    ],
    [
      'island group as the last line',
      'Mulberry Road 4, Saint Helier, JE2, Jersey, Channel Islands. Cheers',
      [[0, 9]],
    ],
    [
      'English name of a state after the town',
      'zero four two lindenweg twelve suite nine steyr upper austria cheers',
      [[0, 10]],
    ],
    [
      'a known town and its country end a prefix street name',
      'Leave the parcel at Triq il Fejjen Naxxar Malta',
      [[4, 9]],
    ],
    [
      "a house number's dot after a street type, then the country",
      'Change my postal address to 6720 Szeged Tisza utca 24. Hungary from next month',
      [[5, 11]],
    ],
    ['line markers before capitals', '>12 Kossuth utca >Flat 3A >Budapest >Hungary 1054', [[0, 8]]],
    ['a particle inside a town name', 'Avenida das Acácias, 58 2300 Cidade de Sena Mozambique', [[0, 9]]],
    [
      'a spelled company suffix between the institution and the street',
      'yes banque du commerce rural s a avenue des lauriers ht9110 jacmel haiti',
      [[1, 13]],
    ],
    [
      "an institution's head word ends the street name before it",
      'address national bank of lesotho kingsway street eleven maseru lesotho telephone',
      [[1, 10]],
    ],
    ['a house-number letter said as "a"', "so it's nine nine a mbogo road mbarara okay thanks", [[2, 8]]],
    ['an abbreviated prefix type in raw ASR', 'send it to ul brzozowa fifty three please', [[3, 7]]],
    ['a one-letter suffix type in raw ASR', 'it is kertesz u fifteen ok', [[2, 5]]],
    [
      'a one-letter type, the house number and a postcode in one spoken run',
      'post it to liepu g nine four four two one eight kaunas lithuania',
      [[3, 13]],
    ],
    [
      'a district named as such and the typeless street before a place anchor',
      'address tran quy cap phu thuy district phan thiet binh thuan province seven seven one one zero vietnam ok',
      [[1, 18]],
    ],
    [
      'a suburb opened by a borrowed function word before a spelled state and postcode',
      'my address is wombat lane sans pareil a c t twenty nine twelve thanks',
      [[3, 13]],
    ],
    [
      'a region code spelled after its town',
      'it is eight arany janos ut four suite one debrecen h b thanks',
      [[2, 12]],
    ],
    [
      'a commune the generated city list lacks',
      'ok rue karim bensaada one six oh two eight alger centre thanks',
      [[1, 11]],
    ],
    [
      'a road code right after an address cue',
      'Postal address: RN4 Fomboni Comoros Phone: 555-0147',
      [[2, 5]],
    ],
    [
      'a contact label and its number after the town end the address',
      '14 Quillby Road, Tarnmoor. Tel 0740 0123456 any time',
      [[0, 4]],
    ],
    [
      'a contact label before an international number ends the address',
      '3 Varrow Lane, Orlby, Tel +43 664 555018 thanks',
      [[0, 4]],
    ],
    ['a contact word that names the street stays in it', 'Telephone Road 12, Tarnmoor', [[0, 4]]],
    ['an abbreviated label ends the address', '14 Quillby Road, Tarnmoor. Mob 0740 0123456', [[0, 4]]],
    ['a German label ends the address', 'Orlanda Straße 12, 10115 Tarnberg. Telefon 0151 5550123', [[0, 5]]],
    ['a Spanish label, accent folded', 'Calle Orlanda 12, 28013 Tarnilla. Móvil 612 555 018', [[0, 5]]],
    [
      'a calling verb right before the number',
      '14 quillby road tarnmoor call oh seven four oh one two',
      [[0, 4]],
    ],
    ['a town named like a label, then a postcode, is no label', '12 Orlanda Street, Mobile 36602', [[0, 5]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a place noun after a determiner is no institution name', () => {
    const spans = found('send the papers to my office high court of zambia chisanga avenue kitwe zambia and');
    expect(spans.some(([s]) => s === 5)).toBe(false);
    expect(spans).toContainEqual([6, 14]);
  });

  const negatives: [string, string][] = [
    ['a unit line with no place after it', 'We met Peter 45, Suite 4 was booked'],
    ['an everyday street name after "on"', 'I was driving on Main Street yesterday'],
    ['"a" after a number without a street', 'we had six a day street food'],
    ['a code after a label that is no address cue', 'Flight: BA2 London England.'],
    ['"u" after an everyday word', 'i said thank u twenty times'],
    ['an abbreviation without a name', 'the ul fifty three'],
    ['a district word without a place anchor after it', 'the school district said hello'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a house number said after a postcode out of the postcode', () => {
    expect(found('address oh six one three zero forty one rue des tanneurs')).toEqual([[1, 11]]);
  });

  it.each([
    [
      'a form label and its value after the address',
      'Postal address: Kestrel Gallery Lettstrasse 8 9494 Schaan Liechtenstein Mobile: 55501 Name: Ann',
      [[2, 9]],
    ],
    ['a salutation after a postcode', 'My zip code is 611 Dear Dr Varga, thank you', [[4, 5]]],
    [
      'a written date after an address cue',
      'Address: PSC 3391, Box 2207 APO AP 96319. | Date: 1991-04-07 08:15:40 Name: Ann',
      [[1, 8]],
    ],
  ])('stops before %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps "Bank" right before the type in the street name', () => {
    expect(found('it is 12 Old Bank Street')).toEqual([[2, 6]]);
  });
});
