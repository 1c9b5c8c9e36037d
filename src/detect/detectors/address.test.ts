import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../test-words.js';
import { detectAddresses } from './address.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ctxOf = (text: string): DetectionContext => buildDetectionContext(sayWords(text));

const found = (text: string): [number, number][] =>
  detectAddresses(ctxOf(text)).map((c): [number, number] => [c.startWord, c.endWord]);

describe('address detector', () => {
  const cases: [string, string, [number, number][]][] = [
    ['formatted full address', "It's 1427 Maple Ave, Apt 3B, Springfield, IL 62704. Thanks", [[1, 9]]],
    [
      'spoken full address with filler before the zip',
      'i live at fourteen twenty seven maple avenue apartment three b springfield illinois uh six two seven oh four',
      [[3, 19]],
    ],
    ['hundreds and an ordinal street', 'it is five hundred fifteen eighth street', [[2, 7]]],
    ['suffix word inside the street name', 'sixty seven quail hollow avenue unit twenty six', [[0, 8]]],
    ['written ordinal street and abbreviation', 'Sure, 2348 2nd Pkwy. Correct', [[1, 4]]],
    ['directional and suite', 'nine north oak street south suite four', [[0, 7]]],
    ['city-state-zip tail alone', 'yes madison wisconsin seven oh eight six six', [[1, 8]]],
    ['zip alone after a zip cue', 'and the billing zip code | six two seven oh four', [[5, 10]]],
    ['city and state after an address cue', 'my mailing address is in tacoma washington now', [[5, 7]]],
    ['street then a known city', '58 Brookside Rd., Tacoma.', [[0, 4]]],
    [
      'state name that is also a city',
      'Send it to 1500 Elmwood Avenue Northwest, Washington, DC 20004.',
      [[3, 10]],
    ],
    [
      'spoken po box with city, state and zip',
      'p o box four five five austin texas seven eight seven oh one',
      [[0, 13]],
    ],
    ['written po box', 'It is P.O. Box 3321, Bend, OR 97701.', [[2, 8]]],
    ['unit said before the street', "it's apartment four b at twelve oak street", [[1, 8]]],
    ['numbered highway with directional', 'forty one hundred highway nine north', [[0, 6]]],
    [
      'numbered rural road with unit, city, state and zip',
      'forty one oh eight county road twelve sixty unit two oh nine waco texas seven six seven oh one',
      [[0, 19]],
    ],
    ['written farm road', 'It is 9120 Farm Road 2222, Leander, TX 78641.', [[2, 9]]],
    ['farm-to-market road with a suffix', 'It is 3300 FM 1431 Road, Marble Falls, TX 78654.', [[2, 10]]],
    [
      'UK address with flat and postcode',
      'Sure, 27 Thornbury Close, Flat 4, Leeds LS6 2QT. Thanks',
      [[1, 9]],
    ],
    ['UK flat said first', 'Flat 4, 27 Thornbury Close, Leeds LS6 2QT.', [[0, 8]]],
    ['UK postcode after a postcode cue', 'and your postcode | LS6 2QT.', [[3, 5]]],
    [
      'city and state for verification, after a contraction',
      "for verification what city and state are you in | uh it's ottumwa iowa",
      [[11, 13]],
    ],
    ['city and state for the location on file', 'what location do we have on file | ottumwa iowa', [[7, 9]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['lone city', "i'm flying into denver on friday"],
    ['city and state without a cue or zip', 'the conference was in denver colorado'],
    ['a count followed by a word', 'i have two dogs and three cats'],
    ['five digits without a zip cue', 'the order number is six two seven oh four'],
    ['money and times', 'it was forty nine dollars at ten thirty'],
    ['a numbered route without a house number', 'i have three minutes left on route nine'],
    ['a room number', 'the meeting is at two thirty in room four'],
    ['a trip after a location question', 'where are you flying to | denver colorado'],
    ['a flat tyre', 'my tyre went flat 2 days ago'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('value is the written form', () => {
    const [c] = detectAddresses(ctxOf('fourteen twenty seven maple avenue uh apartment three b'));
    expect(c?.value).toBe('1427 maple avenue apartment 3b');
  });
});
