/**
 * Raw ASR: a numbered street said with its direction's letter and no house number,
 *
 *   "the shop is on w forty second street"   (W 42nd Street)
 *
 * The spoken view reads "w forty second" as one run (a letter, then the ordinal 42nd); the street
 * grammar takes "forty" for a house number and starts the street at "second". A found street that
 * starts inside an ordinal the run said, or right after it, starts at the ordinal, and at a compass
 * letter said right before it (lexicons/address/us-directionals.txt).
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isDirectional } from './us-street-before.js';
import type { AddressView } from './view.js';

/** The start of the ordinal street the found part [start, ...) cuts into, else `start`. */
export function directionOrdinalStart(v: AddressView, start: number): number {
  if (v.formatted) return start;
  const run = runAt(v.ctx.spoken, start);
  if (!run) return start;
  const at = run.chunks.findIndex((c) => c.startWord <= start && start < c.endWord);
  const chunk = run.chunks[at];
  if (!chunk || chunk.kind !== 'ordinal') return start;
  let s = chunk.startWord;
  const prev = run.chunks[at - 1];
  // the direction's letter said right before the ordinal, opening the run
  if (prev && at === 1 && prev.kind === 'letter' && prev.endWord === s && isDirectional(v, prev.startWord))
    s = prev.startWord;
  return s;
}
