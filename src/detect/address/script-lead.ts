/**
 * A house number said or written before an address in a script without capitals, and the Latin
 * words a cue may put before it:
 *
 *   "50889 ޢަޠާ މަގު, ...", raw ASR "five oh eight eight nine ޢޠ މގ six eight ..."
 *   "ship it to mira tolvanen seven ninety nine جبران گلی ...": the recipient's name is no street name
 *
 * The script's grammar (script.ts) reads the run after the number; the number opens the address.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { numberValueEnd } from './numbers.js';
import { isScriptWord, scriptAddressAt } from './script.js';
import type { AddressView } from './view.js';
import { raw, sameTurn } from './view.js';

/** A house number at word i (one word, or a number said in words) and a script address after it: its end, else -1. */
export function scriptAfterNumber(v: AddressView, i: number): number {
  if (isScriptWord(v, i)) return -1;
  // "five oh eight eight nine": the whole spoken run, which the house-number reading may split
  const run = runAt(v.ctx.spoken, i);
  // cheap first: a script word right after the word or after its spoken run
  if (!(i + 1 < v.n && isScriptWord(v, i + 1)) && !(run && run.endWord < v.n && isScriptWord(v, run.endWord)))
    return -1;
  let e = numberValueEnd(v, i);
  // (or the seven-digit postcode Japan and Israel write before the address: "one five oh oh oh oh
  // one 東京都...")
  if (run && run.startWord === i && /^(?:\d{1,6}|\d{7})$/.test(run.text)) e = Math.max(e, run.endWord);
  if (e <= i || e >= v.n || !sameTurn(v, i, e) || !isScriptWord(v, e)) return -1;
  // a run without an address word is read only when the number opens a line (not "ซื้อ 3 ชิ้น, ...")
  const opensLine = i === 0 || !sameTurn(v, i - 1, i) || !isScriptWord(v, i - 1);
  const address = scriptAddressAt(v, e, opensLine);
  return address ? address[1] : -1;
}

/**
 * The first word in [from, to) where a house number opens a script address (scriptAfterNumber),
 * with only words of other scripts before it: -1 if none. A cued street reading over those words
 * gives way to the address that starts at the number.
 */
export function scriptLeadIn(v: AddressView, from: number, to: number): number {
  for (let k = from; k < to && k < v.n; k++) {
    if (isScriptWord(v, k)) return -1;
    if (scriptAfterNumber(v, k) > 0) return k;
  }
  return -1;
}

/** A postcode written in three and four digits, as Japan writes it ("296-0890"). */
const THREE_FOUR = /^〒?\d{3}-\d{4}[,、]?$/;

/**
 * A written "296-0890" right before an address in a script without capitals ("296-0890 静岡県
 * 南矢野町 6丁目6番2号"): the place's postcode (Japan writes no phone number in seven digits).
 */
export function postcodeBeforeScript(v: AddressView, i: number): boolean {
  const e = i + 1;
  return (
    THREE_FOUR.test(raw(v, i)) &&
    e < v.n &&
    sameTurn(v, i, e) &&
    isScriptWord(v, e) &&
    scriptAddressAt(v, e) !== null
  );
}

/**
 * A script address at word i that goes on after its house number ("ფაბრიციუსის ხეივანი 9 შენობა 443
 * 0183 ზემო ბადრი", "Վեսքինյան պողոտա 82 40376 Տամբերլո"): read before the Latin grammar, which
 * would stop at the house number. Null when the run ends at its first number or holds none. The number
 * may be said in words (raw ASR "משעול הורד six hundred seventy eight חדר ...").
 */
export function scriptRunFirst(v: AddressView, i: number): [number, number] | null {
  if (!isScriptWord(v, i)) return null;
  const run = scriptAddressAt(v, i);
  if (!run) return null;
  let k = i;
  // a number written or said ("86", raw ASR "eight six")
  const numberAt = (m: number): boolean => {
    if (/\d/.test(raw(v, m))) return true;
    const said = runAt(v.ctx.spoken, m);
    return said?.startWord === m && /^\d/.test(said.text);
  };
  while (k < run[1] && (isScriptWord(v, k) || !numberAt(k))) k++;
  // "משעול תמברלו שלום 39, 6968616 ...": the street line ends at its house number and a comma; the
  // address goes on after it, and a cued reading would give the street's name words to a person
  if (k < run[1] && k > i && run[1] < v.n && /,$/.test(raw(v, run[1] - 1)) && sameTurn(v, k, run[1]))
    return run;
  // the first number, then more of the run after it
  while (k < run[1] && !isScriptWord(v, k)) k++;
  return k < run[1] ? run : null;
}

/**
 * The postcode written right before a script address starting at `at` ("〒150-0001 東京都...",
 * "〒 150-0001 ..."): its start (the postal mark's), else `at`.
 */
export function postcodeBeforeScriptStart(v: AddressView, at: number): number {
  const j = at - 1;
  if (j < 0 || !sameTurn(v, j, at) || !THREE_FOUR.test(raw(v, j))) return at;
  return j > 0 && raw(v, j - 1) === '〒' && sameTurn(v, j - 1, at) ? j - 1 : j;
}
