import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../test-words.js';
import { phoneDetector } from './phone.js';

const detect = (line: string) => phoneDetector.detect(buildDetectionContext(sayWords(line)));
const ranges = (line: string) => detect(line).map((c) => [c.startWord, c.endWord]);

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
