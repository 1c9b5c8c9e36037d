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
    [
      'my cell is four one five five five five oh one three two four one five five five five oh one three two',
      [[3, 23]],
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
