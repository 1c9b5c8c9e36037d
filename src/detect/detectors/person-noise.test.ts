/**
 * Words of messages and encyclopedic text that look like names and are not (round 10): stretched
 * words ("broooo"), towns joined to a town no name list holds ("Hamilton and Ipswich"), words
 * closing an aside or after "to" before a verb ("(or Zorvaks) is"), found names that are words
 * recurring in lower case ("... loves all music."). Word ranges are exact, end
 * exclusive; every name and sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

describe('stretched words are no names', () => {
  it.each<[string, string, [number, number][]]>([
    ['a name after thanks', 'Thanks Varko!', [[1, 2]]],
    ['a stretched word after thanks', 'Thanks broooo!', []],
    ['a stretched word in raw ASR', 'thanks broooo', []],
    ['shouted and stretched', 'we loved it, Thank you KORVAAA!', []],
    ['a name after a stretched word', 'soooo good, thanks Varko!', [[3, 4]]],
    ['a name after a stretched word (asr)', 'that was sooooo good thanks varko', [[5, 6]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a town joined to a place is a place', () => {
  it.each<[string, string, [number, number][]]>([
    [
      'joined by and, every lone mention after',
      'Buses run to Hamilton and Ipswich every hour. Stop 4: Hamilton - a shelter by the road.',
      [],
    ],
    ['raw ASR', 'buses run to hamilton and ipswich every hour stop four hamilton a shelter by the road', []],
    ['joined by a comma', 'Our office serves Swindon, Hamilton and the coast.', []],
    [
      'a town word that is also part of a full name of the call is left to the name rules',
      'The route ran through Norwich, Hamilton and Leeds. Tom Hamilton drove.',
      [
        [5, 6],
        [8, 10],
      ],
    ],
    [
      'a place that is also an English word joins nothing',
      'You have reached the Union, Hamilton speaking. Thanks Hamilton.',
      [
        [5, 6],
        [8, 9],
      ],
    ],
    [
      'two given names that are towns stay people',
      'Sydney and Chelsea came. Chelsea - what a friend.',
      [
        [2, 3],
        [4, 5],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('the subject of a verb is not in an aside or after "to"', () => {
  it.each<[string, string, [number, number][]]>([
    ['a word closing an aside', 'Their older name (or Zorvaks) is rarely used.', []],
    ['the object of "to"', 'Nobody asked what happened to Zorvak is sad.', []],
    ['the object of "to" (asr)', 'i wonder what happened to zorvak is she ok', []],
    ['a subject after a sentence opener stays', 'Then Zorvak is known for his long pauses.', [[1, 2]]],
    ['a subject after "before" stays', 'We spoke before Zorvak had left.', [[3, 4]]],
    ['a subject in raw ASR stays', 'after his discharge zorvak took a job', [[3, 4]]],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a found name that is a word recurs in lower case as the word (cased text)', () => {
  it.each<[string, string, [number, number][]]>([
    [
      'a company word again in lower case',
      'Ivo sold guitars for Brandt Music. He loves all music.',
      [
        [0, 1],
        [4, 6],
      ],
    ],
    ['the capitalised name alone', 'I asked Grace. She said yes, by the grace of luck.', [[2, 3]]],
    [
      'raw ASR is written without capitals',
      'thanks hunter we went hunting and the hunter said hi hunter',
      [
        [1, 2],
        [7, 8],
        [10, 11],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
