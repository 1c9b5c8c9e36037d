/**
 * A US street line known by the direction written between its house number and its name, with no
 * street type (common in grid cities):
 *
 *   "4821 S. Quillmore"   "77 N Fennick, Unit 4"   "3765 West 4100 South"   raw ASR "forty eight
 *   twenty one s quillmore"
 *
 * A house number that opens a line (after a cue, a preposition or a colon, or first in a turn), a
 * direction (lexicons/address/us-directionals.txt) and one to three name words, or a grid number
 * and a second direction, make a street line; a unit after it belongs to it. Written, the direction
 * and the name are capitalised; raw ASR, the name is a word English lacks.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { unitAt } from './numbers.js';
import { houseNumberBefore, isDirectional, opens } from './us-street-before.js';
import { type AddressView, capitalised, endsItem, nameWord, partEnds, raw, sameTurn } from './view.js';

const GRID_NUMBER = /^\d{1,5}$/;
const WRITTEN_HOUSE = /^\d{1,6}(?:-\d{1,6})?$/;

/** The street line whose direction is word d: [start, end), else undefined. */
function streetAt(v: AddressView, d: number): [number, number] | undefined {
  if (v.formatted && !capitalised(v, d)) return undefined;
  // raw ASR runs a direction letter into the number said before it ("forty eight | s"): the run's last chunk
  const run = v.formatted ? undefined : runAt(v.ctx.spoken, d);
  let house: number;
  if (run) {
    const last = run.chunks[run.chunks.length - 1]!;
    if (last.startWord !== d || last.kind !== 'letter' || run.endWord !== d + 1) return undefined;
    const digits = run.chunks.slice(0, -1);
    if (!digits.length || !/^\d{1,5}$/.test(digits.map((c) => c.text).join(''))) return undefined;
    house = run.startWord;
  } else if (v.formatted) {
    // written: the number right before the direction ("4821 S. Quillmore"; the grammar reads "4821 S"
    // as a number with its letter)
    const p = d - 1;
    house = sameTurn(v, p, d) && !endsItem(v, p) && WRITTEN_HOUSE.test(raw(v, p)) ? p : -1;
  } else house = houseNumberBefore(v, d);
  if (house < 0 || !opens(v, house) || endsItem(v, d) || partEnds(v, d)) return undefined;
  let k = d + 1;
  if (k >= v.n || !sameTurn(v, d, k)) return undefined;
  // a grid: "West 4100 South"
  if (GRID_NUMBER.test(raw(v, k)) && k + 1 < v.n && isDirectional(v, k + 1) && !endsItem(v, k)) {
    if (v.formatted && !capitalised(v, k + 1)) return undefined;
    return [house, unitEnd(v, k + 2)];
  }
  let names = 0;
  while (k < v.n && names < 3 && sameTurn(v, d, k)) {
    const t = v.ctx.tokens[k] ?? '';
    // ("Floor:" opens a form's next label)
    if (!nameWord(v, k) || isFunctionWord(t) || isDirectional(v, k) || /:$/.test(raw(v, k))) break;
    // a unit after the name ("... SHEFFIELD UNIT 2B") is read as one below
    if (names > 0 && unitAt(v, k) > k) break;
    if (v.formatted ? !capitalised(v, k) : isCommonWord(t)) break;
    names++;
    k++;
    if (endsItem(v, k - 1) || partEnds(v, k - 1)) break;
  }
  if (names === 0) return undefined;
  // a direction after the name ("... Fennick NW")
  if (k < v.n && sameTurn(v, d, k) && !endsItem(v, k - 1) && !partEnds(v, k - 1) && isDirectional(v, k)) {
    if (!v.formatted || capitalised(v, k)) k++;
  }
  return [house, unitEnd(v, k)];
}

/** The end after a unit that follows the street line ending at `end` ("Unit 4", "Ste. 200"), else `end`. */
function unitEnd(v: AddressView, end: number): number {
  if (end >= v.n || partEnds(v, end - 1) || !sameTurn(v, end - 1, end)) return end;
  // "# 1506": the mark is no word of its own to the unit grammar
  if (raw(v, end) === '#' && end + 1 < v.n && WRITTEN_HOUSE.test(raw(v, end + 1).replace(/[,.]$/, '')))
    return end + 2;
  const u = unitAt(v, end);
  if (u <= end) return end;
  // "Unit 4 Floor: ...": a form's next label read on is no part of the unit
  if (/:$/.test(raw(v, u - 1))) return u - 1 >= end + 2 ? u - 1 : end;
  return u;
}

/** Such street lines before or outside the found spans (sorted; a found span may start inside one): [start, end) pairs. */
export function usDirectionalStreets(
  v: AddressView,
  found: readonly { startWord: number; endWord: number }[],
): [number, number][] {
  const out: [number, number][] = [];
  let f = 0;
  for (let d = 1; d < v.n; d++) {
    if (!isDirectional(v, d)) continue;
    while (f < found.length && found[f]!.endWord <= d) f++;
    if (f < found.length && found[f]!.startWord <= d) continue;
    const line = streetAt(v, d);
    if (!line) continue;
    const [start, end] = line;
    // a part found inside the line's end ("1506, Fernvale, ..." read as a postcode and town) is
    // joined by the caller
    if (start < (f > 0 ? found[f - 1]!.endWord : 0) || (f < found.length && found[f]!.startWord <= start))
      continue;
    out.push(line);
    d = end - 1;
  }
  return out;
}
