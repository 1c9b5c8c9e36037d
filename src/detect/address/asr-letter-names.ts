/**
 * Raw ASR: a US street whose name opens with two spelled letters ("2455 BW Bench Rd", "5850 US
 * Highway 431") is said "two thousand four hundred fifty five b w bench r d", and the spoken view
 * reads the letters into the house number's run ("2455bw"), which then is no house number. When
 * the run is one to six digits and then exactly two letters said alone, and a street goes on right
 * after it (a name and a street type, or a numbered road), the letters open the street's name and
 * the digits are the house number. A letter pair of a compass point ("s e") is read elsewhere.
 */
import type { SpokenChunk } from '../../transcript/spoken-view.js';
import { type AddressView, sameTurn } from './view.js';

/** The chunks are digits, then two letters said alone, then `streetAt(run end)` holds: the digits' end, else -1. */
export function lettersOpeningStreet(
  v: AddressView,
  chunks: readonly SpokenChunk[],
  streetAt: (k: number) => boolean,
): number {
  const n = chunks.length;
  if (v.formatted || n < 3) return -1;
  const [a, b] = [chunks[n - 2]!, chunks[n - 1]!];
  if (a.kind !== 'letter' || b.kind !== 'letter' || a.text.length !== 1 || b.text.length !== 1) return -1;
  const digits = chunks.slice(0, n - 2);
  if (digits.some((c) => c.kind !== 'digit' && c.kind !== 'number')) return -1;
  // (a US house number has no leading zero: "oh three l p" is a code and a firm's "LP")
  if (!/^[1-9]\d{0,5}$/.test(digits.map((c) => c.text).join(''))) return -1;
  const end = b.endWord;
  if (end >= v.n || !sameTurn(v, chunks[0]!.startWord, end)) return -1;
  return streetAt(end) ? a.startWord : -1;
}
