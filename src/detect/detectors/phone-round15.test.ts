/**
 * The written and said forms that the per-locale probe (phone-locales.test.ts) found missed, and
 * opening hours that were read as phone numbers. Every number and frame is INVENTED (555-01xx for
 * North America; other regions' numbers with digits chosen for their plans). Spans are word ranges
 * of PHONE_NUMBER (and, for the hours, of any entity: hours are no account number either).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const spansOf = (line: string, type?: string): number[][] =>
  analyze(sayWords(line))
    .filter((c) => type === undefined || c.type === type)
    .map((c) => [c.startWord, c.endWord]);
const phoneSpans = (line: string): number[][] => spansOf(line, 'PHONE_NUMBER');

describe('the one to be called named between the calling verb and the number', () => {
  it.each([
    ['You can reach Mira Tolvanen at 81745962 after six.', [[6, 7]]],
    ['you can reach mira tolvanen at eight one seven four five nine six two after six', [[6, 14]]],
    ['Please reach out to Mira Tolvanen at 2905 4944.', [[7, 9]]],
    ['You could reach the front desk at 201-555-0143 today.', [[7, 8]]],
    ['Mira is reachable at 06 12 34 56 78 most days.', [[4, 9]]],
    ['please ring 8123 4567', [[2, 4]]],
    ['please ring eight one two three four five six seven', [[2, 10]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([
    // "can reach" with a count, a height or a temperature after it
    ['We can reach 25000 users by 2027.'],
    ['You can reach the summit at 2350 m.'],
    ['the oven could reach 1500 degrees'],
  ])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});

describe('a phrase after the number naming it', () => {
  it.each([
    ['Is 8123 4567 still the best number for you?', [[1, 3]]],
    ['is eight one two three four five six seven still the best number for you', [[1, 9]]],
    ['Is 06 12 34 56 78 the right number?', [[1, 6]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
});

describe('two short numbers offered with "or" are two numbers', () => {
  it.each([
    [
      'Tel. 70 83 37 or 77 55 81.',
      [
        [1, 4],
        [5, 8],
      ],
    ],
    [
      'telephone seven zero eight three three seven or seven seven five five eight one',
      [
        [1, 7],
        [8, 14],
      ],
    ],
    [
      'Tlf. 120377 eller 152174',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    // a North American number is still joined from its pieces
    ['my cell is two oh one five five five oh one four three', [[3, 13]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
});

describe('an ISBN has its check digit as a group of its own', () => {
  it.each([
    // ten digits in pairs passing the ISBN-10 sum by chance, labelled as a mobile
    ['02 00 38 65 73 (mobile)', [[0, 5]]],
    ['Mobile: 02 00 38 65 73', [[1, 6]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([['ISBN 0-306-40615-2 is the first edition.'], ['The book is ISBN 978-0-306-40615-7.']])(
    'leaves %s alone',
    (line) => {
      expect(phoneSpans(line)).toEqual([]);
    },
  );
});

describe('opening hours are no phone or account number', () => {
  it.each([
    ['Hours 0900 - 1730'],
    ['Opening hours: 0830 – 1700'],
    ['Open Mon-Fri 0800-1800, Sat 0900-1300.'],
    ['Öffnungszeiten 0800-1600'],
    ['horaires 0830-1215 et 1400-1800'],
    ['Shift 0700-1530 on site'],
    ['hours oh nine oh oh seventeen thirty'],
    ['we are open oh eight three oh seventeen hundred'],
  ])('%s', (line) => {
    expect(spansOf(line)).toEqual([]);
  });
  it.each([
    // a word naming the telephone introduces them: a phone number
    ['Tel. 0900 1730', [[1, 3]]],
    ['Tel. 0900-1730', [[1, 2]]],
    // not two times of day in order, or off the quarter hour without a word naming hours
    ['Write down 0915 2230 please', [[2, 4]]],
    ['Hours 0900 - 1730, call 0612 345 678', [[5, 8]]],
    ['Call me on 0612-1845 tonight.', [[3, 4]]],
    // a phone cue right before a quarter-hour range and no word of hours: a leak costs more
    ['Call 0900-1730', [[1, 2]]],
    ['Call us on 0900-1730 today.', [[3, 4]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
});

describe('a phone number said right before an email address keeps its own span', () => {
  it.each([
    [
      'contact details mira tolvanen zero one zero four eight five two nine nine three nine mira at example dot com',
      [
        ['PERSON', 2, 4],
        ['PHONE_NUMBER', 4, 15],
        ['EMAIL', 15, 20],
      ],
    ],
    [
      'my number is two oh one five five five oh one four three mira at example dot com',
      [
        ['PHONE_NUMBER', 3, 13],
        ['EMAIL', 13, 18],
      ],
    ],
    [
      'contact details mira tolvanen plus two seven eight oh oh four five three one two nine mira at example dot com',
      [
        ['PERSON', 2, 4],
        ['PHONE_NUMBER', 4, 16],
        ['EMAIL', 16, 21],
      ],
    ],
    [
      'call two oh one five five five oh one four three extension one two five mira at example dot com',
      [
        ['PHONE_NUMBER', 1, 15],
        ['EMAIL', 15, 20],
      ],
    ],
    // digits after the letters of the local part stay in the address
    ['my email is j doe one nine eight five at example dot com', [['EMAIL', 3, 13]]],
    ['my email is one two three four five six seven eight at example dot com', [['EMAIL', 3, 15]]],
    // an address after the phone number is still one
    [
      'call me on oh two oh seven nine four six oh oh one eight i live at twelve quillon lane tovarre',
      [
        ['PHONE_NUMBER', 3, 14],
        ['ADDRESS', 17, 21],
      ],
    ],
  ])('%s', (line, want) => {
    expect(analyze(sayWords(line)).map((c) => [c.type, c.startWord, c.endWord])).toEqual(want);
  });
});

describe('a number with a slash after its area code inside quotes', () => {
  it.each([
    ['Her number is "0460/338 015".', [[3, 5]]],
    ['Her number is "+36 20/085-9515".', [[3, 5]]],
  ])('%s', (line, want) => {
    expect(phoneSpans(line)).toEqual(want);
  });
  it.each([['The date was "03/2019".']])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});
