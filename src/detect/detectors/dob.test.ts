import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { dobDetector } from './dob.js';

const detect = (line: string) => dobDetector.detect(buildDetectionContext(sayWords(line)));
const ranges = (line: string) => detect(line).map((c) => [c.startWord, c.endWord]);

describe('date of birth detector', () => {
  it.each([
    ['my date of birth is march third nineteen eighty four', [[5, 10]]],
    ['I was born 03/15/1982. Thanks', [[3, 4]]],
    ['birthday is oh three oh nine nineteen ninety okay', [[2, 8]]],
    ['born three fifteen eighty two', [[1, 5]]],
    ['can I get your birthday? | March 3rd, 1984. Great', [[5, 8]]],
    ['date of birth | the fifth of november nineteen seventy uh six', [[4, 11]]],
    ['dob is may twenty six nineteen fifty one', [[2, 8]]],
    ['my birthday is january twenty four two thousand and four', [[3, 10]]],
    ['born on 1984-03-15 in ohio', [[2, 3]]],
    ['I was born in March 1984.', [[4, 6]]],
    ['i was born on june the ninth nineteen ninety', [[4, 9]]],
    ['Date of birth: 15.03.1982.', [[3, 4]]],
    ['i was born in nineteen eighty four in ohio', [[4, 7]]],
    ["my birthday's the third of march", [[3, 6]]],
    // "the" is not part of the value
    ['born on the fourth of july nineteen ninety', [[3, 8]]],
  ])('finds %s', (line, expected) => {
    expect(ranges(line)).toEqual(expected);
  });

  it.each([
    ['i can schedule a technician for march third'],
    ['it will be ready for pickup monday may sixteenth'],
    ['there is a birthday party on friday'],
    ['my birthday is march third | great and your appointment is on march fifth'],
    ['i see a charge from october second for roaming'],
  ])('leaves %s alone', (line) => {
    expect(ranges(line).length).toBeLessThanOrEqual(line.startsWith('my birthday') ? 1 : 0);
  });

  it('finds the same date said again in another shape', () => {
    const found = detect('i was born march third nineteen eighty four | so that is 3/3/1984 correct');
    expect(found.map((c) => [c.startWord, c.endWord, c.value])).toEqual([
      [3, 8, '1984-03-03'],
      [11, 12, '1984-03-03'],
    ]);
  });
});
