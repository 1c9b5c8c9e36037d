import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { sayWords } from '../../test/helpers/words.js';

const spans = (line: string): [string, number, number][] =>
  analyze(sayWords(line)).map((c) => [c.type, c.startWord, c.endWord]);

// INVENTED lines: a phone label that is also a town's name (Mobile, Home) stays out of the phone
describe('a phone label read as a town stays out of the phone span', () => {
  it.each<[string, [string, number, number][]]>([
    ['Mobile 07400 123456', [['PHONE_NUMBER', 1, 3]]],
    ['Call me on this. Mobile 07400 123456.', [['PHONE_NUMBER', 5, 7]]],
    ['Home 07400 123456', [['PHONE_NUMBER', 1, 3]]],
    ['Mobile phone 07400 123456', [['PHONE_NUMBER', 2, 4]]],
    // an address that took the phone's first digits ends where the phone starts; one word left
    // of it is no address
    [
      'i paid the balance zero six six four one two three four five six is my cell',
      [['PHONE_NUMBER', 4, 14]],
    ],
    [
      'ship it to 12 Orlanda Road Kelmora 0612 345 678 is my mobile',
      [
        ['ADDRESS', 3, 7],
        ['PHONE_NUMBER', 7, 10],
      ],
    ],
    // controls: a five-digit postcode after the town, and a street address, stay addresses
    ['Mobile 36602', [['ADDRESS', 0, 2]]],
    ['123 Mobile Street, Mobile 36602', [['ADDRESS', 0, 5]]],
  ])('%s', (line, want) => {
    expect(spans(line)).toEqual(want);
  });
});

// INVENTED: "Handy" (German for a mobile) with no colon, right before a number as long as a
// subscriber number; the English adjective before an amount or a short number stays out
describe('a bare telephone label before a number', () => {
  it.each<[string, [string, number, number][]]>([
    ['Handy 5601234', [['PHONE_NUMBER', 1, 2]]],
    ['handy five six oh one two three four', [['PHONE_NUMBER', 1, 8]]],
    ['mein handy nine one seven twelve three four five six', [['PHONE_NUMBER', 2, 10]]],
    // controls
    ['keep it handy 24/7', []],
    ['a handy twelve hundred dollars', []],
    ['handy five six oh one', []],
  ])('%s', (line, want) => {
    expect(spans(line)).toEqual(want);
  });
});
