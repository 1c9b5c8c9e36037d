import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

/**
 * Entities [type, start, end) that analyze keeps in a text. Invented streets, towns and numbers in
 * Thaana, Armenian, Arabic-script Urdu and Persian, Hebrew; both renderings (formatted, and raw ASR
 * keeping the script, without punctuation or vowel marks, digits said in English words).
 */
const kept = (text: string): [string, number, number][] =>
  analyze(sayWords(text)).map((c): [string, number, number] => [c.type, c.startWord, c.endWord]);

describe('addresses in non-Latin scripts: number before the run, marks, postcodes, names inside', () => {
  const cases: [string, string, [string, number, number][]][] = [
    [
      'Thaana street, house number first',
      'Send it to 50889 ނަލަ މަގު, 68634 ހުޅަނގު, Maldives please',
      [['ADDRESS', 3, 9]],
    ],
    [
      'Thaana said without vowel marks, number in words',
      'send it to five oh eight eight nine ނލ މގ six eight six three four ހޅނގ maldives please',
      [['ADDRESS', 3, 17]],
    ],
    [
      'Armenian avenue, house number and postcode written apart',
      'Address: Վեսքինյան պողոտա 82 40376 Տամբերլո Հայաստան thanks',
      [['ADDRESS', 1, 7]],
    ],
    [
      'Urdu colony between a house number and a postcode (no phone number)',
      'Address: 81924 ورد کالونی 86541 تمبرلو thanks',
      [['ADDRESS', 1, 6]],
    ],
    [
      'Urdu said: unit number and postcode in one breath, then the town',
      'ship it to two three six one four ورد کالونی گھر eight thirteen six three eight six five تمبرلو tomorrow',
      [['ADDRESS', 3, 19]],
    ],
    [
      'Persian street with an Iranian postcode written five and five',
      'I live at خیابان ورد, پلاک 9 واحد 2, 44179-05376 تمبرلو .',
      [['ADDRESS', 3, 11]],
    ],
    [
      'Hebrew street named after a person keeps the name',
      'I live at רחוב מיכאל אנג׳לו 12, 21748 תמברלו .',
      [['ADDRESS', 3, 9]],
    ],
    [
      'said number before an Urdu village after a recipient',
      'ship it to dara quill eight six four nine two ورد گاوں one seven six five five تمبرلو before friday',
      [
        ['PERSON', 3, 5],
        ['ADDRESS', 5, 18],
      ],
    ],
    [
      'Georgian avenue, abbreviated block, postcode and village after the house number',
      'Send it to ვესკინის გამზირი 9 კორპ. 56, 0155 ზემო თამბერლო, please',
      [['ADDRESS', 3, 11]],
    ],
    [
      'Armenian apartment abbreviation with a capital, then postcode and town',
      'Address: Վեսքինյան փողոց 80 Բն. 187 39769-7516 Տամբերլո thanks',
      [['ADDRESS', 1, 8]],
    ],
    [
      'Japanese postcode in three and four digits before the prefecture (no phone number)',
      'I live at 296-0890 静岡県 丘野町, 6丁目6番2号 .',
      [['ADDRESS', 3, 7]],
    ],
    // precision: script text that is no address, and postcode-shaped numbers that are phones
    ['Arabic sentence without an address word', 'قال لي أمس إنه سيأتي غدا', []],
    ['Urdu sentence with numbers and no address word', 'میں نے 12 کتابیں خریدیں 45 روپے', []],
    ['five and five after a phone cue', 'call me on 44179-05376 please', [['PHONE_NUMBER', 3, 4]]],
    ["India's mobile written five and five", 'reach me at 98765-43210 today', [['PHONE_NUMBER', 3, 4]]],
    ['three and four digits with no script address after', 'ring 555-0123 tonight', [['PHONE_NUMBER', 1, 2]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(kept(text)).toEqual(expected));
});
