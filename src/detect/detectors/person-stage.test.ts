/**
 * Stage names (person-stage.ts): a performer's prefix belongs to the name it opens. Word ranges are
 * exact, end exclusive; every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../test/helpers/entity-spans.js';

const persons = (text: string): [number, number][] => spansOf('PERSON', text);

describe('stage names', () => {
  it.each<[string, string, [number, number][]]>([
    [
      'cased prefixes before unknown and listed names',
      'The party had DJ KORVA, DJ Varko and MC Renzo Tal on stage.',
      [
        [3, 5],
        [5, 7],
        [8, 11],
      ],
    ],
    [
      'raw ASR, spelled prefix too',
      'we saw dj varko and d j korva last night',
      [
        [2, 4],
        [5, 8],
      ],
    ],
    ['lil before an unknown word (asr)', 'i love lil dorva so much', [[2, 4]]],
    ['an ordinary word after lil is no name', 'just a lil bit more please', []],
    ['a function word after the prefix is no name', 'the dj said hi and then we left', []],
    ['the prefix alone', 'Ask the DJ about it.', []],
    ['an ordinary second word ends the name', 'I request DJ Varko Summer Nights tonight.', [[2, 4]]],
    ['a glued dash ends the name', 'cheers to Lil Dorva- Keep It Loud', [[2, 4]]],
    ['a period after the prefix', 'We met the DJ. Then we left.', []],
  ])('%s', (_label, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
