/**
 * Raw ASR: a British postcode whose inward code's letters are an ordinal's suffix ("LE10 1ST",
 * "HU5 2ND", "B7 3RD"; any digit with ST, ND, RD or TH) is read out as the ordinal word of its digit
 * ("l e one oh first", "h u five second"), so the spoken view ends the run before it and the
 * postcode lost its inward code. After a spoken outward code the ordinal word (first to ninth,
 * lexicons/address/asr-inward-ordinals.txt) is the inward code's last piece: its digit and a suffix
 * standing in for the letters (all four pairs are valid inward letters). Lower-case text only.
 */
import type { DetectionContext } from '../types.js';
import { readWordList } from '../lexicon-files.js';
import type { Piece } from './postcode.js';

let table: ReadonlyMap<string, string> | undefined;
function inwardOrdinals(): ReadonlyMap<string, string> {
  if (table) return table;
  const m = new Map<string, string>();
  for (const line of readWordList('address/asr-inward-ordinals.txt')) {
    const [word, digit] = line.split(/\s+/);
    if (word && digit && /^\d$/.test(digit)) m.set(word, digit);
  }
  return (table = m);
}

/** The suffix an ordinal of this last digit is written with ("1st", "2nd", "3rd", "4th"). */
const SUFFIX = ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];

/**
 * A British outward code as its pieces join: a postcode area (one letter of B E G L M N S W, or
 * two letters), its district (one or two digits, or a digit and a letter).
 */
const OUTWARD = /^(?:[a-z]{2}|[beglmnsw])\d[a-z\d]?$/;

/** Postcode territories of the British system (their codes share its grammar). */
export const BRITISH_SYSTEM: ReadonlySet<string> = new Set(['GB', 'GG', 'JE', 'IM']);

/**
 * The ordinal word at word k as the inward code closing the outward code `compact` ("hu5" +
 * "second" -> "2nd"), else undefined.
 */
export function inwardOrdinalPiece(ctx: DetectionContext, k: number, compact: string): Piece | undefined {
  if (!OUTWARD.test(compact)) return undefined;
  const text = ctx.words[k]?.text ?? '';
  const digit = inwardOrdinals().get(text.replace(/[,.;:!?]+$/, ''));
  if (digit === undefined || text !== text.toLowerCase()) return undefined;
  return { text: digit + SUFFIX[Number(digit)]!, end: k + 1 };
}
