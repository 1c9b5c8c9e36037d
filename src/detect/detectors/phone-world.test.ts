/**
 * A generated table: the example mobile number of every region libphonenumber-js knows, written
 * the ways people write it (national and international format, E.164, with the 00 prefix, with
 * "(0)", with hyphens or dots, the area code before a slash) and said digit by digit, each after a
 * phone cue. The whole analysis must give each number as one PHONE_NUMBER span, exactly. Regions
 * whose whole numbers have 5 digits or fewer (Tokelau, Saint Helena ...) are left out: after a bare
 * "reach me at" so short a number is no safer a phone than a count.
 * Written forms that read as a date are left out too.
 */
import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const say = (written: string): string =>
  [...written.replace(/\D/g, '')].map((d) => DIGIT_WORDS[Number(d)]).join(' ');

/** The ways of writing one region's example number, by name (undefined: not written so there). */
function writings(region: CountryCode): Record<string, string | undefined> | null {
  const number = getExampleNumber(region, examples as never);
  if (!number || number.nationalNumber.length <= 5) return null;
  const national = number.formatNational();
  const intl = number.formatInternational();
  return {
    national,
    international: intl,
    e164: number.number,
    'with 00': intl.replace('+', '00'),
    'with (0)': /^\(?0/.test(national) ? intl.replace(/^(\+\d+) /, '$1 (0)') : undefined,
    hyphens: national.replace(/ /g, '-'),
    dots: national.replace(/[ -]/g, '.'),
    // "030/901820": only where a trunk zero and the area code open the national format
    slash: /^\(?0\d{1,4}\)? \d{3}/.test(national) ? national.replace(' ', '/') : undefined,
    'said national': say(national),
    'said international': `plus ${say(intl)}`,
  };
}

const DATE_LIKE = /^\d{1,2}([-.])\d{1,2}\1\d{2}$/;
const cases: [string, string, string][] = [];
for (const region of getCountries()) {
  for (const [how, text] of Object.entries(writings(region) ?? {})) {
    // "21-12-34", "22.12.34" (Faroe, Greenland): written so, six digits are a date first
    if (text !== undefined && !DATE_LIKE.test(text)) cases.push([region, how, text]);
  }
}

/** [start, end) of every PHONE_NUMBER span of the whole analysis. */
const phoneSpans = (line: string): number[][] =>
  analyze(sayWords(line))
    .filter((c) => c.type === 'PHONE_NUMBER')
    .map((c) => [c.startWord, c.endWord]);

describe('example numbers of every region, written and said', () => {
  it('covers most regions', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThan(220);
  });

  it.each(cases)('%s %s: %s', (_region, _how, text) => {
    const words = text.split(' ').length;
    expect(phoneSpans(`You can reach me at ${text} after six.`)).toEqual([[5, 5 + words]]);
  });
});

describe('numbers glued to a label, slashes', () => {
  it.each([
    // the area code before a slash (DE, AT, CH ...)
    ['Tel.: 030/901820 after six.', [[1, 2]]],
    ['Write to 0171/1234567 tomorrow.', [[2, 3]]],
    ['The desk is on 044/123 45 67 until noon.', [[4, 7]]],
    // a label glued with a hyphen, before or after the number
    [
      'Call Tel-030 901820 or Mobil-0171 1234567 now.',
      [
        [1, 3],
        [4, 6],
      ],
    ],
    [
      'Numbers: 71 38 06-Office, 71 45 29-Fax thanks',
      [
        [1, 4],
        [4, 7],
      ],
    ],
    ['Lines: 415-555-0132 x204-Fax, thanks', [[1, 3]]],
    // dialled from abroad: a checksum passed by chance makes no payment card
    ['Her numbers are 0048 512 345 009 office and more.', [[3, 7]]],
    ['Try +358 (0)41 2345009 in the morning.', [[1, 4]]],
    // where a line is called or written to
    ['Nobody is answering at 555 0143 today.', [[4, 6]]],
    ['Please stop the messages to 555 0143 now.', [[5, 7]]],
    // a written number right after a postcode, with an extension and a label
    ['Box 40 APO AE 09216 1-406-555-0178x312 office and more.', [[5, 6]]],
    // a label after the extension names the number; a valid number keeps its last "oh"
    ['Lines: 560 1234 ext. 12 office, and more', [[1, 5]]],
    ['lines six four nine two four one three oh three oh extension four seven one fax', [[1, 15]]],
    // vanity numbers after a phone cue: the capitals are keypad digits
    ['My number is 555-CALL-NOW thanks.', [[3, 4]]],
    ['My cell is (415) 555-TAXI, call any time.', [[3, 5]]],
    ['Phone: 1-800-FLOWERS', [[1, 2]]],
    // a date said in natural numbers after the number, still inside the cue's reach, is no phone
    [
      'my cell is five five five oh one four three date two thousand three zero eight twenty eight twelve thirteen',
      [[3, 10]],
    ],
  ])('finds %s', (line, expected) => {
    expect(phoneSpans(line)).toEqual(expected);
  });

  it.each([
    // dates and seasons with a slash, codes with a hyphen
    ['Paid on 03/2019, then 05/12 and 03/15/2019.'],
    ['The 2019/20 season ended on 12/03/2019.'],
    ['The F-16 and Office-2019 and Home-2019 1234 shipped.'],
    ['We moved in 1998/1999 and left in 04/2005.'],
    // codes that open with letters, capitals without digits, a vanity number of a company
    ['Call me about the COVID-19 test and form ABC-1234 today.'],
    ['Phone: UNKNOWN'],
    ['Your order number is 1-800-FLOWERS.'],
    // dates written with spaces around the separators, readings of a sensor with labels between
    ['Logged 2016 - 08 - 14 at noon.'],
    ['The level was 0.7 m at 23 / 09 / 2015 today.'],
    ['Reading 612873 (Probe: 31 #Level: 31. 000'],
    // amounts, order numbers and zip codes stay unmarked near a phone cue
    ['I called about the 1 234 567 dollars on order 020 7946 0018.'],
    ['Call me about zip code 90210 or the invoice of 12.500.000.'],
    ['We sent messages to 12 500 000 customers last year.'],
  ])('leaves %s alone', (line) => {
    expect(phoneSpans(line)).toEqual([]);
  });
});
