import { describe, expect, it } from 'vitest';
import {
  frameCase,
  labelCase,
  parsePeliasCases,
  streetDocs,
  type PeliasCase,
} from '../../scripts/eval-sets/street-addresses.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';

/** Invented case files in the pelias/parser layout. */
describe('parsePeliasCases', () => {
  const cases: { name: string; file: string; expected: PeliasCase[] }[] = [
    {
      name: 'one case, first parse only',
      file: `const testcase = (test, common) => {
  let assert = common.assert(test)
  assert('Quillweg 7, 40123 Tannstadt', [
    { street: 'Quillweg' }, { housenumber: '7' },
    { postcode: '40123' }, { locality: 'Tannstadt' }
  ])
}`,
      expected: [
        {
          input: 'Quillweg 7, 40123 Tannstadt',
          solutions: [
            [
              { label: 'street', value: 'Quillweg' },
              { label: 'housenumber', value: '7' },
              { label: 'postcode', value: '40123' },
              { label: 'locality', value: 'Tannstadt' },
            ],
          ],
        },
      ],
    },
    {
      name: 'escaped quote, template literal and double quotes',
      file: `assert('Rue de l\\'Orme Bleu', [{ street: 'Rue de l\\'Orme Bleu' }])
assert(\`8 Vale Crescent\`, [{ housenumber: '8' }, { street: "Vale Crescent" }])`,
      expected: [
        { input: "Rue de l'Orme Bleu", solutions: [[{ label: 'street', value: "Rue de l'Orme Bleu" }]] },
        {
          input: '8 Vale Crescent',
          solutions: [
            [
              { label: 'housenumber', value: '8' },
              { label: 'street', value: 'Vale Crescent' },
            ],
          ],
        },
      ],
    },
    {
      name: 'commented-out cases are not read',
      file: `// assert('Unit 3/90 Wren Rd', [
  // { unit: '3' }
  // ])
  /* assert('Lark Lane', [{ street: 'Lark Lane' }]) */
  assert('Heron Row', [{ street: 'Heron Row' }])`,
      expected: [{ input: 'Heron Row', solutions: [[{ label: 'street', value: 'Heron Row' }]] }],
    },
    {
      name: 'several accepted parses with false; an empty parse',
      file: `assert('Brookmoor', [
    [{ locality: 'Brookmoor' }],
    [{ street: 'Brookmoor' }]
  ], false)
  assert('9 Nowhere', [], false)
  assert('4 Fen Way Dunmore', [[
    { housenumber: '4' }, { street: 'Fen Way' }, { locality: 'Dunmore' }
  ]], false)`,
      expected: [
        {
          input: 'Brookmoor',
          solutions: [[{ label: 'locality', value: 'Brookmoor' }], [{ label: 'street', value: 'Brookmoor' }]],
        },
        { input: '9 Nowhere', solutions: [] },
        {
          input: '4 Fen Way Dunmore',
          solutions: [
            [
              { label: 'housenumber', value: '4' },
              { label: 'street', value: 'Fen Way' },
              { label: 'locality', value: 'Dunmore' },
            ],
          ],
        },
      ],
    },
  ];
  it.each(cases)('$name', ({ file, expected }) => {
    expect(parsePeliasCases(file)).toEqual(expected);
  });
});

describe('labelCase', () => {
  const one = (input: string, parts: [string, string][]): PeliasCase => ({
    input,
    solutions: [parts.map(([label, value]) => ({ label, value }))],
  });
  const cases: { name: string; c: PeliasCase; expected: ReturnType<typeof labelCase> }[] = [
    {
      name: 'a full address is one ADDRESS; the venue before it a hard negative',
      c: one('Moss Cafe, Quillweg 7 40123 Tannstadt', [
        ['venue', 'Moss Cafe'],
        ['street', 'Quillweg'],
        ['housenumber', '7'],
        ['postcode', '40123'],
        ['locality', 'Tannstadt'],
      ]),
      expected: {
        text: 'Moss Cafe, Quillweg 7 40123 Tannstadt',
        kind: 'full',
        labels: [{ type: 'ADDRESS', start: 11, end: 37 }],
        negatives: [{ kind: 'venue', start: 0, end: 9 }],
      },
    },
    {
      name: 'an intersection is one ADDRESS',
      c: one('Lark Ln & Owl St', [
        ['street', 'Lark Ln'],
        ['street', 'Owl St'],
      ]),
      expected: {
        text: 'Lark Ln & Owl St',
        kind: 'intersection',
        labels: [{ type: 'ADDRESS', start: 0, end: 16 }],
        negatives: [],
      },
    },
    {
      name: 'a place without street, number or postcode is a hard negative',
      c: one('Tannstadt, Westmark', [
        ['locality', 'Tannstadt'],
        ['region', 'Westmark'],
      ]),
      expected: {
        text: 'Tannstadt, Westmark',
        kind: 'place',
        labels: [],
        negatives: [{ kind: 'city', start: 0, end: 19 }],
      },
    },
    {
      name: 'a postcode with its town',
      c: one('40123 Tannstadt', [
        ['postcode', '40123'],
        ['locality', 'Tannstadt'],
      ]),
      expected: {
        text: '40123 Tannstadt',
        kind: 'postcode',
        labels: [{ type: 'ADDRESS', start: 0, end: 15 }],
        negatives: [],
      },
    },
    {
      name: 'a component not in the text leaves the case out',
      c: one('Quillweg 7', [['street', 'Quillstrasse']]),
      expected: undefined,
    },
    {
      name: 'several parses leave the case out',
      c: {
        input: 'Brookmoor',
        solutions: [[{ label: 'locality', value: 'Brookmoor' }], [{ label: 'street', value: 'Brookmoor' }]],
      },
      expected: undefined,
    },
  ];
  it.each(cases)('$name', ({ c, expected }) => {
    expect(labelCase(c)).toEqual(expected);
  });

  it('a letter block turns commas into line breaks without moving the spans', () => {
    const labelled = labelCase(
      one('Quillweg 7, 40123 Tannstadt', [
        ['street', 'Quillweg'],
        ['housenumber', '7'],
        ['postcode', '40123'],
        ['locality', 'Tannstadt'],
      ]),
    )!;
    const framed = frameCase(labelled, { text: 'To:\n{{block}}\nThanks' });
    expect(framed.text).toBe('To:\nQuillweg 7\n 40123 Tannstadt\nThanks');
    expect(framed.labels).toEqual([{ type: 'ADDRESS', start: 4, end: 31 }]);
  });
});

describe('streetDocs', () => {
  it('splits by address within each file, about half each, and drops repeated texts', () => {
    const inputs = Array.from({ length: 10 }, (_, i) => `${i + 1} Quillweg`);
    const file = inputs
      .map((t) => `assert('${t}', [{ housenumber: '${t.split(' ')[0]}' }, { street: 'Quillweg' }])`)
      .join('\n');
    const repo: SourceRepo = {
      dir: '/nowhere',
      rev: 'test',
      commit: undefined,
      read: () => file,
      list: () => ['test/address.abc.test.js', 'test/address.xyz.test.js'],
    };
    const { docs, coverage } = streetDocs(repo);
    expect(coverage.files).toEqual([
      { file: 'address.abc', dev: 5, test: 5 },
      { file: 'address.xyz', dev: 0, test: 0 },
    ]);
    expect(coverage.skipped.duplicate).toBe(10);
    expect(docs.filter((d) => d.split === 'dev')).toHaveLength(5);
    const labelled = docs.flatMap((d) =>
      d.segments.flatMap((s) => s.labels.map((l) => s.text.slice(l.start, l.end))),
    );
    expect(labelled.sort()).toEqual([...inputs].sort());
  });
});
