/**
 * The "spoken -> written" view of a transcript: number words become digits ("four one five" ->
 * "415", "double seven" -> "77", "oh" between digits -> "0"), spoken email punctuation becomes
 * symbols ("dot" -> ".", "at" -> "@"), letters spelled one by one are joined ("s m i t h" ->
 * "smith"). Every char of the normalised text maps back to the word it came from, so a detector
 * can match on digits while its result lands on the exact words (and so times) that were said.
 *
 * This first version only lower-cases and maps chars; the full normaliser lands with the
 * detection issue.
 */
import type { Word } from '../types.js';

export interface SpokenView {
  text: string;
  /** charWord[i] = index of the word that produced text[i]; -1 for inserted separators */
  charWord: Int32Array;
}

export function buildSpokenView(words: readonly Word[]): SpokenView {
  const parts: string[] = [];
  let length = 0;
  for (const w of words) length += w.text.length + 1;
  const charWord = new Int32Array(Math.max(0, length - 1));
  let offset = 0;
  words.forEach((w, i) => {
    if (i > 0) {
      charWord[offset] = -1;
      offset++;
    }
    const lower = w.text.toLowerCase();
    // toLowerCase can change the length for a few code points; keep the map exact
    parts.push(lower.length === w.text.length ? lower : w.text);
    charWord.fill(i, offset, offset + w.text.length);
    offset += w.text.length;
  });
  return { text: parts.join(' '), charWord };
}

/** Word range [startWord, endWord) covered by char range [start, end) of the spoken view. */
export function spokenRangeToWords(
  view: SpokenView,
  start: number,
  end: number,
): { startWord: number; endWord: number } | null {
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, start); i < Math.min(end, view.charWord.length); i++) {
    const w = view.charWord[i]!;
    if (w < 0) continue;
    if (first < 0 || w < first) first = w;
    if (w > last) last = w;
  }
  return first < 0 ? null : { startWord: first, endWord: last + 1 };
}
