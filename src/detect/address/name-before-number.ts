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
import { FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { houseNumberAt } from './numbers.js';
import { numberFirstStreet, suffixTypeAt } from './street.js';
import { type AddressView, addressView, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';

/** A street's name given back whole is at most this many words. */
const MAX_STREET_WORDS = 3;
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

/**
 * A one-word suffix type abbreviated with a comma after its dot ("Vesquin sh., 12"), which the
 * grammar's type reading (a dot last) leaves: 1, else 0.
 */
function commaDottedTypeAt(v: AddressView, t: number): number {
  if (!/\.[,;]$/.test(v.ctx.words[t]?.text ?? '')) return 0;
  return addressVocab().streets.suffix.match((k) => v.folded[t + k]) === 1 ? 1 : 0;
}

/**
 * A suffix type with its house number at t ("Tamsweg Str. 4", "Vesquin fasor 6"): the words before
 * it name the street. The type at or after the name's third word, or one word after its end.
 */
function typedStreetAt(
  v: AddressView,
  c: Candidate,
): { type: number; typeEnd: number; numberEnd: number } | undefined {
  for (let t = c.startWord + 1; t <= c.endWord + 1; t++) {
    // a word between the name's end and the type: the street name's second word
    if (t === c.endWord + 1 && !wordAt(v, c.endWord)) return undefined;
    const len = suffixTypeAt(v, t) || commaDottedTypeAt(v, t);
    if (len === 0 || !sameTurn(v, t - 1, t + len)) continue;
    // the house number right after the type: a type written before its name ("cesta", "aleja"
    // are both) would have the name there
    const numberEnd = houseNumberAt(v, t + len);
    // "Mira Tolvanen Hall 12 Harbour Road": the number opens a street of its own
    if (numberEnd < 0 || numberFirstStreet(v, t + len) !== null) return undefined;
    return { type: t, typeEnd: t + len, numberEnd };
  }
  return undefined;
}

/**
 * A given name right after a family name (or a word no list holds) inside a name reading opens a
 * second person's name: a street named after someone ("Tamsweg Anna Vesquin sh. 4").
 */
const eponymStart = (v: AddressView, c: Candidate, k: number): boolean =>
  k - 1 > c.startWord + 1 &&
  (nameKinds(v.folded[k - 1] ?? '') & (GIVEN | FAMILY)) === GIVEN &&
  (nameKinds(v.folded[k - 2] ?? '') & GIVEN) === 0;

/** Where the name reading c ends once a street's name is given back (c.endWord: nothing to give). */
function streetNameCut(v: AddressView, c: Candidate): { cut: number; numberEnd: number } | undefined {
  const typed = typedStreetAt(v, c);
  if (typed) {
    let cut = Math.min(typed.type, c.endWord) - 1;
    if (eponymStart(v, c, cut)) cut--;
    if (cut - c.startWord >= MIN_NAME_WORDS) return { cut, numberEnd: typed.numberEnd };
    // the reading is the street's name and its type ("Tamsin Vesquin sh., 12"): a type no English
    // word, or abbreviated, which no name ends with
    const type = v.folded[typed.type] ?? '';
    if (typed.typeEnd < c.endWord || typed.type - c.startWord > MAX_STREET_WORDS) return undefined;
    const abbreviated = /\.[,;]?$/.test(v.ctx.words[typed.typeEnd - 1]?.text ?? '');
    if (typed.typeEnd !== c.endWord || (englishLevel(type) !== undefined && !abbreviated)) return undefined;
    return { cut: c.startWord, numberEnd: typed.numberEnd };
  }
  const numberEnd = closingNumberEnd(v, c.endWord);
  if (numberEnd < 0) return undefined;
  let cut = c.endWord;
  while (cut - c.startWord > MIN_NAME_WORDS && wordAt(v, cut - 1) && !listedAt(v, cut - 1)) cut--;
  return { cut, numberEnd };
}

export function namesEndBeforeStreetNumbers(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  if (addresses.length === 0) return candidates;
  const v = addressView(ctx);
  // address start moves: a street's name given back by a name reading
  const moves = new Map<Candidate, number>();
  const out = candidates.flatMap((c) => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord < MIN_NAME_WORDS) return [c];
    const found = streetNameCut(v, c);
    if (!found || found.cut >= c.endWord) return [c];
    const { cut, numberEnd } = found;
    // the address runs on past the number (a unit, a postcode, a town)
    const after = addresses.filter((a) => a.startWord < numberEnd && a.endWord > numberEnd);
    if (after.length === 0) return [c];
    let listed = cut === c.startWord;
    for (let k = c.startWord; k < cut; k++) if (listedAt(v, k)) listed = true;
    if (!listed) return [c];
    for (const a of after) if (a.startWord > cut) moves.set(a, Math.min(moves.get(a) ?? a.startWord, cut));
    return cut === c.startWord
      ? []
      : [{ ...c, endWord: cut, value: ctx.tokens.slice(c.startWord, cut).join(' ') }];
  });
  if (moves.size === 0) return out;
  return out.map((c) => {
    const start = moves.get(c);
    return start === undefined
      ? c
      : { ...c, startWord: start, value: ctx.tokens.slice(start, c.endWord).join(' ') };
  });
}
