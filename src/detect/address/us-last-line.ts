/**
 * A US address's last line on its own, town, state and ZIP code, where nothing else was found:
 *
 *   "Fernvale, OR 97999"   raw ASR "fernvale o r nine seven nine nine nine"
 *
 * A state (its code or name) followed by a five- or nine-digit ZIP code closes a US address; one to
 * three name words before it are its town (raw ASR: words English lacks, or a known city). The street
 * line before it, when there is one, is read by us-street-before.ts.
 */
import { isCommonWord } from '../gazetteer/common-words.js';
import { STATE_CODES, STATE_NAMES } from '../gazetteer/us-states.js';
import { cityAt } from './tail.js';
import { stateZipEnd } from './us-state-zip.js';
import { type AddressView, endsItem, nameWord, partEnds, sameTurn } from './view.js';

const STATE_FIRST = new Set(STATE_NAMES.map((n) => n[0]!));

/** The start of the town's words ending before word `at`, else -1. */
function townBefore(v: AddressView, at: number): number {
  let s = -1;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (!sameTurn(v, k, at) || (k < at - 1 && (endsItem(v, k) || partEnds(v, k)))) break;
    if (k === at - 1 && partEnds(v, k)) break;
    if (!nameWord(v, k)) break;
    s = k;
  }
  if (s < 0) return -1;
  if (v.formatted) return s;
  // raw ASR has no capitals: a known city, or words English lacks
  for (let k = s; k < at; k++) if (cityAt(v, k)?.end === at) return k;
  for (let k = s; k < at; k++) {
    let plain = true;
    for (let m = k; m < at && plain; m++) plain = !isCommonWord(v.ctx.tokens[m] ?? '');
    if (plain) return k;
  }
  return -1;
}

/**
 * Town, state and ZIP lines outside the found spans (sorted, not overlapping; a found span may lie
 * inside one, to be replaced): [start, end) pairs.
 */
export function usLastLines(
  v: AddressView,
  found: readonly { startWord: number; endWord: number }[],
): [number, number][] {
  const out: [number, number][] = [];
  let f = 0;
  const t = v.ctx.tokens;
  for (let i = 1; i < v.n; i++) {
    const tok = t[i] ?? '';
    if (!(STATE_CODES.has(tok) || STATE_FIRST.has(tok) || (!v.formatted && tok.length === 1))) continue;
    while (f < found.length && found[f]!.endWord <= i) f++;
    if (f < found.length && found[f]!.startWord < i) continue;
    const end = stateZipEnd(v, i);
    if (end < 0) continue;
    const start = townBefore(v, i);
    const prevEnd = f > 0 ? found[f - 1]!.endWord : 0;
    // a part found inside the line ("k nine nine five seven four" read as a postcode) is replaced
    let g = f;
    while (g < found.length && found[g]!.endWord <= end && found[g]!.startWord >= start) g++;
    if (start < 0 || start < prevEnd || (g < found.length && found[g]!.startWord < end)) continue;
    out.push([start, end]);
    i = end - 1;
  }
  return out;
}
