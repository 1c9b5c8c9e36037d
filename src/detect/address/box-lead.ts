/**
 * The route or firm's designator written before a US box number:
 *
 *   "RR 2 Box 48, Fernvale, IL 62999"   "HC 61 Box 12"   "Dept 4471 PO Box 9000 Fernvale OR 97999"
 *
 * USPS Publication 28 writes rural and highway-contract route boxes as the route and its number, then
 * the box; firms that sort mail inside one post-office box add a department, drawer or mail-stop code
 * before it (lexicons/address/box-leads.txt). The grammar reads the box from "Box" or "PO Box" on;
 * the designator and its number right before it (a "#" may stand before the number) belong to it.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { readWordList } from '../lexicon-files.js';
import { fold } from './vocab.js';
import { type AddressView, partEnds, raw, sameTurn } from './view.js';

let leads: readonly (readonly string[])[] | undefined;
const leadPhrases = (): readonly (readonly string[])[] =>
  (leads ??= readWordList('address/box-leads.txt').map((e) => fold(e).split(/\s+/u)));

/** A box word ("box", or a post-office box phrase's last word) within the first words of [start, end). */
function opensWithBox(v: AddressView, start: number, end: number): boolean {
  for (let k = start; k < Math.min(end, start + 9); k++)
    if (v.folded[k] === 'box' || v.folded[k] === 'bx') return true;
  return false;
}

/** A code of a designator: a number (written or spoken) or a short code with a digit ("45ac", "la"). */
function codeStart(v: AddressView, j: number): number {
  const run = runAt(v.ctx.spoken, j);
  if (run && run.endWord === j + 1) return run.startWord;
  return /^(?:\d[\da-z-]{0,9}|[a-z]{1,2}\d{0,8})$/.test(v.ctx.tokens[j] ?? '') ? j : -1;
}

/** The start of the designator before the box found at [start, end), else `start`. */
export function boxLeadStart(v: AddressView, start: number, end: number): number {
  if (start < 2 || !opensWithBox(v, start, end)) return start;
  // the found part may open with the designator's number ("2 box 48" after "RR #")
  const run = runAt(v.ctx.spoken, start);
  const codeEnd = run?.startWord === start ? run.endWord : codeStart(v, start) === start ? start + 1 : -1;
  const inside = codeEnd > 0 && /^(?:p|po|box|bx)$/.test(v.folded[codeEnd] ?? '');
  let j = start - 1;
  if (!inside && (raw(v, j) === '#' || v.ctx.tokens[j] === '' || v.folded[j] === 'number')) j--;
  if (j < 1 || !sameTurn(v, j, start) || partEnds(v, j)) return start;
  const code = inside ? start : codeStart(v, j);
  if (code < 1) return start;
  let p = code - 1;
  if (raw(v, p) === '#' || v.folded[p] === 'number') p--;
  for (const phrase of leadPhrases()) {
    const s = p - phrase.length + 1;
    if (s < 0 || !sameTurn(v, s, start)) continue;
    if (phrase.every((w, k) => v.folded[s + k] === w)) return s;
  }
  return start;
}
