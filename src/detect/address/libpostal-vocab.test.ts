/**
 * Street types of languages the hand-written lists lack, generated from libpostal's dictionaries
 * (lexicons/address/street-types/<lang>-libpostal.txt, scripts/build-libpostal-address-vocab.ts):
 * prefix types (Welsh, Irish, Galician, Slovak, Belarusian, Malay, Breton), glued endings
 * (Luxembourgish, Swiss German, Icelandic), separate suffix types (Afrikaans), abbreviations taken only with
 * their dot. Streets are invented; exact word offsets; negatives are words the generator must keep
 * out (honorifics, qualifiers, bare abbreviations, English words).
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('street types of languages without a hand-written list', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Welsh prefix', 'Our new office, Stryd Pendraw 7, opens soon.', [[3, 6]]],
    ['Irish prefix', 'The parcel for Bóthar Dúnmhara 22 came back.', [[3, 6]]],
    ['Galician prefix with a particle', 'The clinic on Praza do Souto 9 is open.', [[3, 7]]],
    ['Slovak prefix', 'The bakery on Ulička Pod Hájom 5 closed.', [[3, 7]]],
    ['Belarusian prefix, Cyrillic', 'The shop on вуліца Камарова 12 closed.', [[3, 6]]],
    ['Malay prefix', 'The stall on Changkat Seroja 8 closed.', [[3, 6]]],
    ['Breton prefix', 'The farm on Hent Kerbrat 3 closed.', [[3, 6]]],
    ['Luxembourgish glued ending', 'The bakery on Millerstrooss 17 closed.', [[3, 5]]],
    ['Swiss German glued ending', 'The bakery on Bimmelstross 17 closed.', [[3, 5]]],
    ['Icelandic ending, only glued', 'The bakery on Lindarholt 7 closed.', [[3, 5]]],
    ['Afrikaans suffix', 'The depot on Kaapse Sloot 4 closed.', [[3, 6]]],
    ['abbreviation with its dot', 'The shop on Прасп. Незалежнасці 12 closed.', [[3, 6]]],
    ['Irish prefix, spoken', 'the parcel for bothar dunmhara twenty two came back', [[3, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('words the generated lists keep out', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a Malay honorific before a name', 'I met Haji Rahman 3 times last year.', []],
    ['an Icelandic glued ending written apart', 'We met Anna Holt 5 times.', []],
    ['a German qualifier after a name', 'The Kessler Obere 3 won the cup.', []],
    ['an abbreviation without its dot', 'The Prasp Lukov 12 team won.', []],
    ['an English word libpostal lists as a type', 'The team lost two Sugar Bowl finals in a row.', []],
    [
      'a spur line, spoken',
      'the freight line passes marker six point one quarry eastbound spur and ends',
      [],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
