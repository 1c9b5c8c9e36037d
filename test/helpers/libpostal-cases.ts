/**
 * The labelled addresses of libpostal's parser tests (openvenues/libpostal, MIT licence, commit
 * 4c030d8ff2fcf59c26510f68823c28a2346034d4, `test/test_parser.c`), read from
 * test/fixtures/libpostal-parser-cases.tsv (written by scripts/build-libpostal-parser-cases.ts).
 * A probe only, never a lexicon source. Each input word gets the labels of its letters and digits,
 * found by lining up the input with the lower-cased components libpostal expects. Shared by
 * src/detect/address/libpostal-probe.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/libpostal-parser-cases.tsv');

/** Labels that are not the address: a venue or organisation name, a category or a "near" query. */
const NOT_ADDRESS = new Set(['house', 'category', 'near']);

/** What an input word is: part of the address, a venue name ('house'), or neither. */
export type WordRole = 'address' | 'venue' | 'other';

export interface LibpostalCase {
  /** "us 3": the suite's country and the case's index in the file */
  name: string;
  country: string;
  input: string;
  components: [label: string, value: string][];
  /** the input's words (a line break read as a space) and each one's role */
  words: [text: string, role: WordRole][];
  /** true when the words could be lined up with the components */
  aligned: boolean;
  /** true when it names a street, a house number or a PO box (a query such as "book stores near me" or a town does not) */
  hasStreet: boolean;
}

const key = (s: string): string =>
  [...s.normalize('NFC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');

function roles(words: string[], components: [string, string][]): WordRole[] | undefined {
  const labels: string[] = [];
  for (const [label, value] of components) for (const _c of key(value)) labels.push(label);
  const wanted = components.map(([, v]) => key(v)).join('');
  if (wanted !== words.map(key).join('')) return undefined;
  let at = 0;
  const out = words.map((w): WordRole | undefined => {
    const mine = labels.slice(at, (at += key(w).length));
    if (mine.length === 0) return undefined;
    if (mine.some((l) => !NOT_ADDRESS.has(l))) return 'address';
    return mine.includes('house') ? 'venue' : 'other';
  });
  // a mark of its own ("#", "-") takes the role of the words on both sides, else is no address
  return out.map((r, i) => {
    if (r) return r;
    const before = out.slice(0, i).findLast((x) => x !== undefined);
    const after = out.slice(i + 1).find((x) => x !== undefined);
    return before === 'address' && after === 'address' ? 'address' : 'other';
  });
}

export function readLibpostalCases(): LibpostalCase[] {
  return fs
    .readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((line, i) => {
      const [country, input, ...parts] = line.split('\t') as [string, string, ...string[]];
      const components = parts.map((p): [string, string] => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), p.slice(eq + 1).replace(/\\"/g, '"')];
      });
      const text = input
        .replace(/\\n/g, ' ')
        .replace(/\\"/g, '"')
        .replace(/&amp;/g, '&')
        .split(/\s+/)
        .filter(Boolean);
      const r = roles(text, components);
      return {
        name: `${country} ${i}`,
        country,
        input,
        components,
        words: text.map((t, j): [string, WordRole] => [t, r?.[j] ?? 'other']),
        aligned: r !== undefined,
        hasStreet: components.some(([l]) => l === 'road' || l === 'po_box' || l === 'house_number'),
      };
    });
}
