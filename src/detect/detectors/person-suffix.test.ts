/**
 * Epithets after a found name in cased text (person-suffix.ts): "the" and one capitalised word
 * belong to the name. Word ranges are exact, end exclusive; every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

describe('epithets after a name', () => {
  it.each<[string, string, [number, number][]]>([
    ['an epithet', 'Konrad the Bold was his patron.', [[0, 3]]],
    ['an epithet closing the sentence', 'We watched Mila the Explorer.', [[2, 5]]],
    ['a lower-case word after "the"', 'Konrad the bold was his patron.', [[0, 1]]],
    ['a capitalised word continues the title', 'Konrad the Bold Lakes Tour began.', [[0, 1]]],
    ['a comma between', 'Friedrich, the Baker, was his patron.', [[0, 1]]],
    ['raw ASR reads no capitals', 'konrad the bold was his patron', [[0, 1]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('degrees after a name', () => {
  it.each<[string, string, [number, number][]]>([
    ['a dentist', 'Her dentist is Oskar Velbrandt DDS and he is kind.', [[3, 6]]],
    ['a vet', 'Ask for Ilse Marrow DVM at the desk.', [[2, 5]]],
    ['a possessive after the degree', "We read from oskar velbrandt md's notes.", [[3, 6]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('the numeral "I" after a ruler’s name', () => {
  it.each<[string, string, [number, number][]]>([
    ['before "in"', 'The gate was built by Shah Tamir I in 1602.', [[5, 8]]],
    ['with a comma', 'The painter of Shah Tamir I, and his pupils.', [[3, 6]]],
    ['the speaker before a verb', 'I told Ana Velbrandt I think so.', [[2, 4]]],
    ['the speaker after "and"', 'Thanks to Ana Velbrandt I and my wife came.', [[2, 4]]],
    ['raw ASR', 'it was built by shah tamir i in sixteen oh two', [[4, 6]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
