/**
 * Names that formatted text gives away by its capitals around a found name, or after a noun of a
 * person's role (person-cased-grow.ts). Exact word ranges, end exclusive; invented names, and cases
 * where each rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('a found given name grows over the title-case family name after it', () => {
  const cases: Case[] = [
    ['a family name that is a currency', 'Yesterday Yusuf Sterling spoke to the press.', [[1, 3]]],
    [
      'two given names, then a family name that is a currency',
      'Photos by Ana Lucia Sterling, styling by Bo.',
      [[2, 5]],
    ],
    ['a form label after the given name', 'Given names: Ilse Postal address: 4 Quay Road', [[2, 3]]],
    ['a run of title-case words goes on', 'We stayed at the Maria Grand Hotel Lisbon last year.', []],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('a found family name grows over the given name before it', () => {
  const cases: Case[] = [
    ['after a role in title case', 'Defense Secretary Bill Hagelmann will speak.', [[2, 4]]],
    ['after a determiner: a thing', 'I bought your Morvo Jensen on Monday.', [[4, 5]]],
    [
      'a listed given name after "that" opening a clause',
      'He said that Bill Pemberton was a mole.',
      [[3, 5]],
    ],
    ['a listed given name after "when"', 'It rained when Bill Hagelmann arrived.', [[3, 5]]],
    ['after "that", no listed given name', 'I liked that Morvo Jensen a lot.', [[4, 5]]],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('a name after a noun of a role or office', () => {
  const cases: Case[] = [
    [
      'a founder, a given name no list holds',
      'Brightlane founder Chip Harwick is calling for a vote.',
      [[2, 4]],
    ],
    ['an officer in capitals', 'Harbour COO Frank Rivers is set to leave.', [[2, 4]]],
    ['a leader, one word no dictionary holds', 'East rebel leader Zakharko blames the army.', [[3, 4]]],
    ['a role before an ordinary word', 'The manager Excel sheet was lost.', []],
    ['a role before a run that goes on', 'The singer Blue Harbour Ocean Tour starts today.', []],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('two or three title-case words no list holds, in a person place', () => {
  const cases: Case[] = [
    ['the subject of a past-tense verb', 'Fadea Nedohoff approved the refund yesterday.', [[0, 2]]],
    ['the subject of a modal', 'Rimicoario Poetti will handle the claim.', [[0, 2]]],
    ['an office as a title before a family name that is a word', 'Later Senator Darling said no.', [[2, 3]]],
    ['an office before a title-case word that is no name', 'The Secretary General spoke.', []],
    ['a job before a family name that is a word', 'The Driver Darling said no.', []],
    ['the subject of a verb of persons', 'News today. Tesmaru Velkoni wins the poetry prize.', [[2, 4]]],
    ['the subject of a negated auxiliary', "News today. Tesmaru Velkoni didn't sign the deal.", [[2, 4]]],
    ['a place lies somewhere', 'News today. Tesmaru Velkoni lies north of the river.', []],
    ['before the firm the person works for', 'Mepiina Niares from Brightwell Plumbing called.', [[0, 2]]],
    ['the object of a verb of contact', 'Please call Medoina Vaando back before noon.', [[2, 4]]],
    ['after "approved by"', 'The refund was approved by Vodaina Miraando.', [[5, 7]]],
    ['a foreign title with no person place', 'Its Hungarian title is Szavoru Vadarnap.', []],
    ['after a preposition of place', 'We drove to Kolvadi Tersaan in the rain.', []],
    ['a run of capitals that goes on', 'Read the Vodaina Miraando Tekel Report.', []],
  ];
  it.each(cases)('%s: %s', (_, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
