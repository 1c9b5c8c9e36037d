/**
 * Religions, feasts, zodiac signs, diseases, armed groups and English region names are no people;
 * a picture credit in brackets leaves a name; the given and family names among those words stay
 * people when a cue or a full name in the call says so. Word ranges are exact, end exclusive; all
 * names are invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

type Case = [string, [number, number][]];

describe('vetoNonPersonNames', () => {
  const cases: Case[] = [
    // a region by its English or former name, in running text
    ['Heavy rain will keep falling over Britain tonight.', []],
    ['It is the finest garden in all of Persia.', []],
    ['The councillors of Lombardy met on Friday.', []],
    // religions, feasts, zodiac signs, diseases, armed groups
    ["The crowd at Islam's holiest site grew all morning.", []],
    ['Tova Renbeck has been a member of Scientology for years.', [[0, 2]]],
    ['Your courage shows in action today. More for Scorpio', []],
    ['Officials confirmed a possible Ebola case on the flight.', []],
    ['The allies vowed to defeat Isis within a year.', []],
    // a non-person word at the edge of a longer candidate leaves it
    ['The film featured Scientologist Tova Renbeck last year.', [[4, 6]]],
    // a picture credit in brackets
    ['Crowds gathered at the harbour (AFP / Getty) Marit Ostrand said later.', [[8, 10]]],
    // a naming cue, an honorific or a full name in the call keeps the listed given name
    ['Hi, my name is Isis and I need help.', [[4, 5]]],
    [
      'Isis Delacroix called. Later Isis said she would call back.',
      [
        [0, 2],
        [4, 5],
      ],
    ],
    ['Mr Britain called about the parcel.', [[1, 2]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
