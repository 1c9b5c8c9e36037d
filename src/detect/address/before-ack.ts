/**
 * The first half of an address said before the listener's acknowledgement, its second half found
 * after it: "it is taiwan five eight four | okay | kelmora tamberlo drive ...". Layouts written from
 * the country down (China, Japan, Korea, Taiwan, Belarus, Kazakhstan) open with the country and the
 * postcode, and speakers pause after them; others pause after the street line ("it is nine bis
 * quillon bat seventeen | okay | 97071 ..."). On its own such a half is too little to read (a
 * country and a number, a number and a name), so it is taken only when the address goes on after
 * the acknowledgement.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { houseNumberAt, unitAt } from './numbers.js';
import { postcodeAt } from './postcode.js';
import { countryAt } from './tail.js';
import type { AddressView } from './view.js';
import { isParticle, nameWord, partEnds, sameTurn } from './view.js';

/** Words that open the half: an answer, a copula after a cue, a place preposition, a cue word. */
const OPENERS = new Set(['is', "it's", 'its', 'yes', 'yeah', 'at', 'to', 'address']);

/** The most words the half may hold (a country, a postcode said digit by digit, a town). */
const MAX_WORDS = 14;

/**
 * The speaker's turn ending at `end` (the acknowledgement starts there): [start, end) of the half
 * of an address it ends with, else undefined. The half opens right after an opener word (or opens
 * the turn) with a country, a postcode, or a house number and a name, and holds only name words,
 * numbers and unit words up to the end of the turn.
 */
export function halfBeforeAck(v: AddressView, end: number): [number, number] | undefined {
  if (end <= 0 || partEnds(v, end - 2)) return undefined;
  let turnStart = end - 1;
  while (turnStart > 0 && sameTurn(v, turnStart - 1, end - 1) && end - turnStart < MAX_WORDS + 4) turnStart--;
  for (let s = turnStart; s < end && end - s <= MAX_WORDS + 3; s++) {
    const opens =
      s === turnStart ? turnStart === 0 || !sameTurn(v, s - 1, s) : OPENERS.has(v.folded[s - 1] ?? '');
    if (!opens || end - s > MAX_WORDS || (partEnds(v, s - 1) && s > turnStart)) continue;
    if (!opensHalf(v, s, end) || !plainWords(v, s, end)) continue;
    return [s, end];
  }
  return undefined;
}

/** A country, a postcode, or a house number followed by a name, at word s (before `end`). */
function opensHalf(v: AddressView, s: number, end: number): boolean {
  const country = countryAt(v, s);
  if (country && country.end < end) return true;
  const pc = postcodeAt(v.ctx, s);
  if (pc && pc.start === s && pc.end < end && /\d{3}/.test(pc.compact)) return true;
  const house = houseNumberAt(v, s);
  return house > s && house < end && nameWord(v, house);
}

/** Words s..end-1 are name words, numbers or unit words, without a sentence end among them. */
function plainWords(v: AddressView, s: number, end: number): boolean {
  for (let k = s; k < end; k++) {
    if (k < end - 1 && partEnds(v, k)) return false;
    if (runAt(v.ctx.spoken, k) || /\d/.test(v.ctx.tokens[k] ?? '')) continue;
    if (unitAt(v, k) > k || isParticle(v, k) || nameWord(v, k)) continue;
    if (countryAt(v, k)) continue;
    return false;
  }
  return true;
}
