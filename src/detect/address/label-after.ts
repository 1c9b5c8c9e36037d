/**
 * A form's next label or a letter's closing read as a town after a postcode or box number:
 *
 *   "Ship to: 12 Quill Lane, Fernvale, OR 97999 Preferred day: Friday"
 *   "Write to: PO Box 48 Best wishes, the club"
 *
 * A form or letter read aloud or transcribed without its line breaks puts the next line's first word
 * right after the address's last number, where a town may stand ("1012 Amsterdam", "PO Box 5
 * Fernvale"). An everyday English word there, capitalised as a line opens, followed by a lower-case
 * word that ends a label (a colon, soon after) or a closing (a comma) opens the next line instead.
 * Written text only: raw ASR has no capitals or colons to tell.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { type AddressView, capitalised, raw, sameTurn } from './view.js';

/** Word i closes a number (a written one, or the last word of a spoken run). */
function endsNumber(v: AddressView, i: number): boolean {
  if (/\d[,.;]?$/.test(raw(v, i))) return true;
  return runAt(v.ctx.spoken, i)?.endWord === i + 1;
}

/** The end of the found address [start, end) without a next line's first word, else `end`. */
export function labelWordEnd(v: AddressView, start: number, end: number): number {
  const e = end - 1;
  if (!v.formatted || e - 1 <= start || e + 1 >= v.n) return end;
  const word = raw(v, e);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(v.folded[e] ?? '')) return end;
  if (!endsNumber(v, e - 1) || !sameTurn(v, e, e + 1) || capitalised(v, e + 1)) return end;
  const next = raw(v, e + 1);
  // the next line's own word: lower-case letters (a lone comma after a town is the town's)
  if (!/^\p{Ll}+[,:]?$/u.test(next)) return end;
  if (/,$/.test(next)) return e;
  for (let k = e + 1; k < Math.min(v.n, e + 4) && sameTurn(v, e, k); k++) if (/:$/.test(raw(v, k))) return e;
  return end;
}
