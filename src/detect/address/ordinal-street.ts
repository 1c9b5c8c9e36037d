/**
 * A numbered street of a North American grid named by its ordinal alone, no house number: "5th
 * Ave", "E 42nd St", "NW 23rd Avenue", raw ASR "w forty second street". After a locative ("at",
 * "on", "outside") such a line is a place on the map like a street with an unusual name, though its
 * words are everyday English (which keeps "on Main Street" out). Only the grid's own types count
 * ("in 2nd place", "the 3rd floor", "on first court" are none), and only as an address line writes
 * them: the type abbreviated or a compass letter first (prose says "along 10th Street").
 */
import { ordinalName, suffixTypeAt } from './street.js';
import type { AddressView } from './view.js';
import { capitalised, raw } from './view.js';

const GRID_TYPES = new Set(
  'street st avenue ave av road rd drive dr boulevard blvd lane ln terrace ter parkway pkwy'.split(' '),
);
const SPOKEN =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;
const ABBREVIATED = new Set('st ave av rd dr blvd ln ter pkwy'.split(' '));
const COMPASS = /^(?:[NSEWnsew]|[NSns][EWew])\.?$/;

/** Do the words [start, end) read as [compass letter] ordinal [more number words] grid type? */
export function ordinalGridStreet(v: AddressView, start: number, end: number): boolean {
  let k = start;
  const compass = k < end - 2 && COMPASS.test(raw(v, k));
  if (compass) k++;
  let ordinal = -1;
  for (let m = k; m < end - 1; m++) if (ordinalName(v, m)) ordinal = m;
  if (ordinal < 0) return false;
  // written: the ordinal with its digits ("42nd") or capitalised ("Fifth"); raw ASR: number words
  // before it are its own ("forty second")
  if (v.formatted) {
    if (ordinal !== k || !(/\d/.test(raw(v, k)) || capitalised(v, k))) return false;
  } else {
    for (let m = k; m < ordinal; m++) if (!SPOKEN.test(v.folded[m] ?? '')) return false;
  }
  const type = ordinal + 1;
  const len = suffixTypeAt(v, type);
  if (len === 0 || type + len > end || !GRID_TYPES.has(v.folded[type] ?? '')) return false;
  // prose names the street in full ("along 10th Street"); an address line abbreviates its type or
  // puts the grid's compass letter first ("5th Ave", "W 42nd Street")
  return compass || (v.formatted && ABBREVIATED.has(v.folded[type] ?? ''));
}
