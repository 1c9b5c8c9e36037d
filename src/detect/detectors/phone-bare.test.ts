/**
 * National numbers written with no cue and no trunk prefix (round 11): the grouping decides. A
 * number written in the groups libphonenumber formats it with in a region where it is valid is a
 * phone number; a year, a date, a ZIP+4 code or a count written with spaces is not, and a cue
 * before it (account, order) still gives it to its field. Two numbers written around a slash are
 * two spans. Invented numbers in the shapes of libphonenumber's example numbers, digits changed.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const spans = (line: string): [string, number, number][] =>
  analyze(sayWords(line))
    .filter((c) => c.type === 'PHONE_NUMBER' || c.type === 'ACCOUNT_NUMBER')
    .map((c) => [c.type, c.startWord, c.endWord]);

const P = 'PHONE_NUMBER';
const A = 'ACCOUNT_NUMBER';

describe('bare national numbers: written in a region grouping', () => {
  it.each([
    // ES, PL, CZ: groups of a plan with no trunk prefix
    ['I left 622 48 19 37 with the front desk.', [[P, 2, 6]]],
    ['513 274 869 is the best way to get me.', [[P, 0, 3]]],
    ['Write down 602 318 457', [[P, 2, 5]]],
    ['Write down 612.48.19.37 please', [[P, 2, 3]]],
    // BR: the area code in brackets, a hyphen in the local number
    ['(11) 97234-5618 is the best way to get me.', [[P, 0, 2]]],
    // two groups in one word (HN), seven digits in one word (MV)
    ['Write down 9456-7812', [[P, 2, 3]]],
    ['I wrote "771-4829" on the note.', [[P, 2, 3]]],
    // the extension after it belongs to it
    ['I left 622 48 19 37 ext. 12 with the front desk.', [[P, 2, 8]]],
    // ten digits in one piece after a trunk prefix (AU, NL), as when said digit by digit
    ['I left 0412758391 with the front desk.', [[P, 2, 3]]],
    ['0623547819 is the best way to get me.', [[P, 0, 1]]],
  ])('%s', (line, expected) => {
    expect(spans(line)).toEqual(expected);
  });
});

describe('an extension after a bare number says it is a phone number', () => {
  it.each([
    // said digit by digit with no grouping: the extension is the telephone's
    [
      'i left six two two four eight one nine three seven extension two oh four with the front desk',
      [[P, 2, 15]],
    ],
    ['three one two four five eight extension one seven is the best way', [[P, 0, 9]]],
    // six digits in pairs with an extension (not joined with the digits after it)
    ['I left 21 47 38 x204 there', [[P, 2, 6]]],
    ['Phone 21 47 38 x204 after six.', [[P, 1, 5]]],
    // a hash extension before a closing quote; its digits make no card with the number's
    ['I wrote "(201) 555-0147 #123" on the note.', [[P, 2, 5]]],
    ['I wrote "622 48 19 37 #123" on the note.', [[P, 2, 7]]],
    // no extension: six digits stay a count or a date
    ['I left 21 47 38 there', []],
    ['We ordered 150 000 extension cords.', []],
  ])('%s', (line, expected) => {
    expect(spans(line)).toEqual(expected);
  });
});

describe('two numbers around a slash are two spans', () => {
  it.each([
    [
      'I left 0471 52 38 19 / 0472 61 84 27 with her.',
      [
        [P, 2, 6],
        [P, 7, 11],
      ],
    ],
    [
      'Call me on (201) 555-0147 / (201) 555-0183 please.',
      [
        [P, 3, 5],
        [P, 6, 8],
      ],
    ],
    [
      'Call me on 0471 523819 / 0472 618427 please.',
      [
        [P, 3, 5],
        [P, 6, 8],
      ],
    ],
    // an account cue: two accounts
    [
      'My account number is 12345678 / 87654321 there.',
      [
        [A, 4, 5],
        [A, 6, 7],
      ],
    ],
    // an area code before a spaced slash stays in its number
    ['Phone: 030 / 901820', [[P, 1, 4]]],
  ])('%s', (line, expected) => {
    expect(spans(line)).toEqual(expected);
  });
});

describe('six digits in pairs shaped like a date', () => {
  it.each([
    // a word naming the telephone right before, or a label after: a six-digit plan (FO, GL, WF)
    ['Tel. 24.11.38', [[P, 1, 2]]],
    ['Fax: 28-10-57 (office)', [[P, 1, 2]]],
    // otherwise a date
    ['We met on 24.11.38 there.', []],
    ['Call me on 24.11.38 at noon.', []],
  ])('%s', (line, expected) => {
    expect(spans(line)).toEqual(expected);
  });
});

describe('bare numbers that stay what they are', () => {
  it.each([
    // years, year ranges (also in brackets, with a typographic dash), a year then a count
    ['In 2006 125 soldiers came.', []],
    ['Romberg (1795–1873) wrote it.', []],
    ['Between 1998 2004 we moved.', []],
    // a date with spaces, a ZIP+4 code, counts and amounts
    ['We met 12 03 2019 there.', []],
    ['It had 560 1234 entries.', []],
    ['About 12 500 000 people came.', []],
    ['The total came to 1 234 567 dollars.', []],
    // two groups apart are too common a shape: only the default region reads them (US here), and
    // eight bare digits are left to the account detector
    ['You will find me at 3212 3456 all day.', [[A, 5, 7]]],
    // a cue before the number gives it to its field
    ['Your order number is 612 34 56 78.', []],
    ['My account number is 622 48 19 37.', [[A, 4, 8]]],
    ['the account number is six two two four eight one nine three seven', [[A, 4, 13]]],
  ])('%s', (line, expected) => {
    expect(spans(line)).toEqual(expected);
  });

  it('leaves a ZIP+4 code to the address detector', () => {
    expect(spans('My zip is 90210-1234.')).toEqual([]);
  });
});
