/**
 * The designator and house number written before a numbered road the grammar found from its number
 * or its last word on:
 *
 *   "880 State Route 14, Fernvale"   "12 US Highway No 9"   "4410 County Road 12"   "5 Spur 31"
 *
 * North American roads are named by their system and number (lexicons/address/road-designators.txt);
 * the found part starts at the road's number or at its last designator word, and what comes before
 * it, the rest of the designator and a house number opening the line, belongs to it.
 */
import { readWordList } from '../lexicon-files.js';
import { houseNumberBefore, opens, usLastLine } from './us-street-before.js';
import { fold } from './vocab.js';
import { type AddressView, endsItem, partEnds, raw, sameTurn } from './view.js';

let designatorWords: ReadonlySet<string> | undefined;
/** Word i is a word of a road designator ("state", "route", "no"), or initials written with dots ("u.s"). */
const designatorWord = (v: AddressView, i: number): boolean =>
  (designatorWords ??= new Set(
    readWordList('address/road-designators.txt').flatMap((e) => [
      ...fold(e).split(/\s+/u),
      fold(e).replace(/\s+/gu, '.'),
    ]),
  )).has(v.folded[i] ?? '');

const ROAD_NUMBER = /^(?:no\.?|#)?\d{1,4}[a-z]?[,.]?$/i;

/** The start of the road line before the found address [start, end), else `start`. */
export function roadLineStart(v: AddressView, start: number, end: number): number {
  if (start < 1 || end <= start) return start;
  // the found part opens with the road's number or with a designator word ("RT. 140"), or, in a US
  // address, with the town after the road's number ("... Highway 9, | Fernvale, NJ 07999")
  let from = start;
  const before = start - 1;
  if (
    !ROAD_NUMBER.test(raw(v, start)) &&
    !designatorWord(v, start) &&
    ROAD_NUMBER.test(raw(v, before)) &&
    sameTurn(v, before, start) &&
    !partEnds(v, before) &&
    usLastLine(v, start, end)
  )
    from = before;
  const numbered = ROAD_NUMBER.test(raw(v, from));
  if (!numbered && !designatorWord(v, from)) return start;
  let k = from;
  for (let p = from - 1; p >= Math.max(0, from - 4); p--) {
    if (!sameTurn(v, p, from) || !designatorWord(v, p)) break;
    // (the dot of initials, "U.S.", ends no sentence)
    if ((endsItem(v, p) || partEnds(v, p)) && !/^\p{L}(?:\.\p{L})+\.$/u.test(raw(v, p))) break;
    k = p;
  }
  // a road number needs its designator ("Route 9"); a house number alone before it is no road
  if (numbered && k === from) return start;
  // ("No", "to" alone are no designator: "farm to market", "highway no" only whole)
  while (k < from && /^(?:no|to|s|u)$/.test(v.folded[k] ?? '') && !designatorWord(v, k + 1)) k++;
  const house = houseNumberBefore(v, k);
  if (house >= 0 && opens(v, house)) return house;
  return k < start && opens(v, k) ? k : start;
}
