import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../test-words.js';
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
  ])('leaves %s alone', (line) => {
    expect(ranges(line)).toEqual([]);
  });

  it('labels by checksum but never vetoes a long run', () => {
    expect(detect('card number 4111111111111111')[0]!.reason).toBe('luhn');
    expect(detect('it is 41111111111111112 okay')[0]!.reason).toBe('long-digits');
    expect(detect('my member id is x k q four eight two')[0]!.value).toBe('xkq482');
  });
});
