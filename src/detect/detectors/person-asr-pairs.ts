/**
 * Raw ASR (no capitals, no punctuation): two full names no list holds, joined by "and": "the
 * band's founders dorvak hallesti and pramlo vinkert". English joins phrases of one kind with
 * "and", and a run of two or three words that no name, English, place or brand list holds on
 * each side is the same kind of thing twice. One side may be a full name found already by a later
 * frame (person-asr-frames.ts reads the anchors found before it). A lone word on either side is left ("higgs and ..."), as
 * are runs beside a firm's or place's head, runs after an article and runs holding a misspelt
 * English word.
 */
import type { Candidate } from '../../types.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { runAfter, runBefore } from './person-asr-frames.js';
import { freshRun } from './person-asr-subjects.js';

/** A PERSON found already of two words or more, ending at word e - 1 or starting at word s. */
const foundEndingAt = (out: readonly Candidate[], e: number): boolean =>
  out.some((c) => c.type === 'PERSON' && c.endWord === e && c.endWord - c.startWord >= 2);
const foundStartingAt = (out: readonly Candidate[], s: number): boolean =>
  out.some((c) => c.type === 'PERSON' && c.startWord === s && c.endWord - c.startWord >= 2);

export function addAsrPairNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (tokens[k] !== 'and' || !sameSpeaker(view.ctx, k - 2, k + 2)) continue;
    const s = runBefore(view, k - 1, covered);
    const e = runAfter(view, k + 1, covered, 2);
    const left = k - s >= 2 && freshRun(view, covered, s, k);
    const right = e - k - 1 >= 2 && freshRun(view, covered, k + 1, e);
    // one side may be a full name found already (a verb after it placed it: "... met in june")
    if (!(left && (right || foundStartingAt(out, k + 1))) && !(right && foundEndingAt(out, k))) continue;
    if (left) addMerged(out, covered, make, s, k);
    if (right) addMerged(out, covered, make, k + 1, e);
    k = Math.max(k, e - 1);
  }
}
