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
import { usLastLine } from './us-street-before.js';
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

/** A mark before a box's or route's number ("#", raw ASR "number"). */
const isMark = (v: AddressView, i: number): boolean =>
  raw(v, i) === '#' || v.ctx.tokens[i] === '' || v.folded[i] === 'number' || v.folded[i] === 'no';

/**
 * A bare box and its number ending right before word `at` ("Box 209", "box number two oh nine"):
 * the box word's index, else -1.
 */
function bareBoxBefore(v: AddressView, at: number): number {
  const j = at - 1;
  if (j < 1 || !sameTurn(v, j, at) || partEnds(v, j)) return -1;
  const code = codeStart(v, j);
  if (code < 1 || !/\d/.test(runAt(v.ctx.spoken, j)?.text ?? v.ctx.tokens[j] ?? '')) return -1;
  let b = code - 1;
  if (b > 0 && isMark(v, b)) b--;
  return /^(?:box|bx)$/.test(v.folded[b] ?? '') && sameTurn(v, b, at) && !partEnds(v, b) ? b : -1;
}

/**
 * Raw ASR says a designator's letters one by one ("r r three box twelve", "h c sixty one box ..."),
 * and the spoken view reads them with the route's number as one run ("rr7"): does the run at
 * `code` open with the letters of a one-word designator and go on with its number?
 */
function spelledLeadOpens(v: AddressView, code: number): boolean {
  const run = runAt(v.ctx.spoken, code);
  if (!run || run.startWord !== code) return false;
  let letters = '';
  let k = 0;
  while (k < run.chunks.length && run.chunks[k]!.kind === 'letter') letters += run.chunks[k++]!.text;
  if (letters.length < 2 || k === run.chunks.length || !/\d/.test(run.chunks[k]!.text)) return false;
  return leadPhrases().some((p) => p.length === 1 && p[0] === letters);
}

/**
 * The start of the designator before the box found at [start, end), or of a bare box before a
 * found US town, state and ZIP ("Box 209 | Fernvale, NM 87999"), else `start`.
 */
export function boxLeadStart(v: AddressView, start: number, end: number): number {
  if (start < 1) return start;
  let from = start;
  if (!opensWithBox(v, start, end)) {
    const box = usLastLine(v, start, end) ? bareBoxBefore(v, start) : -1;
    if (box < 0) return start;
    from = box;
  }
  // the found part may open with the designator's number ("2 box 48" after "RR #")
  const run = runAt(v.ctx.spoken, from);
  const codeEnd =
    run?.startWord === from
      ? run.endWord
      : codeStart(v, from) === from && /\d/.test(raw(v, from))
        ? from + 1
        : -1;
  const inside = codeEnd > 0 && /^(?:p|po|box|bx)$/.test(v.folded[codeEnd] ?? '');
  let j = from - 1;
  if (!inside && j > 0 && isMark(v, j)) j--;
  if (j < 1 || !sameTurn(v, j, from) || partEnds(v, j)) return from;
  const code = inside ? from : codeStart(v, j);
  if (code < 1) return from;
  if (spelledLeadOpens(v, code)) return code;
  let p = code - 1;
  if (p > 0 && isMark(v, p)) p--;
  for (const phrase of leadPhrases()) {
    const s = p - phrase.length + 1;
    if (s < 0 || !sameTurn(v, s, from)) continue;
    if (phrase.every((w, k) => v.folded[s + k] === w)) return s;
  }
  return from;
}
