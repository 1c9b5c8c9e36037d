/**
 * Writes a redacted JSON document back by patching the original text: only the values that
 * changed are re-serialised and only the array elements that went are cut out, so everything else
 * (whitespace, one-object-per-line layouts, number spellings like 1.0, escapes) stays
 * byte-identical. The result is checked against the redacted document; if the two ever disagree,
 * the document is serialised whole instead (same key order, the input's indentation).
 */
import { type JsonPath, type JsonStyle, isRecord, scanJsonRanges, stringifyJson } from './json.js';

/** modified array -> original index of each element it still holds */
const keptIndices = new WeakMap<unknown[], number[]>();

/** Records that `arr` now holds only the elements at `positions` of what it held before. */
export function recordRemoval(arr: unknown[], positions: readonly number[]): void {
  const prev = keptIndices.get(arr);
  keptIndices.set(arr, prev ? positions.map((p) => prev[p]!) : [...positions]);
}

/** Removes, in place and recorded, the elements that fail `keep`. */
export function filterInPlace<T>(arr: T[], keep: (item: T) => boolean): void {
  const positions: number[] = [];
  const kept: T[] = [];
  arr.forEach((item, j) => {
    if (keep(item)) {
      positions.push(j);
      kept.push(item);
    }
  });
  if (kept.length === arr.length) return;
  arr.length = 0;
  arr.push(...kept);
  recordRemoval(arr, positions);
}

type Patch =
  { kind: 'set'; path: JsonPath; value: unknown } | { kind: 'delete'; path: JsonPath; indices: number[] };

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

interface Frame {
  a: unknown;
  b: unknown;
  parent: Frame | undefined;
  key: string | number | undefined;
}

function pathOf(frame: Frame): JsonPath {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/** Patches turning `before` into `after` (iterative: deep documents cannot overflow the stack). */
function diff(before: unknown, after: unknown): Patch[] {
  const patches: Patch[] = [];
  const stack: Frame[] = [{ a: before, b: after, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { a, b } = frame;
    if (a === b) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      const kept = keptIndices.get(b);
      if (kept) {
        const keptSet = new Set(kept);
        const gone: number[] = [];
        for (let i = 0; i < a.length; i++) if (!keptSet.has(i)) gone.push(i);
        if (gone.length > 0) patches.push({ kind: 'delete', path: pathOf(frame), indices: gone });
        kept.forEach((orig, k) => stack.push({ a: a[orig], b: b[k], parent: frame, key: orig }));
      } else if (a.length === b.length) {
        for (let i = 0; i < a.length; i++) stack.push({ a: a[i], b: b[i], parent: frame, key: i });
      } else patches.push({ kind: 'set', path: pathOf(frame), value: b });
      continue;
    }
    if (isRecord(a) && isRecord(b) && sameKeys(a, b)) {
      for (const k of Object.keys(a)) stack.push({ a: a[k], b: b[k], parent: frame, key: k });
      continue;
    }
    patches.push({ kind: 'set', path: pathOf(frame), value: b });
  }
  return patches;
}

/** Target paths as a trie, walked in step with the scanner: no per-value allocation. */
interface TrieNode {
  children: Map<string | number, TrieNode>;
  set?: Patch & { kind: 'set' };
  del?: Patch & { kind: 'delete' };
  /** set target: its range; delete target: its elements' ranges */
  range?: [number, number];
  elements?: [number, number][];
}

function trieOf(patches: readonly Patch[]): TrieNode {
  const root: TrieNode = { children: new Map() };
  for (const p of patches) {
    let node = root;
    for (const k of p.path) {
      let next = node.children.get(k);
      if (!next) {
        next = { children: new Map() };
        node.children.set(k, next);
      }
      node = next;
    }
    if (p.kind === 'set') node.set = p;
    else node.del = p;
  }
  return root;
}

/** Structural equality of two JSON values (iterative). */
function jsonEqual(x: unknown, y: unknown): boolean {
  const stack: [unknown, unknown][] = [[x, y]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === b) continue;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) stack.push([a[i], b[i]]);
      continue;
    }
    if (isRecord(a) && isRecord(b)) {
      if (!sameKeys(a, b)) return false;
      for (const k of Object.keys(a)) stack.push([a[k], b[k]]);
      continue;
    }
    return false;
  }
  return true;
}

function serialise(value: unknown, original: string, raw: string, start: number, style: JsonStyle): string {
  if (typeof value !== 'object' || value === null || !original.includes('\n')) return JSON.stringify(value);
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const base = /^[ \t]*/.exec(raw.slice(lineStart, start))![0];
  const eol = style.eol;
  return JSON.stringify(value, null, style.indent ?? '  ')
    .split('\n')
    .map((line, i) => (i === 0 ? line : base + line))
    .join(eol);
}

/** The redacted document as text, patched into `raw` where possible. */
export function writeJson(raw: string, before: unknown, after: unknown, style: JsonStyle): string {
  const fallback = (): string => stringifyJson(after, style);
  const patches = diff(before, after);
  if (patches.length === 0) return raw;
  if (patches.some((p) => p.path.length === 0)) return fallback();

  const root = trieOf(patches);
  const bomOffset = raw.startsWith('\uFEFF') ? 1 : 0;
  const body = raw.slice(bomOffset);
  /** trie node of the value at each depth of the scan (undefined once off the targets) */
  const nodes: (TrieNode | undefined)[] = [root];
  const error = scanJsonRanges(
    body,
    (path) => {
      const d = path.length;
      if (d > 0) nodes[d] = nodes[d - 1]?.children.get(path[d - 1]!);
    },
    (path, start, end) => {
      const d = path.length;
      const node = nodes[d];
      if (node?.set) node.range = [start, end];
      const parent = d > 0 ? nodes[d - 1] : undefined;
      if (parent?.del) (parent.elements ??= [])[path[d - 1] as number] = [start, end];
    },
  );
  if (error >= 0) return fallback();

  const splices: { start: number; end: number; text: string }[] = [];
  const pending: TrieNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    for (const child of node.children.values()) pending.push(child);
    if (node.set) {
      if (!node.range) return fallback();
      const [s0, e0] = node.range;
      splices.push({
        start: s0,
        end: e0,
        text: serialise(node.set.value, body.slice(s0, e0), body, s0, style),
      });
    }
    if (node.del) {
      const ranges = node.elements;
      if (!ranges) return fallback();
      const count = ranges.length;
      const gone = [...node.del.indices].sort((x, y) => x - y);
      for (let r = 0; r < gone.length;) {
        let last = r;
        while (last + 1 < gone.length && gone[last + 1] === gone[last]! + 1) last++;
        const a = gone[r]!;
        const b = gone[last]!;
        const ra = ranges[a];
        const rb = ranges[b];
        if (!ra || !rb) return fallback();
        if (b + 1 < count) splices.push({ start: ra[0], end: ranges[b + 1]![0], text: '' });
        else if (a > 0) splices.push({ start: ranges[a - 1]![1], end: rb[1], text: '' });
        else splices.push({ start: ra[0], end: rb[1], text: '' });
        r = last + 1;
      }
    }
  }
  splices.sort((x, y) => x.start - y.start);
  let out = '';
  let cursor = 0;
  for (const s of splices) {
    if (s.start < cursor) return fallback();
    out += body.slice(cursor, s.start) + s.text;
    cursor = s.end;
  }
  out = raw.slice(0, bomOffset) + out + body.slice(cursor);

  // belt and braces: the patched text must be exactly the redacted document
  try {
    if (!jsonEqual(JSON.parse(out.slice(bomOffset)), after)) return fallback();
  } catch {
    return fallback();
  }
  return out;
}
