/**
 * A contact block gives the recipient's name, then the street line ("Mira Tolvanen Vrelska 12,
 * 11000 Tamsby"). Where the street is written by its name alone (no type word, or the type after
 * the name: "Vrelska 12", "Tamsweg Str. 4"), the person's chain takes the street's name as a third
 * name, and the address starts at the house number. A house number (or a suffix type, then one)
 * right after a name reading, with the address running on past it, closes a street name: the
 * name's last words that no name list holds are the street's. The name keeps at least two words,
 * one of them listed, so that a real name is never cut to less than a given and a family name.
 */
import { isListedName } from '../gazetteer/names.js';
import { nameKinds } from '../gazetteer/name-lexicon.js';
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { houseNumberAt } from './numbers.js';
import { numberFirstStreet, suffixTypeAt } from './street.js';
import { type AddressView, addressView, sameTurn } from './view.js';

/** A name reading keeps at least this many words. */
const MIN_NAME_WORDS = 2;

/** Word k is held by some name list (given, family or the broad list). */
const listedAt = (v: AddressView, k: number): boolean => {
  const t = v.folded[k] ?? '';
  return nameKinds(t) > 0 || isListedName(t);
};

/** Word k is a name-like word: letters (and hyphens or apostrophes) only. */
const wordAt = (v: AddressView, k: number): boolean => /^\p{L}[\p{L}'’-]*$/u.test(v.ctx.tokens[k] ?? '');

/**
 * The index after a house number that closes a street name ending before `at` (the number, or a
 * suffix type then the number), when the number opens no street of its own; -1 otherwise.
 */
function closingNumberEnd(v: AddressView, at: number): number {
  const type = suffixTypeAt(v, at);
  const from = at + type;
  if (!sameTurn(v, at - 1, from)) return -1;
  const end = houseNumberAt(v, from);
  if (end < 0) return -1;
  // "Mira Tolvanen 12 Harbour Road": the number opens the street, the name before it is a person's
  if (type === 0 && numberFirstStreet(v, from) !== null) return -1;
  return end;
}

export function namesEndBeforeStreetNumbers(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  if (addresses.length === 0) return candidates;
  const v = addressView(ctx);
  // address start moves: a street's name given back by a name reading
  const moves = new Map<Candidate, number>();
  const out = candidates.map((c) => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord <= MIN_NAME_WORDS) return c;
    const numberEnd = closingNumberEnd(v, c.endWord);
    if (numberEnd < 0) return c;
    // the address runs on past the number (a unit, a postcode, a town)
    const after = addresses.filter((a) => a.startWord < numberEnd && a.endWord > numberEnd);
    if (after.length === 0) return c;
    let cut = c.endWord;
    while (cut - c.startWord > MIN_NAME_WORDS && wordAt(v, cut - 1) && !listedAt(v, cut - 1)) cut--;
    if (cut === c.endWord) return c;
    let listed = false;
    for (let k = c.startWord; k < cut; k++) if (listedAt(v, k)) listed = true;
    if (!listed) return c;
    for (const a of after) if (a.startWord > cut) moves.set(a, Math.min(moves.get(a) ?? a.startWord, cut));
    return { ...c, endWord: cut, value: ctx.tokens.slice(c.startWord, cut).join(' ') };
  });
  if (moves.size === 0) return out;
  return out.map((c) => {
    const start = moves.get(c);
    return start === undefined
      ? c
      : { ...c, startWord: start, value: ctx.tokens.slice(start, c.endWord).join(' ') };
  });
}
