import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { accountDetector } from './account.js';

const detect = (line: string) => accountDetector.detect(buildDetectionContext(sayWords(line)));
const ranges = (line: string) => detect(line).map((c) => [c.startWord, c.endWord]);

describe('account detector', () => {
  it.each([
    ['the card number is four one one one one one one one one one one one one one one one thanks', [[4, 20]]],
    ['Card number is 4111 1111 1111 1111. Thanks', [[3, 7]]],
    ['it is 4111 1111 1111 1112 okay', [[2, 6]]],
    ['my routing number is oh one one oh oh oh oh one five', [[4, 13]]],
    ['my member id is x k q four eight two one three seven', [[4, 13]]],
    ['Policy number: MH-5146187. Thanks', [[2, 3]]],
    ['what are the last four of the card | four three two one', [[8, 12]]],
    ['the visa ends in one triple eight', [[4, 7]]],
    ['IBAN GB82WEST12345698765432 thanks', [[1, 2]]],
    ['the card ending 4321 was declined', [[3, 4]]],
    ['the card ending forty two seventeen', [[3, 6]]],
    // a payment card is a card whatever cue is nearest, even one for another field
    ['What is the name and number on the card? | Jo Smith, 4916 0521 9834 7722. Thanks', [[11, 15]]],
    // loan numbers, leading "oh oh", and long numbers without a cue
    ['the loan number is oh oh four seven seven one nine two three eight', [[4, 14]]],
    ['Got it. And it is 0418827735. Thanks', [[5, 6]]],
    ['hang on | okay oh oh four seven seven one nine two', [[3, 11]]],
    // a number that only looks like a date is still one after a cue
    ['my account number is 1983 1986', [[4, 6]]],
    ['my account number is 20230415', [[4, 5]]],
    // a year-shaped number asked for directly, and a member id with letters said a while later
    ['my account number is 1998', [[4, 5]]],
    [
      "what's your member id | it's on the front of the loyalty fob uh it's k k three eight one oh five six z",
      [[14, 23]],
    ],
    ['card number nineteen ninety two oh four seventeen ten ten nineteen', [[2, 11]]],
    // eight digits with no cue that cannot be a date
    ['Shipped by the carrier 20231345 to the depot', [[4, 5]]],
    // an IBAN spelled with the letter O beside a digit ("w e s o one ..."): the checksum says O, not 0
    [
      'the transfer came from g b five nine w e s o one two three four five six nine eight seven six five four three two yesterday',
      [[4, 26]],
    ],
    // IBAN in groups of four with letters inside a group, with or without a cue
    ['IBAN is GB38 TEST 4051 1873 9206 41. Thanks', [[2, 8]]],
    ['Send it to GB38 TEST 4051 1873 9206 41.', [[3, 9]]],
    // an alphanumeric member id after a cue, a question and an answer in between
    ['Do you have a frequent flyer number? Yes, it is CB7734921. Great', [[10, 11]]],
    ['Your policy? | MH-5146187.', [[2, 3]]],
    [
      'can i get your account number | yeah um let me grab it okay it is eight eight four five two seven seven oh six',
      [[15, 24]],
    ],
  ])('finds %s', (line, expected) => {
    expect(ranges(line)).toEqual(expected);
  });

  it.each([
    ['your confirmation number is x k q four eight two one three seven'],
    ['the order number is W835980184.'],
    ['what are the last four of your social | six seven eight nine'],
    ['my account balance is one thousand two hundred dollars'],
    ['i have been a member for twelve years'],
    ['i have been a member since two thousand ten'],
    ['your case id is x k q four eight two one three seven'],
    ['the policy covers up to fifteen hundred'],
    ['my account has been down for twenty three days'],
    ['your claim number is three three six eight six six seven three | an adjuster will call'],
    ['the card number is | oh wait what is my zip | nine oh two one oh'],
    // prices said in pairs are not account numbers, and company references with letters are not PII
    ['my account got billed twenty four ninety nine last month'],
    ['your account shows one twenty nine ninety nine'],
    ['what is the dispute id | DSP-44817. Got it'],
    ['I have opened a dispute about the card. It is DSP-44817.'],
    ['The IMEI on the phone? | 356938035643809'],
    ['Let me pull up your account. Okay, I have logged that under RQ-20417 for you.'],
    // phone numbers, alone or two back to back, are the phone detector's
    [
      'okay so that is five four one five five five oh one six six five four one five five five oh one six six',
    ],
    ['Got it. And it is 541-555-0166. Thanks'],
    ['hang on | okay oh three one five one nine eight two'],
    // dates, times and year ranges without a cue are not long numbers
    ['Date: 2004-09-21 10:41:07 Name: Jo Example'],
    ['XR-47 Kestrel, 1951 -- 1953; XR-51 Falcon'],
    ['men such as Emil Example (1822-1899), Rudolf Example'],
    ['date two thousand three zero eight twenty eight twelve thirteen fifty two name'],
    ['on two thousand and seven zero one seventeen twenty three oh eight fifty five the government'],
    ['from nineteen forty four nineteen forty five it flew'],
    // an IBAN-shaped code whose checksum no reading of its zeros makes valid
    [
      'the transfer came from g b five eight w e s o one two three four five six nine eight seven six five four three two yesterday',
    ],
    // a date and time said after another field was asked for, though its 14 digits pass Luhn
    ['what is your email address | the log says nineteen ninety two oh four seventeen ten ten nineteen'],
    ['Your address? | Logged 1992-04-17 10:10:19 for that one.'],
    // eight digits that read as a date (ISO basic, day first, month first) with no cue
    ['Shipped by the carrier 20230415 to the depot'],
    ['the stamp reads 15031992 on the box'],
    ['the stamp reads 03151992 on the box'],
    // a code with letters long after a cue that names the card, not its number
    ['Where can I use my credit card? Our club is proud to be a 501(c)3 charity.'],
    ['where can i use my credit card our club is proud to be a four oh one k plan sponsor'],
    // a year after a loose account or card cue
    ['My loan covered the fees for the 1911 regatta.'],
    ['my account was opened in 1998.'],
    ['the bonus card scheme started in 2003. Then in June 2004 it ended.'],
    // two years of a lifetime said in natural numbers
    ['the painter rudolf example eighteen twenty one nineteen oh two at work'],
  ])('leaves %s alone', (line) => {
    expect(ranges(line)).toEqual([]);
  });

  /** An IBAN said character by character, as raw ASR writes it ("IE29" -> "i e two nine"). */
  const DIGIT_WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const spell = (iban: string): string[] =>
    [...iban.toLowerCase()].map((ch) => (/\d/.test(ch) ? DIGIT_WORDS[Number(ch)]! : ch));

  // "a" and "i" said as letters read as English words at the edges or inside a code
  it.each([
    ['an IBAN opening with the letter i', 'IE29AIBK93115212345678'],
    ['an IBAN opening with i and ending with a', 'IT11X054281110100000012345A'],
    ['an IBAN with the letter a between digits', 'IT38X0542811101000003A12345'],
  ])('finds %s', (_name, iban) => {
    const said = spell(iban);
    const found = detect(`yes it's ${said.join(' ')} and the name on it`);
    expect(found.map((c) => [c.startWord, c.endWord])).toEqual([[2, 2 + said.length]]);
    expect(found[0]!.value).toBe(iban.toLowerCase());
  });

  it('does not read an English "a" or "i" into a code that is no IBAN', () => {
    expect(ranges('i think a b one two three four five six seven eight is the code')).toEqual([]);
    expect(
      ranges(
        'yes it is i e two nine a i b k nine three one one five two one two three four five six seven nine',
      ),
    ).toEqual([]);
  });

  it('labels by checksum but never vetoes a long run', () => {
    expect(detect('card number 4111111111111111')[0]!.reason).toBe('luhn');
    expect(detect('it is 41111111111111112 okay')[0]!.reason).toBe('long-digits');
    expect(detect('my member id is x k q four eight two')[0]!.value).toBe('xkq482');
  });

  it.each([
    ['Her numbers are 0048 512 345 009 office and more.'],
    ['Try +358 (0)41 2345009 in the morning.'],
    ['try plus four nine one five one two three four five six oh oh one in the morning'],
    ['it is oh oh four eight five one two three four five oh oh nine'],
  ])('takes no dialled number for a card by its checksum: %s', (line) => {
    expect(detect(line).map((c) => c.reason)).not.toContain('luhn');
  });
});

// INVENTED: a range of times written with dots or colons is opening hours, no account number;
// without the separator inside each time, or with the number asked for, the digits stay a number
describe('a time range is no account number', () => {
  it.each<[string, number[][]]>([
    ['Hours: 09.00 - 17.30', []],
    ['Hours: 09.00-17.30', []],
    ['Open 8:30–12:00, closed Sunday', []],
    ['(07.45 - 16.15) weekdays', []],
    // controls
    ['Account number: 09.00-17.30', [[2, 3]]],
    ['Code 0900.1730.4411 applies', [[1, 2]]],
    ['Hours: 0900 - 173044', [[1, 4]]],
  ])('%s', (line, want) => {
    expect(ranges(line)).toEqual(want);
  });
});
