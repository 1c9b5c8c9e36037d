/**
 * Naming cues before a thing's name (person-named.ts): "a band named ...", "it was renamed ...".
 * Word ranges are exact, end exclusive; every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

describe('naming cues', () => {
  it.each<[string, string, [number, number][]]>([
    ['a band', 'A folk band named Velmora, from the coast, played.', []],
    ['a band (asr)', 'a folk band named velmora from the coast played', []],
    ['"it" is named (asr)', 'it was later named velmora by the council', []],
    ['a man named', 'She met a man named Zorvak Tellen there.', [[5, 7]]],
    ['a son was named', 'His son was named Oskar.', [[4, 5]]],
    ['another name of a group', 'The rise of Hezbollah (also known as Isis) worried them.', []],
    ['another name of a group (asr)', 'the rise of hezbollah also known as isis worried them', []],
    ['a person known as a listed word', 'A man known as Isis called.', [[4, 5]]],
    ['a person after a group', 'The leader of Hezbollah, known as Oskar, spoke.', [[6, 7]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
