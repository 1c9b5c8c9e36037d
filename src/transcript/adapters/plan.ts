/**
 * Edits mapped onto the places a format stores words. Every vendor field that lists words (the
 * main word array, utterance words, channel copies, alternatives) is a "scope": a sequence of
 * elements, each tied to a canonical word index (or to none). Within a scope the elements of one
 * edit collapse into its first element, which takes the replacement; the others are dropped, so
 * no fragment of the value survives.
 */
import { CallRedactError } from '../../errors.js';
import type { Edit, Word } from '../../types.js';
import { recordRemoval } from './json-patch.js';

export class EditPlan {
  /** editOf[i] = index of the edit covering canonical word i, or -1 */
  readonly editOf: Int32Array;

  constructor(
    readonly edits: readonly Edit[],
    readonly words: readonly Word[],
  ) {
    this.editOf = new Int32Array(words.length).fill(-1);
    let prevEnd = 0;
    edits.forEach((e, k) => {
      if (
        !Number.isInteger(e.startWord) ||
        !Number.isInteger(e.endWord) ||
        e.startWord < prevEnd ||
        e.endWord <= e.startWord ||
        e.endWord > words.length ||
        typeof e.replacement !== 'string'
      ) {
        throw new CallRedactError(`edit ${k} is empty, out of order or out of range`, {
          details: { edit: k, words: words.length },
        });
      }
      this.editOf.fill(k, e.startWord, e.endWord);
      prevEnd = e.endWord;
    });
  }

  get empty(): boolean {
    return this.edits.length === 0;
  }

  edit(word: number): number {
    return word >= 0 && word < this.editOf.length ? this.editOf[word]! : -1;
  }

  replacement(edit: number): string {
    return this.edits[edit]!.replacement;
  }

  /** Time span (and channel) of each edit, from its words' times; undefined when untimed. */
  spans(): ({ start: number; end: number; channel: number | undefined } | undefined)[] {
    return this.edits.map((e) => {
      let start = Infinity;
      let end = -Infinity;
      let channel: number | undefined;
      for (let i = e.startWord; i < e.endWord; i++) {
        const w = this.words[i]!;
        if (w.start !== undefined) start = Math.min(start, w.start);
        if (w.end !== undefined) end = Math.max(end, w.end);
        channel ??= w.channel;
      }
      return start <= end ? { start, end, channel } : undefined;
    });
  }

  /**
   * Edit whose time span overlaps [start, end] on `channel` (for vendor word lists that are not
   * copies of the canonical words, like alternative hypotheses), or -1.
   */
  editAtTime(start: number, end: number, channel?: number): number {
    const spans = (this.cachedSpans ??= this.spans());
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k];
      if (!s) continue;
      if (channel !== undefined && s.channel !== undefined && channel !== s.channel) continue;
      const overlaps =
        end > start ? Math.max(start, s.start) < Math.min(end, s.end) : start >= s.start && start <= s.end;
      if (overlaps) return k;
    }
    return -1;
  }

  private cachedSpans: ReturnType<EditPlan['spans']> | undefined;
}

export type Fate =
  | { kind: 'keep' }
  /** the element that takes the replacement; `last` = scope position of the edit's last element */
  | { kind: 'first'; edit: number; last: number }
  | { kind: 'drop'; edit: number };

const KEEP: Fate = { kind: 'keep' };

/** Fate of each element of a scope, given the edit of each element (-1 = none). */
export function collapse(editOfElement: readonly number[]): Fate[] {
  const fates: Fate[] = new Array<Fate>(editOfElement.length);
  const lastPos = new Map<number, number>();
  editOfElement.forEach((e, j) => {
    if (e >= 0) lastPos.set(e, j);
  });
  const seen = new Set<number>();
  editOfElement.forEach((e, j) => {
    if (e < 0) fates[j] = KEEP;
    else if (seen.has(e)) fates[j] = { kind: 'drop', edit: e };
    else {
      seen.add(e);
      fates[j] = { kind: 'first', edit: e, last: lastPos.get(e)! };
    }
  });
  return fates;
}

export interface Collapsed<T> {
  removed: T[];
  /**
   * New index of the element that was at `old` (old may equal the old length). A dropped element
   * maps to the element it was merged into.
   */
  newIndex: (old: number) => number;
}

/**
 * Applies fates to an array in place: `merge(first, lastElement, edit)` rewrites the first
 * element of each edit, dropped elements are removed.
 */
export function applyCollapse<T>(
  items: T[],
  editOfElement: readonly number[],
  merge: (first: T, last: T, edit: number) => void,
): Collapsed<T> {
  const fates = collapse(editOfElement);
  if (fates.every((f) => f.kind === 'keep')) return { removed: [], newIndex: (old) => old };
  const kept: T[] = [];
  const positions: number[] = [];
  const removed: T[] = [];
  /** keptBefore[j] = kept elements before position j */
  const keptBefore = new Int32Array(items.length + 1);
  const dropped = new Uint8Array(items.length);
  fates.forEach((f, j) => {
    keptBefore[j] = kept.length;
    const item = items[j]!;
    if (f.kind === 'keep') {
      kept.push(item);
      positions.push(j);
    } else if (f.kind === 'first') {
      merge(item, items[f.last]!, f.edit);
      kept.push(item);
      positions.push(j);
    } else {
      removed.push(item);
      dropped[j] = 1;
    }
  });
  keptBefore[items.length] = kept.length;
  items.length = 0;
  for (const k of kept) items.push(k);
  if (removed.length > 0) recordRemoval(items as unknown[], positions);
  return {
    removed,
    newIndex: (old) => {
      if (!Number.isInteger(old) || old < 0 || old > keptBefore.length - 1) return old;
      return dropped[old] ? Math.max(0, keptBefore[old]! - 1) : keptBefore[old]!;
    },
  };
}

/**
 * Maps a secondary word list onto canonical indices by a key (times, channel), in order: each key
 * takes the next unused canonical word with that key. Unmatched elements get -1.
 */
export class KeyIndex {
  private readonly queues = new Map<string, number[]>();
  private readonly heads = new Map<string, number>();

  constructor(keys: readonly string[]) {
    keys.forEach((k, i) => {
      const q = this.queues.get(k);
      if (q) q.push(i);
      else this.queues.set(k, [i]);
    });
  }

  take(key: string): number {
    const q = this.queues.get(key);
    if (!q) return -1;
    const h = this.heads.get(key) ?? 0;
    if (h >= q.length) {
      // a second copy of the same words (another scope): start again from the first
      this.heads.set(key, 1);
      return q[0]!;
    }
    this.heads.set(key, h + 1);
    return q[h]!;
  }

  /** Start a new scope: every key may be taken again from its first canonical word. */
  reset(): void {
    this.heads.clear();
  }
}
