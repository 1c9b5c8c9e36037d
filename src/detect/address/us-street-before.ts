/**
 * The street line written before a US town, state and ZIP code that the grammar found without it:
 *
 *   N [dir] [name...] [dir] [unit] [,]  town, ST 12345     "412 W Quill, Ste. 5, Fernvale, IL 60999"
 *                                                          "88 N Heron Chicora, Illinois 60998"
 *                                                          "3765 West 4100 South, Tarnby, UT 84999"
 *
 * Many US streets are written without a type word (a grid's "W 4100 S", a name alone after its
 * direction), so the street grammar does not read them; the town, state and ZIP after them are
 * found. A state followed by a ZIP code makes the found part a US address's last line, so the
 * numbered line right before it (same speaker, opening a line or after a cue or preposition) is its
 * street line. The found part may already hold the end of the street's name ("Quill, Fernvale, ...")
 * when it opens with it or with a direction.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { readWordList } from '../lexicon-files.js';
import { houseNumberAt, unitAt } from './numbers.js';
import { stateZipEnd } from './us-state-zip.js';
import { type AddressView, cueBefore, endsItem, nameWord, partEnds, raw, sameTurn } from './view.js';

let directionals: ReadonlySet<string> | undefined;
/** A compass direction of a US street (lexicons/address/us-directionals.txt). */
export const isDirectional = (v: AddressView, i: number): boolean =>
  (directionals ??= new Set(readWordList('address/us-directionals.txt'))).has(v.folded[i] ?? '');

/** Words after which a street line's house number opens (lexicons/address/us-line-openers.txt). */
let openers: ReadonlySet<string> | undefined;
const isOpener = (v: AddressView, i: number): boolean =>
  (openers ??= new Set(readWordList('address/us-line-openers.txt'))).has(v.folded[i] ?? '');

const WRITTEN_NUMBER = /^\d{1,6}[a-z]?(?:-\d{1,6}[a-z]?)?$/;
const ORDINAL_OR_GRID = /^\d{1,5}(?:st|nd|rd|th)?$/;

/** Does the found part [start, end) hold a state and ZIP code? */
export function usLastLine(v: AddressView, start: number, end: number): boolean {
  for (let i = start; i < end && i < start + 12; i++) if (stateZipEnd(v, i, end) > 0) return true;
  return false;
}

/** The house number ending right before word `at`: its first word, else -1. */
export function houseNumberBefore(v: AddressView, at: number): number {
  const j = at - 1;
  if (j < 0 || !sameTurn(v, j, at) || partEnds(v, j) || endsItem(v, j)) return -1;
  const run = runAt(v.ctx.spoken, j);
  const s = run && run.endWord === at ? run.startWord : WRITTEN_NUMBER.test(v.ctx.tokens[j] ?? '') ? j : -1;
  return s >= 0 && houseNumberAt(v, s) === at ? s : -1;
}

/** The number opens a line: the turn's first word, after a line's end, a colon, a cue or a preposition. */
export function opens(v: AddressView, s: number): boolean {
  const p = s - 1;
  if (p < 0 || !sameTurn(v, p, s)) return true;
  if (/:$/.test(raw(v, p)) || partEnds(v, p) || endsItem(v, p)) return true;
  return isOpener(v, p) || cueBefore(v, s, 4);
}

/**
 * The start of the street line before the found address [start, end), else `start`: only when the
 * found part ends a US address (a state and ZIP code in it).
 */
export function usStreetLineStart(v: AddressView, start: number, end: number): number {
  if (start < 2 || !usLastLine(v, start, end)) return start;
  let k = start;
  // a unit between the street and the town ("..., Ste. 510, Chicora", "... # 1506, Chicora")
  for (let u = start - 1; u >= Math.max(0, start - 4); u--) {
    if (!sameTurn(v, u, start)) break;
    // ("#" is no word of its own to the unit grammar: "# 1506" is the number after it)
    const hash = raw(v, u) === '#' && houseNumberAt(v, u + 1) === start;
    if (hash || unitAt(v, u) === start) {
      k = u;
      break;
    }
  }
  // the name's words, directions and ordinal or grid numbers ("W 4100 S", "N Heron", "NW 55th")
  let names = 0;
  let named = false;
  for (let w = k - 1; w >= Math.max(0, k - 5); w--) {
    if (!sameTurn(v, w, start) || (w < k - 1 && (endsItem(v, w) || partEnds(v, w)))) break;
    if (partEnds(v, w)) break;
    const tok = v.ctx.tokens[w] ?? '';
    const direction = isDirectional(v, w);
    const gridNumber =
      ORDINAL_OR_GRID.test(tok) && w > 0 && isDirectional(v, w - 1) && !/[.,]$/.test(raw(v, w - 1));
    if (!direction && !gridNumber && !(nameWord(v, w) && !isFunctionWord(tok))) break;
    names++;
    if (!direction) named = true;
    k = w;
    const house = houseNumberBefore(v, w);
    if (house >= 0 && (direction || isDirectional(v, w + 1) || named)) {
      // "412 Quill, Fernvale" needs the found part to open with a name of its own or a direction
      const leads = direction || named;
      if (leads && opens(v, house)) return house;
    }
  }
  // nothing between: the found part opens with the street's direction ("West 4100 South, ...")
  if (names === 0 && isDirectional(v, start)) {
    const house = houseNumberBefore(v, start);
    if (house >= 0 && opens(v, house)) return house;
  }
  return start;
}
