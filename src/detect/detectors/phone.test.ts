import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { phoneDetector } from './phone.js';

const detect = (line: string, region?: string) =>
  phoneDetector.detect(buildDetectionContext(sayWords(line), region));
const ranges = (line: string, region?: string) => detect(line, region).map((c) => [c.startWord, c.endWord]);

/**
 * Numbers of other regions (issue 12), each category in both styles: formatted text and raw ASR.
 * Values: the UK's drama ranges (020 7946 0xxx, 07700 900xxx) and libphonenumber's example numbers.
 */
describe('phone numbers of every region', () => {
  it.each([
    // with a country code: +44, 0044, 011 44, a (0) kept for national callers, "plus", "double oh"
    ['Reach me on +44 20 7946 0018 any time.', [[3, 7]]],
    ['Reach me on 0044 20 7946 0018 any time.', [[3, 7]]],
    ['From the US dial 011 44 20 7946 0018 please.', [[4, 9]]],
    ['Our London desk: +44 (0)20 7946 0018.', [[3, 7]]],
    ['The Tokyo number +81 3-1234-5678 works.', [[3, 5]]],
    ['Moscow: +7 (495) 123-45-67.', [[1, 4]]],
    ['reach me on plus four four two oh seven nine four six oh oh one eight any time', [[3, 16]]],
    ['reach me on double oh four four two oh seven nine four six oh oh one eight any time', [[3, 17]]],
    ['from the states it is oh one one four four two oh seven nine four six oh oh one eight', [[5, 20]]],
    // national numbers with a trunk prefix, in groups or said digit by digit, no cue needed
    ['Write to me or ring 020 7946 0018 after six.', [[5, 8]]],
    ['You can reach the office on (030) 901820 until noon.', [[6, 8]]],
    ['Freephone 0800 123 4567 is open.', [[1, 4]]],
    ['i am on oh two oh seven nine four six oh oh one eight most days', [[3, 14]]],
    // after a cue or a label of any language, numbers of 6 to 9 digits too
    ['My mobile is 06-12345678 if that helps.', [[3, 4]]],
    ['Telefon 32 12 34 56', [[1, 5]]],
    ['Tel.: 901820', [[1, 2]]],
    ['Tél. : 01 23 45 67 89', [[2, 7]]],
    ['phone: 612 345 678', [[1, 4]]],
    ['mob 07700 900123', [[1, 3]]],
    ['my cell is three two one two three four five six', [[3, 11]]],
    ['Is 555 1414 still your number?', [[1, 3]]],
    [
      '0612345678 (mobile) or 020 7946 0018 (home).',
      [
        [0, 1],
        [3, 6],
      ],
    ],
    ['personal info phone two one two eight four six nine eight two five four eight e mail', [[3, 15]]],
    // the extension belongs to the number
    ['Call 020 7946 0018 x204 after six.', [[1, 5]]],
    ['Call 020 7946 0018 ext. 17 after six.', [[1, 6]]],
    ['call me on oh two oh seven nine four six oh oh one eight extension one seven after six', [[3, 17]]],
    ['telephone plus four four two oh seven nine four six oh oh one eight ext one e mail', [[1, 16]]],
    // an extension written onto the number (formatted text): the digits before it are the number
    ['I keep receiving messages to (579)555-0143x123 from them', [[5, 6]]],
    ['I keep receiving messages to 579.555.0143x4567 from them', [[5, 6]]],
    ['I keep receiving messages to +1-579-555-0143x123 from them', [[5, 6]]],
    ['I keep receiving messages to 001-579-555-0143x12345 from them', [[5, 6]]],
    ['Write to me or ring 020 7946 0018x204 after six.', [[5, 8]]],
    // nine digits in threes, or groups opening with a trunk zero: a phone number, not an amount
    ['They never pick up at 699 482 137. Any idea why?', [[5, 8]]],
    ['They never pick up at 061 123 456. Any idea why?', [[5, 8]]],
    // a cue of a field that is no number, said words before, does not take a valid number
    ['My name is Jo and they never answer at 71-48-36-29 so what now', [[9, 10]]],
    ['my name is jo they never answer at seven one four eight three six two nine so', [[8, 16]]],
    // a number after other digits in one run: a postcode before it
    ['Cairo, 11381 00268 7612 8879 office', [[2, 5]]],
    // cue words that used to suppress these numbers
    ['call me on the number I gave with my order, 020 7946 0018.', [[10, 13]]],
    ['I ordered a blender but no text ever came to my usual registered +968 9157 3324.', [[13, 16]]],
    ['my phone number is oh five oh one two three four four four four three', [[4, 15]]],
    // five digits right after a phone cue: a whole number of a small plan (Cook Islands, Tuvalu ...)
    ['We relocated, so kindly update my phone number to 47319.', [[9, 10]]],
    ['we relocated so kindly update my phone number to four seven three one nine thanks', [[9, 14]]],
    ['Tel. 23456 (home)', [[1, 2]]],
    // a form label glued to the number with a colon ("Phone:(415) ...", "Mobile:0770...", "tel:+44 ...")
    ['Phone:(415) 555-0132 is mine.', [[0, 2]]],
    ['Mobile:07700900123', [[0, 1]]],
    ['Call me at tel:+44 20 7946 0018 today.', [[3, 7]]],
    ['number:415-555-0132;', [[0, 1]]],
    // "plus" before a number whose digits ASR ran together ("twenty seven" for "20 7") stays with it
    ['telephone plus five nine four six nine four twenty seven four seventy six e mail', [[1, 13]]],
    // six digits named by a label after them (plans dialling six digits: WF, GL, FO ...)
    [
      'Reach us at 72 48 36 office or 82 57 19 fax, thanks.',
      [
        [3, 6],
        [8, 11],
      ],
    ],
    [
      'reach us at seven two four eight three six office or eight two five seven oh nine fax',
      [
        [3, 9],
        [11, 17],
      ],
    ],
  ])('finds %s', (line, expected) => {
    expect(ranges(line)).toEqual(expected);
  });

  it.each([
    ['It was founded on 12.03.2019 in Bonn.'],
    ['It was founded on 2019-03-12 in Bonn.'],
    ['He served from 1990-1995 in the senate.'],
    ['The town has 1 234 567 inhabitants.'],
    ['The budget was 12 500 000 that year.'],
    ['Pi is about 3.14159 and e 2.71828.'],
    ['ISBN 0-306-40615-2 is the first edition.'],
    ['See 978-3-16-148410-0 for the first edition.'],
    ['She ended the season 1983 42-3 with 38 wins.'],
    ['3 March 1951 -- 17 October 1951.'],
    ['twenty seventeen oh one twenty five five hundred thirty thousand four hundred ninety'],
    ['sensor seventeen number temp seventeen oh oh oh number humi thirty eight double oh oh'],
    // a company reference keeps its number, however phone-like
    ['your order 020 7946 0018 shipped'],
    ['your order number is 020 7946 0018'],
    ['the citation number is p v four four one oh two nine eight seven seven'],
    // five digits: only right after a phone cue, and not a quantity
    ['my phone number changed and the parcel weighed 51286 grams'],
    ['i paid 51286 for it'],
    ['the phone cost me 51286 yen'],
    ['We ordered 150,000 office chairs.'],
    // a glued label with a time or a code is no phone number
    ['Time:10:30 works for me.'],
    ['Ref:AB12345 is the ticket.'],
    ['we ordered one hundred fifty thousand office chairs'],
  ])('leaves %s alone', (line) => {
    expect(ranges(line)).toEqual([]);
  });

  it('reads national numbers of the default region (policy.region) without a cue', () => {
    expect(ranges('You will find me at 3212 3456 all day.', 'US')).toEqual([]);
    expect(ranges('You will find me at 3212 3456 all day.', 'DK')).toEqual([[5, 7]]);
  });
});

describe('phone detector', () => {
  it.each([
    ['my cell is four one five five five five oh one three two thanks', [[3, 13]]],
    ["It's (415) 555-0132, that's my cell.", [[1, 3]]],
    ['call me back at 1-415-555-0134. Thanks', [[4, 5]]],
    ['uh eight one eight uh five five five oh one four two', [[1, 12]]],
    ['my number is two one two double five five oh one nine nine', [[3, 13]]],
    ['the best number is four one five five five five oh one three two oh i also', [[4, 14]]],
    ['reach me on plus four four two zero seven nine four six oh nine five eight', [[3, 16]]],
    ['area code four one five and then five five five oh one three two', [[2, 14]]],
    ['my cell is five five five oh one two three', [[3, 10]]],
    ["my number's four one five five five five oh one three two", [[2, 12]]],
    ['my cell is four one five five five five sorry five five five oh one three two thanks', [[3, 17]]],
    ['Cell: (415)555-0132.', [[1, 2]]],
    // a filler inside the value belongs to it
    ['my cell is six oh two five five five uh oh one three one thanks', [[3, 14]]],
    ['best number | five four one um double five five oh one oh five', [[2, 13]]],
    // a local number starting with "double", after its area code
    ['the local number is double five five oh one three two', [[4, 11]]],
    [
      'area code is five four one and the number is double five five oh one three two',
      [
        [3, 6],
        [10, 17],
      ],
    ],
    ['the area code is five four one', [[4, 7]]],
    [
      'my cell is five four one | got it and the rest | double five five oh one three two',
      [
        [3, 6],
        [11, 18],
      ],
    ],
    // two numbers back to back (a read-back right after the customer's number) are two phones
    [
      'okay so that is five four one five five five oh one six six five four one five five five oh one six six correct',
      [
        [4, 14],
        [14, 24],
      ],
    ],
    // said in pieces, each echoed back by the agent
    [
      'what is your number | four one five | four one five | five five five | mhm five five five | oh one three two | oh one three two',
      [[4, 25]],
    ],
    // a complete NANP number needs no cue, and a cue for some other field does not veto it
    ['Sure, it is (405) 555-0196.', [[3, 5]]],
    ['Email is jo@example.com, then 520-555-0133.', [[4, 5]]],
    [
      'can you spell the name on the account | sure it is five four one um double five five oh one oh five',
      [[11, 22]],
    ],
    [
      'and a phone number in case the courier needs you four oh four five five five oh one double nine great',
      [[10, 20]],
    ],
    // "uh oh" inside a number: a filler and the digit zero, also written as one word
    ['my cell is six oh two five five five uh-oh one three one', [[3, 13]]],
    ['six oh two five five five uh oh one three one', [[0, 11]]],
    // an "oh" before a complete number is an interjection: NANP numbers never start with 0
    ['my number is uh oh six oh two five five five oh one three one', [[5, 15]]],
    // the head noun names the field, "on the order" only where it is stored
    ["What's the phone number on the order? (405) 555-0196.", [[7, 9]]],
    ['the contact number tied to the booking | four oh five five five five oh one nine six', [[7, 17]]],
    [
      'my cell is four one five five five five oh one three two four one five five five five oh one three two',
      [
        [3, 13],
        [13, 23],
      ],
    ],
  ])('finds %s', (line, expected) => {
    expect(ranges(line)).toEqual(expected);
  });

  it.each([
    ['your order number is four one five five five five oh one three two'],
    ['the claim number is 4155550132.'],
    [
      'your case number is four one five five five five oh one three two | so that is four one five five five five oh one three two',
    ],
    ['that comes to one thousand two hundred eighty eight dollars'],
    ['press one for billing or two for support'],
    ['i drive a two thousand nine sedan'],
    ['my account number is four one five five five five oh one three two'],
    ['we are open until five thirty on monday'],
    ['the tracking number is 1Z999AA10123456784'],
    ['you can also call us toll free at 1-800-555-0199.'],
    // a company reference cue owns even a complete NANP number, and so does a direct account cue
    ['your ticket number is | uh let me see | five four one five five five oh one six six'],
    ['in case you need it the order number is 405-555-0196.'],
    ['what is the loan number | five four one five five five oh one six six'],
    ['i paid five four one dollars'],
    ['i am in room five four one'],
    ['The IMEI on the phone? | 356938035643809'],
    // a bare "number on the order" may be the order number itself
    ["what's the number on the order | 4 0 5 5 5 5 0 1 9"],
    ["What's the order number on the booking? 4055550196."],
  ])('leaves %s alone', (line) => {
    expect(ranges(line)).toEqual([]);
  });

  it('gives the national number as value, the same for every way of saying it', () => {
    expect(detect('my cell is (415) 555-0132.')[0]!.value).toBe('4155550132');
    expect(detect('my cell is +1 (415) 555-0132.')[0]!.value).toBe('4155550132');
    expect(detect('my cell is one four one five five five five oh one three two')[0]!.value).toBe(
      '4155550132',
    );
  });
});
