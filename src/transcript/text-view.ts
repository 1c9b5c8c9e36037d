/**
 * The display text of a transcript (words joined by single spaces) and the exact mapping between
 * its character offsets and word indices. Detectors that run on display text report char ranges;
 * this module turns them into word ranges (a word is covered when any of its chars is).
 */
import type { Word } from '../types.js';

export interface TextView {
  text: string;
  /** wordStart[i] = char offset of word i in text; wordStart[words.length] = text.length + 1 */
  wordStart: Int32Array;
}

export function buildTextView(words: readonly Word[]): TextView {
  const wordStart = new Int32Array(words.length + 1);
  const parts: string[] = new Array<string>(words.length);
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    wordStart[i] = offset;
    const text = words[i]!.text;
    parts[i] = text;
    offset += text.length + 1;
  }
  wordStart[words.length] = offset;
  return { text: parts.join(' '), wordStart };
}

/** Index of the word that contains char `offset` (a separating space belongs to the word before). */
export function wordAtChar(view: TextView, offset: number): number {
  const starts = view.wordStart;
  let lo = 0;
  let hi = starts.length - 2;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Word range [startWord, endWord) covering the char range [start, end). Returns null for an empty
 * range or one that only covers separator spaces.
 */
export function charRangeToWords(
  view: TextView,
  start: number,
  end: number,
): { startWord: number; endWord: number } | null {
  if (end <= start) return null;
  let startWord = wordAtChar(view, start);
  // a range that starts on the separating space begins at the next word
  if (startWord >= 0 && start >= view.wordStart[startWord + 1]! - 1) startWord++;
  const endWord = wordAtChar(view, end - 1) + 1;
  if (startWord < 0 || endWord <= startWord) return null;
  return { startWord, endWord };
}
