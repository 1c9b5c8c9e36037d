import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCollapse } from './plan.js';
import { detectJsonStyle, jsonSyntaxErrorOffset, lineColumn, lineOfPath, stringifyJson } from './json.js';
import { filterInPlace, writeJson } from './json-patch.js';

describe('the JSON scanner agrees with JSON.parse', () => {
  const accepts = (s: string): boolean => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  };

  it('on random JSON texts with random layout', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t', 4), (v, indent) => {
        expect(jsonSyntaxErrorOffset(JSON.stringify(v, null, indent))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('on random and corrupted texts', () => {
    const corrupted = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x', '0', '-', '.'),
      )
      .map(([s, at, c]) => s.slice(0, at % (s.length + 1)) + c + s.slice(at % (s.length + 1)));
    fc.assert(
      fc.property(fc.oneof(corrupted, fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
        expect(jsonSyntaxErrorOffset(s) === -1).toBe(accepts(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('points at the offending char', () => {
    expect(jsonSyntaxErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonSyntaxErrorOffset('[1, 2')).toBe(5);
    expect(jsonSyntaxErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonSyntaxErrorOffset('{"a": "x\ny"}')).toBe(8);
    expect(jsonSyntaxErrorOffset('[1] 2')).toBe(4);
    expect(jsonSyntaxErrorOffset('[01]')).toBe(2);
  });

  it('finds the line of a path, or of its closest ancestor', () => {
    const raw = '{\n  "a": [\n    {"b": 1},\n    {"b": 2,\n     "c": "x"}\n  ]\n}';
    expect(lineOfPath(raw, ['a', 1, 'c'])).toBe(5);
    expect(lineOfPath(raw, ['a', 0, 'b'])).toBe(3);
    expect(lineOfPath(raw, ['a', 1, 'missing'])).toBe(4);
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('writing JSON back', () => {
  it('keeps the layout of the input when serialising whole', () => {
    for (const raw of [
      '{"a":[1,2]}',
      '{\n  "a": [\n    1\n  ]\n}\n',
      '{\r\n\t"a": 1\r\n}\r\n',
      '\uFEFF{\n    "a": 1\n}',
    ]) {
      expect(stringifyJson(JSON.parse(raw.replace(/^\uFEFF/, '')), detectJsonStyle(raw))).toBe(raw);
    }
  });

  it('patches only what changed: values, cut elements, first, last and all', () => {
    const raw =
      '{"words": [\n  {"t": "a", "n": 1.0},\n  {"t": "b", "n": 2.50},\n  {"t": "c", "n": 3},\n  {"t": "d", "n": 4}\n],\n"x": [1, 2, 3]}\n';
    const before = JSON.parse(raw);
    const after = JSON.parse(raw);
    applyCollapse(after.words, [0, 0, -1, 1], (first: { t: string }) => {
      first.t = 'AB';
    });
    filterInPlace(after.x as number[], (v) => v === 2);
    const out = writeJson(raw, before, after, detectJsonStyle(raw));
    expect(out).toBe(
      '{"words": [\n  {"t": "AB", "n": 1.0},\n  {"t": "c", "n": 3},\n  {"t": "AB", "n": 4}\n],\n"x": [2]}\n',
    );
    expect(JSON.parse(out)).toEqual(after);
  });

  it('cuts trailing elements and whole arrays cleanly', () => {
    const raw = '{"a": [\n  1,\n  2,\n  3\n]}';
    const after = JSON.parse(raw) as { a: number[] };
    filterInPlace(after.a, (v) => v === 1);
    expect(writeJson(raw, JSON.parse(raw), after, detectJsonStyle(raw))).toBe('{"a": [\n  1\n]}');
    const none = JSON.parse(raw) as { a: number[] };
    filterInPlace(none.a, () => false);
    expect(writeJson(raw, JSON.parse(raw), none, detectJsonStyle(raw))).toBe('{"a": [\n  \n]}');
  });

  it('re-serialises a changed subtree in the surrounding style', () => {
    const raw = '{\n  "a": {\n    "b": 1\n  },\n  "c": [1, 2]\n}';
    const after = { a: { b: 1, extra: true }, c: [9] };
    const out = writeJson(raw, JSON.parse(raw), after, detectJsonStyle(raw));
    expect(out).toBe('{\n  "a": {\n    "b": 1,\n    "extra": true\n  },\n  "c": [9]\n}');
  });

  it('always yields exactly the redacted document (random documents, random cuts and edits)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            t: fc.string(),
            n: fc.double({ noNaN: true, noDefaultInfinity: true }),
            k: fc.jsonValue({ maxDepth: 2 }),
          }),
          { maxLength: 12 },
        ),
        fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 12 }),
        fc.constantFrom(undefined, 1, '\t'),
        (items, fates, indent) => {
          const raw = JSON.stringify({ items, tail: 'z' }, null, indent);
          const before = JSON.parse(raw);
          const after = JSON.parse(raw);
          const edits = after.items.map((_: unknown, i: number) => fates[i] ?? -1);
          // edits must be contiguous runs for collapse: make them so
          const runs = edits.map((e: number, i: number) =>
            e >= 0 && edits[i - 1] !== e && edits.slice(0, i).includes(e) ? -1 : e,
          );
          applyCollapse(after.items, runs, (first: { t: string }) => {
            first.t = '[R]';
          });
          const out = writeJson(raw, before, after, detectJsonStyle(raw));
          expect(JSON.parse(out)).toEqual(after);
        },
      ),
      { numRuns: 300 },
    );
  });
});
