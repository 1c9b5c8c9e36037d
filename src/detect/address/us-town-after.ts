/**
 * The town, state and ZIP code that close a US address after its street line or unit, typed
 * without capitals or commas:
 *
 *   "88 quill way s. # 21 palm fern gardens fl 33999"   "12 heron rd n fair moor nj 07999-1234"
 *
 * The grammar ends the address after the unit or the street's direction when the town's words are
 * everyday English ones in lower case. A state code followed by a ZIP code is enough to read one to
 * four words before it as the town (same speaker, no sentence end between).
 */
import { isFunctionWord } from '../gazetteer/common-words.js';
import { stateZipEnd } from './us-state-zip.js';
import { type AddressView, partEnds, raw, sameTurn } from './view.js';

const TOWN_WORD = /^\p{L}[\p{L}'’.-]*,?$/u;
/** Short words inside town names ("land o lakes", "marina del rey", "el monte"). */
const TOWN_PARTICLES = new Set(['o', 'del', 'de', 'la', 'el', 'los', 'las', 'san', 'st', 'of']);

/** The index after a town, state and ZIP code right after the address ending at `end`, else `end`. */
export function usTownAfterEnd(v: AddressView, start: number, end: number): number {
  if (end <= start || end >= v.n || !sameTurn(v, end - 1, end) || partEnds(v, end - 1)) return end;
  for (let len = 0; len <= 4; len++) {
    const at = end + len;
    if (at >= v.n || !sameTurn(v, end, at)) return end;
    if (len > 0) {
      const k = at - 1;
      const t = v.ctx.tokens[k] ?? '';
      if (!TOWN_WORD.test(raw(v, k)) || (isFunctionWord(t) && !TOWN_PARTICLES.has(t))) return end;
      if (partEnds(v, k)) return end;
    }
    const after = stateZipEnd(v, at, v.n, true);
    if (after > 0 && (len > 0 || /,$/.test(raw(v, end - 1)) || end > start)) return after;
  }
  return end;
}
