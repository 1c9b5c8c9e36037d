/**
 * Raw ASR: a box written in capitals ("BOX 52", "RT 4 BOX 52", "PO BOX 12") is spelled letter by
 * letter ("b o x fifty two", "r t four b o x fifty two"), and the spoken view reads the letters and
 * the numbers as one run ("rt4box52"). A run at word i that spells a box (perhaps after a rural-route
 * or highway-contract designator and its number, lexicons/address/box-leads.txt) with its number, or
 * whose number follows after "number", is a box line: its end, else -1. A box spelled alone needs an
 * address cue before it ("i said b o x five times" is none).
 */
import { runAt } from '../../transcript/spoken-view.js';
import { readWordList } from '../lexicon-files.js';
import { fold } from './vocab.js';
import { cueBefore, sameTurn, type AddressView } from './view.js';

let leads: ReadonlySet<string> | undefined;
/** One-word designators written in letters ("rr", "hc", "rt"), as raw ASR spells them. */
const letterLeads = (): ReadonlySet<string> =>
  (leads ??= new Set(
    readWordList('address/box-leads.txt')
      .map(fold)
      .filter((e) => /^[a-z]{2,3}$/.test(e)),
  ));

const SPELLED = /^(?:([a-z]{2,3})(\d{1,4}))?(?:po)?box(\d{1,6}[a-z]?)?$/;

export function asrSpelledBoxAt(v: AddressView, i: number): number {
  if (v.formatted || (v.folded[i] ?? '').length !== 1) return -1;
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i || run.chunks.length < 3) return -1;
  const m = SPELLED.exec(run.text);
  if (!m || (m[1] !== undefined && !letterLeads().has(m[1]))) return -1;
  // the letters of "box" are said one by one (not the word "box" in a number run)
  if (!run.chunks.some((c) => c.kind === 'letter' && c.text === 'x')) return -1;
  if (m[1] === undefined && !run.text.startsWith('po') && !cueBefore(v, i, 8)) return -1;
  if (m[3] !== undefined) return run.endWord;
  // "b o x number two a": the number after the mark
  let k = run.endWord;
  if (v.folded[k] === 'number' || v.folded[k] === 'no') k++;
  const value = runAt(v.ctx.spoken, k);
  if (!value || value.startWord !== k || !/^\d{1,6}[a-z]?$/.test(value.text)) return -1;
  return sameTurn(v, i, value.endWord - 1) ? value.endWord : -1;
}
