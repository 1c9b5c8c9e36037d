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
      'deliver to twenty two talga court pollukula s a nine three three one eight okay',
      [[2, 14]],
    ],
    ['Dhivehi street type', 'it is ameenee magu male two oh oh two six maldives', [[2, 11]]],
    ['a typed street with an unknown name after "on"', 'The bus stop is on Yıldızlı Caddesi', [[5, 7]]],
    ['a typed street after "at" in raw ASR', 'meet me at buruzu magu and bring the forms', [[3, 5]]],
    ['Tongan prefix type', "Sorry, the old address! It's Hala Vuna, Kolomotu'a now.", [[5, 8]]],
    [
      'Māori prefix type, the country ends the name',
      'our address is: Ara Metua Titikaveka Cook Islands You can call',
      [[3, 8]],
    ],
    [
      'island group as the last line',
      'Le Pollet Street, Saint Peter Port, GY1, Guernsey, Channel Islands. Thanks',
      [[0, 10]],
    ],
    [
      'English name of a state after the town',
      'zero seven one hauptgasse eighty suite two hundshagen upper austria thanks',
      [[0, 10]],
    ],
    [
      'a known town and its country end a prefix street name',
      'Meet me at Triq Santa Marija Mellieha Malta',
      [[3, 8]],
    ],
    [
      "a house number's dot after a street type, then the country",
      'Please update the billing address with 1051 Budapest Nádor utca 11. Hungary for this card',
      [[6, 12]],
    ],
    ['line markers before capitals', '>12 Kossuth utca >Flat 3A >Budapest >Hungary 1054', [[0, 8]]],
    [
      'a particle inside a town name',
      'Avenida Tomás Valente, 410 1100 Cidade de Maputo Mozambique',
      [[0, 9]],
    ],
    [
      'a spelled company suffix between the institution and the street',
      'ok banque de la caisse populaire s a rue des miracles h t six one one four port au prince haiti',
      [[1, 21]],
    ],
    [
      "an institution's head word ends the street name before it",
      'address national bank of lesotho kingsway street eleven maseru lesotho telephone',
      [[1, 10]],
    ],
    ['a house-number letter said as "a"', "it's six six a kampala road kampala now see you", [[1, 7]]],
    ['an abbreviated prefix type in raw ASR', 'send it to ul brzozowa fifty three please', [[3, 7]]],
    ['a one-letter suffix type in raw ASR', 'it is kertesz u fifteen ok', [[2, 5]]],
    [
      'a one-letter type, the house number and a postcode in one spoken run',
      'write to zalgirio g five oh two one one two vilnius lithuania',
      [[2, 12]],
    ],
    [
      'a district named as such and the typeless street before a place anchor',
      'address nguyen trai xuong huan district nha trang khanh hoa province four eight zero five eight vietnam ok',
      [[1, 17]],
    ],
    [
      'a suburb opened by a borrowed function word before a spelled state and postcode',
      'my address is koala street sans souci n s w twenty two nineteen thanks',
      [[3, 13]],
    ],
    [
      'a region code spelled after its town',
      'it is twelve petofi ut nine suite two szeged c s ok',
      [[2, 11]],
    ],
    [
      'a commune the generated city list lacks',
      'ok rue karim bensaada one six oh oh four alger centre algeria thanks',
      [[1, 12]],
    ],
    [
      'a road code right after an address cue',
      'Postal address: RN3 Moroni Comoros Mobile: 555-0123',
      [
        [2, 5],
        [6, 7],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a place noun after a determiner is no institution name', () => {
    const spans = found('deliver it to my office high court of eritrea harnet avenue asmara eritrea and');
    expect(spans.some(([s]) => s === 4)).toBe(false);
    expect(spans).toContainEqual([5, 13]);
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
    expect(found('address oh four eight three three four thirty six rue de pologne')).toEqual([[1, 12]]);
  });

  it.each([
    [
      'a form label and its value after the address',
      'Postal address: Kestrel Gallery Hauptgasse 12 9490 Vaduz Liechtenstein Mobile: 55501 Signature: Ann',
      [[2, 9]],
    ],
    ['a salutation after a postcode', 'My zip code is 503 Dear Dr Okafor, thank you', [[4, 5]]],
    [
      'a written date after an address cue',
      'Address: PSC 5217, Box 4854 APO AP 43617. | Date: 1985-11-18 22:50:23 Name: Ann',
      [[1, 8]],
    ],
  ])('stops before %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps "Bank" right before the type in the street name', () => {
    expect(found('it is 12 Old Bank Street')).toEqual([[2, 6]]);
  });
});
