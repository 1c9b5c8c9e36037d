/**
 * Raw ASR: US numbered streets are often written with a bare number ("30 W 26 St", "921 83 Street"
 * for the 26th and the 83rd), which speech renders as a cardinal ("three oh w twenty six street").
 * The spoken view then reads the house number, the compass letter and the street's number as one
 * run, which is no house number. A run of a house number (one to five digits), perhaps one compass
 * letter, and last a number said as a word (a compass letter also lets a digit word close it), right
 * before a numbered street's type (lexicons/address/asr-cardinal-street-types.txt), is a house
 * number and the street's name: the word where the name starts, else -1.
 */
import type { SpokenChunk } from '../../transcript/spoken-view.js';
import { readWordList } from '../lexicon-files.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { type AddressView, nameWord, sameTurn } from './view.js';

let types: ReadonlySet<string> | undefined;
const cardinalTypes = (): ReadonlySet<string> =>
  (types ??= new Set(readWordList('address/asr-cardinal-street-types.txt')));

const COMPASS = /^[nsew]$/;
const isValue = (c: SpokenChunk): boolean =>
  (c.kind === 'digit' || c.kind === 'number') && /^\d+$/.test(c.text);

export function cardinalStreetNameStart(
  v: AddressView,
  chunks: readonly SpokenChunk[],
  prefixStreetAt: (k: number) => boolean,
): number {
  const n = chunks.length;
  if (v.formatted || n < 2) return -1;
  const last = chunks[n - 1]!;
  const end = last.endWord;
  if (!cardinalTypes().has(v.folded[end] ?? '') || !sameTurn(v, chunks[0]!.startWord, end)) return -1;
  // "seventy one thirty four avenue des tuileries": the type opens a street of its own (7134 is the
  // house number said first, French style)
  if (prefixStreetAt(end)) return -1;
  // "zero seven seven velnor | fourteen twenty nine street": after a name no English list holds the
  // run goes on a line the grammar reads otherwise; the rule opens an address line only
  const before = chunks[0]!.startWord - 1;
  if (before >= 0 && sameTurn(v, before, end) && nameWord(v, before) && !isCommonWord(v.ctx.tokens[before]!))
    return -1;
  const compass = n >= 3 && chunks[n - 2]!.kind === 'letter' && COMPASS.test(chunks[n - 2]!.text);
  if (!isValue(last) || (last.kind !== 'number' && !compass)) return -1;
  // a numbered street of a grid: 1 to 299
  const street = Number(last.text);
  if (street < 1 || street > 299) return -1;
  const house = chunks.slice(0, compass ? n - 2 : n - 1);
  if (house.length === 0 || !house.every(isValue)) return -1;
  if (!/^\d{1,5}$/.test(house.map((c) => c.text).join(''))) return -1;
  return compass ? chunks[n - 2]!.startWord : last.startWord;
}
