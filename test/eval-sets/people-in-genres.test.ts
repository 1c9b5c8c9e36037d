import { describe, expect, it } from 'vitest';
import {
  corpusWords,
  dropHandles,
  gumSentenceTokens,
  namesInMention,
  propagateNames,
  readGum,
  titlesOutOfNames,
  type GumToken,
} from '../../scripts/eval-sets/people-in-genres.js';
import { detokenise } from '../../scripts/eval-sets/conll.js';

// an invented corpus: "tenants", "zoning" and "hill" are written in lower case; "Veloran" capitalised
const corpus = corpusWords([
  'the tenants liked the zoning on the hill near the hill'.split(' ').map((text) => ({ text, cls: '' })),
  'Veloran food and Hill'.split(' ').map((text) => ({ text, cls: '' })),
  [
    { text: 'in', cls: '' },
    { text: 'Veloria', cls: 'place' },
  ],
]);

describe('namesInMention', () => {
  const cases: [string, string, boolean, [number, number][]][] = [
    ['a whole name', 'Ada Quist', false, [[0, 2]]],
    ['a title is cut off', 'Mr. Quist', false, [[1, 2]]],
    ['the name after the last title or role', 'Deputy Mayor Ada Quist', false, [[2, 4]]],
    ['a lower-case role before the name', 'city engineer Ada Quist', false, [[2, 4]]],
    ['an initial inside the name', 'Ada J. Quist', false, [[0, 3]]],
    ['a particle inside the name', 'Ada van Quist', false, [[0, 3]]],
    ['a hyphenated given name', 'Lio Wen-tai', false, [[0, 2]]],
    ['a pronoun is no name', 'She', true, []],
    ['a title alone is no name', 'Mr. President', false, []],
    ['an article starts a common phrase', 'the Quists', false, []],
    ['a capitalised modifier of a noun', 'Zentro officials', true, []],
    ['an acronym breaks the run', 'ZQX Director Ada Quist', false, [[2, 4]]],
    ['a possessor is not labelled', "Zentro 's Ada Quist", false, [[2, 4]]],
    ['the complement of a preposition', 'a member of Zentro', false, []],
    [
      'names of a list',
      'Ada Quist , Bo Lind and Cy Moor',
      false,
      [
        [0, 2],
        [3, 5],
        [6, 8],
      ],
    ],
    ['a name with an organisation after "of"', 'Bo Lind of Zentro', false, [[0, 2]]],
    ['a sentence-initial ordinary word', 'Tenants', true, []],
    ['a sentence-initial role before a name', 'Zoning officer Bo Lind', true, [[2, 4]]],
    ['the plural of a people', 'Velorans', false, []],
    ['a word written more often in lower case', 'Zoning', false, []],
    ['a surname also written in lower case, but less often', 'Hill', false, []],
    ['an organisation head', 'Harbour Party', false, []],
    ['an organisation head before "of"', 'former Museum of Zentro chief', false, []],
    ['a place of the corpus', 'children in mainland Veloria', false, []],
  ];
  it.each(cases)('%s: %s', (_, mention, sentenceStart, expected) => {
    expect(namesInMention(mention.split(' '), sentenceStart, corpus)).toEqual(expected);
  });
});

describe('gumSentenceTokens', () => {
  it('labels names of person mentions, places and organisations as negatives', () => {
    const sentence: GumToken[] = [
      ['Deputy', 'person'],
      ['Ada', 'person'],
      ['Quist', 'person'],
      ['met', ''],
      ['him', 'person'],
      ['in', ''],
      ['Veloran', 'place'],
      ['City', 'place'],
      ['at', ''],
      ['Zentro', 'organization'],
      ['.', ''],
    ].map(([text, cls]) => ({ text: text!, cls: cls! }));
    const segment = detokenise(gumSentenceTokens(sentence, corpus));
    expect(segment.text).toBe('Deputy Ada Quist met him in Veloran City at Zentro.');
    expect(segment.labels).toEqual([{ type: 'PERSON', start: 7, end: 16 }]);
    expect(segment.negatives).toEqual([
      { kind: 'city', start: 28, end: 40 },
      { kind: 'company', start: 44, end: 50 },
    ]);
  });

  it('keeps two names of one mention apart', () => {
    const sentence: GumToken[] = ['Ada', 'Quist', 'and', 'Bo', 'Lind'].map((text) => ({
      text,
      cls: 'person',
    }));
    const segment = detokenise(gumSentenceTokens(sentence, corpus));
    expect(segment.labels).toEqual([
      { type: 'PERSON', start: 0, end: 9 },
      { type: 'PERSON', start: 14, end: 21 },
    ]);
  });
});

describe('readGum', () => {
  it('reads tab-separated tokens and classes, sentences split by blank lines', () => {
    expect(readGum('\nHi\tO\nAda\tperson\n\nBye\tO\n')).toEqual([
      [
        { text: 'Hi', cls: '' },
        { text: 'Ada', cls: 'person' },
      ],
      [{ text: 'Bye', cls: '' }],
    ]);
  });
});

describe('dropHandles', () => {
  const tok = (text: string, tag = '') => ({ text, tag, begins: tag !== '' });
  const cases: [string, string[], string[]][] = [
    ['"@" and its handle, entity or not', ['hi', '@', 'adaq', 'and', '@', 'zentro'], ['hi', 'and']],
    ['a glued handle', ['@adaq', 'see', 'you'], ['see', 'you']],
    ['a leading handle with its colon', ['@', 'adaq', ':', 'see', 'you'], ['see', 'you']],
    ['a colon later stays', ['see', '@adaq', ':', 'you'], ['see', ':', 'you']],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(dropHandles(input.map((t) => tok(t))).map((t) => t.text)).toEqual(expected);
  });
});

describe('titlesOutOfNames', () => {
  const tok = (text: string, tag = '', begins = false) => ({ text, tag, begins });
  const labelled = (tokens: ReturnType<typeof tok>[]): string[] =>
    tokens.map((t) => (t.tag ? `${t.begins ? 'B' : 'I'}:${t.text}` : t.text));
  const cases: [string, ReturnType<typeof tok>[], string[]][] = [
    [
      'a title leaves the span',
      [tok('met'), tok('Dr', 'PER', true), tok('Ada', 'PER'), tok('Quist', 'PER')],
      ['met', 'Dr', 'B:Ada', 'I:Quist'],
    ],
    [
      'two titles',
      [tok('Sir', 'PER', true), tok('Deputy', 'PER'), tok('Quist', 'PER')],
      ['Sir', 'Deputy', 'B:Quist'],
    ],
    [
      'titles and "of ..." only name nobody',
      [tok('Duchess', 'PER', true), tok('of', 'PER'), tok('Zentro', 'PER'), tok('smiled')],
      ['Duchess', 'of', 'Zentro', 'smiled'],
    ],
    ['a span without a title stays', [tok('Bo', 'PER', true), tok('Lind', 'PER')], ['B:Bo', 'I:Lind']],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(labelled(titlesOutOfNames(input))).toEqual(expected);
  });
});

describe('propagateNames', () => {
  const sentence = (spec: string) =>
    spec.split(' ').map((w) => {
      // "Ada/B" begins a name, "Quist/I" goes on with it, "Zentro/LOC" is a place
      const [text, mark] = w.split('/');
      const tag = mark === 'B' || mark === 'I' ? 'PER' : (mark ?? '');
      return { text: text!, tag, begins: mark === 'B' };
    });
  const names = (s: { text: string; tag: string }[]) =>
    s.map((t) => (t.tag === 'PER' ? `[${t.text}]` : t.text)).join(' ');
  it('labels a name of the document where else it stands alone, never inside a place or a longer run', () => {
    const out = propagateNames([
      sentence('Ada/B Quist/I spoke .'),
      sentence("the Ada Quist exhibit and Quist 's legacy"),
      sentence('Quist/B left .'),
      sentence('near Quist/LOC Avenue/LOC and the Quist Gallery'),
    ]);
    expect(out.map(names)).toEqual([
      '[Ada] [Quist] spoke .',
      "the [Ada] [Quist] exhibit and [Quist] 's legacy",
      '[Quist] left .',
      'near Quist Avenue and the Quist Gallery',
    ]);
  });
});
