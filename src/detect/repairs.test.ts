import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { sayWords } from '../../test/helpers/words.js';

const spans = (line: string) =>
  analyze(sayWords(line))
    .filter((e) => e.type === 'PHONE_NUMBER' || e.type === 'ACCOUNT_NUMBER')
    .map((e) => [e.type, e.startWord, e.endWord]);

describe('self-repairs in spoken numbers', () => {
  it.each([
    // the abandoned start joins the number said again
    [
      'my number is four one five sorry four one five five five five oh one three two',
      [['PHONE_NUMBER', 3, 17]],
    ],
    [
      'my number is four one five no wait i mean four one five five five five oh one three two',
      [['PHONE_NUMBER', 3, 20]],
    ],
    [
      'my number is four one five uh sorry four one five five five five oh one three two',
      [['PHONE_NUMBER', 3, 18]],
    ],
  ])('%s', (line, expected) => expect(spans(line)).toEqual(expected));

  it.each([
    // digits that do not begin the number, or no repair words between: left as they were
    ['i have two kids sorry four one five five five five oh one three two', [['PHONE_NUMBER', 5, 15]]],
    [
      'room twenty one sorry my number is four one five five five five oh one three two',
      [['PHONE_NUMBER', 7, 17]],
    ],
    ['it was forty one sorry four one five five five five oh one three two', [['PHONE_NUMBER', 5, 15]]],
  ])('%s', (line, expected) => expect(spans(line)).toEqual(expected));
});
