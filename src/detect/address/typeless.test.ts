import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';
import { detectWords } from '../../commands/detect.js';

/** Word spans [start, end) of the addresses found in a text ("|" switches speaker). Invented examples. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('street lines known by their place in the sentence', () => {
  const cases: [string, string, [number, number][]][] = [
    // a street line without a type word, after an address cue
    ['cue, postcode, name, house number', 'Her address: 11834 Lipová 417 was old.', [[2, 5]]],
    ['cue, name of two words, number', 'my address is Horní Lhota 33 thanks', [[3, 6]]],
    ['spoken, after a cue', 'his address three two nine kvetna nine four six two um ok', [[2, 10]]],
    ['cue then place preposition', 'she lives on Brekkuvegur 14 now', [[3, 5]]],
    ['type said after the number', 'she lives on Brekkuvegur 14 street. ok', [[3, 6]]],
    // a bare place preposition needs more: a first number, a type after the number, or a tail
    ['preposition and a leading number', 'drops you off at 55501 Kvetna 12 then', [[4, 7]]],
    ['preposition and a type after the number', 'meet me at Ulvika 9 St. then', [[3, 6]]],
    ['preposition alone is not enough', 'laughing at trelvo oh three oh nine right', []],
    ['counted, not a house number', 'we met at Zalando 5 times', []],
    ['a count after a cue', 'she lives on Westeros 3 days a week', []],
    [
      'the number opens the next street',
      'Billing address: Dara Quill 318 Rue Colombe Vert Suite 14',
      [[4, 10]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a street type said after the house number or name', () => {
  const cases: [string, string, [number, number][]][] = [
    ['compound street, number, St.', 'It is 41823 Ekgatan 9 St. I think', [[2, 6]]],
    ['spoken, trailing street', 'ok ziegelweg nineteen street right', [[1, 4]]],
    ['prefix street and an English type', 'enter on two forty one avenue fleurie street the first', [[2, 8]]],
    ['everyday-word type is not taken', 'It is Ekgatan 7 Park today', [[2, 4]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a number before the street line inside one spoken run', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'written building number and house number',
      'Here: 360 4827 Fourth Avenue, Springfield, IL 62704.',
      [[1, 8]],
    ],
    ['spoken', 'three sixty forty eight nineteen fourth avenue suite four two eight', [[0, 11]]],
    ['spoken postcode, house number', 'seven oh six fourteen fifty two redbud drive', [[0, 8]]],
    ['a unit number stays with the unit', 'Apt 4 12 Main St, ok', [[1, 5]]],
    ['spoken zero before the first number', 'it is oh seven seven kvetna street', [[2, 7]]],
    ['an interjection with a comma stays out', 'Oh, 12 Main Street.', [[1, 4]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('corners', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'numbered street on the first side',
      'at the corner of 3744 Quill Avenue and Vedrana Route. Ok',
      [[4, 10]],
    ],
    // given as the address, "the corner of" is part of it; after "at" the two streets are
    ['name and number on the first side', 'the corner of Kuusemaa 7 and Alder Flat, thanks', [[0, 8]]],
    ['the type ends the second side', 'the corner of Lindgasse 21 and Elm Parks Mr. Oates', [[0, 8]]],
    [
      'raw ASR: an everyday word ends the side',
      'the corner of hollerweg seventy seven and varden courts card number',
      [[0, 9]],
    ],
    ['double type on both sides', 'at the corner of Maple Road St. and Oak Road St. Fine', [[4, 11]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('addresses in scripts without capitals', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Arabic, formatted', 'To my office, شارع الورد, محلة النور, المنصورة, 35516, مصر. Thanks', [[3, 10]]],
    [
      'Arabic with a spoken postcode',
      'send it to شارع الورد المنصورة three five five one six مصر please',
      [[3, 12]],
    ],
    ['Han, with numbers', "It's 中華民國, 300, 新竹市東區 光復路 52 now.", [[1, 6]]],
    ['Han spoken', 'the address 新竹市東區 光復路 one hundred fifty two ok', [[2, 8]]],
    ['Hebrew', 'It is רחוב הרצל 12 תל אביב ok', [[2, 7]]],
    ['names alone are no address', 'My name is 김민수 and 박지은 hi', []],
    ['a greeting is no address', 'he said 你好 to me', []],
    ['an address word alone is not enough', 'the word شارع means street', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a house number, then a name without a type, then a postcode or a country', () => {
  const cases: [string, string, [number, number][]][] = [
    ['answer, town, country', 'it is 12-14 Quellin, Obrasi, Ghana great thank you', [[2, 6]]],
    ['answer "yes", town, country', 'yes 148 Tovarre, Lautoka, Fiji is where we moved', [[1, 5]]],
    ['a unit between', 'please send it to 52 Venmoor, Suite 14, Kelmora, Jamaica today', [[4, 10]]],
    ['"4/2" after a cue', 'my address is 4/2 Quellin, Norvale, Trinidad and Tobago okay', [[3, 9]]],
    ['raw ASR: a known country ends the name', 'it is twelve fourteen quellin obrasi ghana great', [[2, 7]]],
    ['raw ASR: a known town ends the name', 'i live at nine tovarre levuka fiji thanks', [[3, 7]]],
    [
      'raw ASR: the turn ends after the country',
      'it is twelve fourteen quellin obrasi ghana | great',
      [[2, 7]],
    ],
    // the country said after the listener's acknowledgement confirms the line
    [
      'raw ASR: the country after the acknowledgement',
      'it is twelve fourteen quellin tovarre | okay | ghana that is all',
      [
        [2, 6],
        [7, 8],
      ],
    ],
    [
      'written: the country after the acknowledgement',
      'it is 12-14 Quellin, Tovarre | okay | Ghana that is all',
      [
        [2, 5],
        [6, 7],
      ],
    ],
    [
      'an unknown town after the acknowledgement',
      'it is twelve fourteen quellin | okay | tovarre that is all',
      [],
    ],
    ['a country as a subject after it', 'it is twelve fourteen quellin | okay | ghana is lovely', []],
    ['a sentence ends before the country', 'it is 12 Quellin. Ghana is far', []],
    // no place after it, no comma, a count, a year: no street
    ['no place after the name', 'yes 148 Tovarre is where we moved', []],
    ['written without a comma', 'yes 12 Quellin Obrasi Ghana is lovely', []],
    ['a count of things', 'yes I have 3 kids in Ghana', []],
    ['five digits: no house number', 'it is 12345 Quellin, Ghana', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a name and a house number after an answer, confirmed by a postcode or a country', () => {
  const cases: [string, string, [number, number][]][] = [
    ['written, town and country', 'yes Tovarre 27, Lautoka, Fiji is where we moved', [[1, 5]]],
    ['raw ASR, town and country', 'yes tovarre twenty seven ostlin south sudan is where', [[1, 7]]],
    ['raw ASR, "12a" and a town', 'it is orvane one two a oranjestad aruba great thank you', [[2, 8]]],
    // an answer alone is too little: a town the lists lack, or nothing, after the number
    ['no country or postcode after it', 'it is Tovarre 27 okay', []],
    ['a chapter', 'yes Chapter 12 is good', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

/** Entities of the whole pipeline, as [type, start, end) word spans. Invented streets and names. */
const entities = (text: string): [string, number, number][] =>
  detectWords(sayWords(text)).map((e): [string, number, number] => [e.type, e.start_word, e.end_word]);

describe('a typeless street name before its house number belongs to the address, not to a person', () => {
  const cases: [string, string, [string, number, number][]][] = [
    ['after an address cue and a copula', 'my address is Velkova 12, Tamsby', [['ADDRESS', 3, 6]]],
    ['after a bare "at", a known town after it', 'the shop is at Brenkova 4, Zagreb', [['ADDRESS', 4, 7]]],
    ['after "to", town and country', 'Ship to Lindqvist 40, Tamsby, Sweden', [['ADDRESS', 2, 6]]],
    ['after a label', 'Address: Velkova 12, Tamsby', [['ADDRESS', 1, 4]]],
    ['a postcode and town after it', 'Please send it to Marovska 9, 10000 Zagreb.', [['ADDRESS', 4, 8]]],
    ['raw ASR after a cue, a word English lacks', 'my address is velkova twelve tamsby', [['ADDRESS', 3, 6]]],
    ['raw ASR after "live at"', 'i live at brenkova four zagreb', [['ADDRESS', 3, 6]]],
    // the name stays a person's: the object of a verb, no opener, an age, a numbered thing or a unit
    [
      'the object of a verb',
      'he sent Anna 12, Tamsby',
      [
        ['PERSON', 2, 3],
        ['ADDRESS', 3, 5],
      ],
    ],
    ['no opener: an amount paid', 'I paid Anna 12, Tamsby office', [['PERSON', 2, 3]]],
    ['a name, then an age', 'my friend is Velkova, 12, from Tamsby', [['PERSON', 3, 4]]],
    ['a chapter after "to"', 'Go to Chapter 4, Zagreb', []],
    ['a table after "to"', 'we went to Table 3, Paris', []],
    ['a flight after a cue', 'my address is Flight 40, Sweden', []],
    ['a room after "at"', 'she lives at Room 12, Tamsby', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(entities(text)).toEqual(expected));
});
