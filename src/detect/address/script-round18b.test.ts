import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

/**
 * Entities [type, start, end) that analyze keeps in a text (round 18b). Invented streets and numbers
 * in Greek, Cyrillic (Russian, Ukrainian, Macedonian), Arabic, Hebrew and Thai; real region names
 * only where the rule reads a known region; both renderings (formatted, and raw ASR keeping the
 * script, lower case, no punctuation or vowel marks, digits said in English words).
 */
const kept = (text: string): [string, number, number][] =>
  analyze(sayWords(text)).map((c): [string, number, number] => [c.type, c.startWord, c.endWord]);

describe('addresses in non-Latin scripts, round 18b: types, units and postcodes', () => {
  const cases: [string, string, [string, number, number][]][] = [
    [
      'Greek floor ordinal glued to its number after the house number, postcode in three and two',
      'I live at Βεσκίνου 58, 4ος, 128 67 Ταμβέρλο.',
      [['ADDRESS', 3, 9]],
    ],
    [
      'Greek office unit before the postcode',
      'Address: Ταμβέρλου 495 Γρ. 5 766 33 Ελευσίνα thanks',
      [['ADDRESS', 1, 8]],
    ],
    [
      'Greek floor said apart in raw ASR after an avenue',
      'my address is λεωφ βεσκινου four three three ο ς ταμβερλο okay',
      [['ADDRESS', 3, 11]],
    ],
    [
      'Russian alley abbreviated before the name',
      'I live at ал. Тамберловская, 939, 584664 Весково.',
      [['ADDRESS', 3, 8]],
    ],
    [
      'Ukrainian square after a genitive name',
      'Send it to Весківського майдан, 287, 55565 Тамберлів, please.',
      [['ADDRESS', 3, 8]],
    ],
    [
      'Ukrainian square said in raw ASR (й said и)',
      'send it to весківського маидан two eighty seven five five five six five тамберлів please',
      [['ADDRESS', 3, 14]],
    ],
    [
      'Macedonian street named after a person, floor unit',
      'please ship it to Весно Тамберлов 7 кат 3, 0572 Велково tomorrow',
      [['ADDRESS', 4, 11]],
    ],
    [
      'Arabic embankment street, house unit before the postcode and town',
      'Address: 705 سبيل تمبرلو 400 بيت 82380-3257 فسكين thanks',
      [['ADDRESS', 1, 8]],
    ],
    [
      'Arabic passage street, postcode, town',
      'Address: 39273 رصيف تمبرلو 85211 فسكين thanks',
      [['ADDRESS', 1, 6]],
    ],
    [
      'Hebrew footpath street (also a family name)',
      'Address: משעול תמברלו וסקין 600 78 חדר 4640901 תמברלו צפון thanks',
      [['ADDRESS', 1, 10]],
    ],
    [
      'Hebrew footpath street ending at its number and a comma, then postcode and town',
      'please ship it to משעול תמברלו שלום 39, 6968616 וסקין, ישראל tomorrow',
      [['ADDRESS', 4, 11]],
    ],
    [
      'Hebrew road said in raw ASR after a cue, its number in words',
      'my address is דרך תמברלו יוסף eight six דירה וסקין okay',
      [['ADDRESS', 3, 10]],
    ],
    [
      'Thai street without ถนน: house number, postcode and a known province',
      'Address: 98 ทัมเบอร์โล 56850 ขอนแก่น ไทย thanks',
      [['ADDRESS', 1, 6]],
    ],
    [
      'Thai said in raw ASR without vowel marks',
      'address ninety eight ทมเบอรโล five six eight five oh ขอนแกน thank you',
      [['ADDRESS', 1, 10]],
    ],
    [
      'Thai street named without its type, a comma, then a known province',
      'My address is 796 ทัมเบอร์โล, ขอนแก่น, okay?',
      [['ADDRESS', 3, 6]],
    ],
    // precision: script text that is no address
    ['Thai count of pieces, a comma and a province', 'ซื้อ 3 ชิ้น, ขอนแก่น', []],
    ['Greek sentence with an ordinal', 'Ήρθε 2ος στον αγώνα χθες', []],
    ['Russian sentence with a number', 'Мы купили 5 книг вчера вечером', []],
    ['Thai price with no place after it', 'ซื้อ 3 ชิ้น ราคา 25000 บาท', []],
    ['Hebrew sentence without an address word', 'הוא אמר שהוא יבוא מחר בבוקר', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(kept(text)).toEqual(expected));
});
