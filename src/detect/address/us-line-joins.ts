/**
 * The US address pass at the end of address detection: a lone "town, ST 12345" line found on its
 * own (us-last-line.ts), direction-led and grid streets (us-directional-street.ts), then each found
 * address grown over the lower-case town after it (us-town-after.ts), the street line, route box or
 * road designator before it (us-street-before.ts, box-lead.ts, road-before.ts) and a spoken
 * direction letter before an ordinal street (asr-direction-ordinal.ts), and cut before a form's next
 * label or a letter's closing (label-after.ts). Kept apart from detectors/address.ts, which only
 * calls it: the pass reads the found candidates, not the call.
 */
import type { Candidate } from '../../types.js';
import { sameTurn, type AddressView } from './view.js';
import { usStreetLineStart } from './us-street-before.js';
import { labelWordEnd } from './label-after.js';
import { usTownAfterEnd } from './us-town-after.js';
import { boxLeadStart } from './box-lead.js';
import { roadLineStart } from './road-before.js';
import { directionOrdinalStart } from './asr-direction-ordinal.js';
import { usLastLines } from './us-last-line.js';
import { usDirectionalStreets } from './us-directional-street.js';

/** Grows, joins and adds US address candidates in `out` (sorted by start), in place. */
export function joinUsAddressLines(
  v: AddressView,
  out: Candidate[],
  valueAt: (start: number, end: number) => string,
  detector: string,
): void {
  // US addresses: the town, state and ZIP typed in lower case after the street (us-town-after.ts),
  // the street line written before a found town, state and ZIP (us-street-before.ts), a route or
  // firm's designator before a box (box-lead.ts), and no form label or letter closing read as a
  // town after the last number (label-after.ts)
  const lastLines = usLastLines(v, out);
  for (const [start, end] of lastLines) {
    for (let c = out.length - 1; c >= 0; c--)
      if (out[c]!.startWord >= start && out[c]!.endWord <= end) out.splice(c, 1);
    out.push({
      type: 'ADDRESS',
      startWord: start,
      endWord: end,
      score: 0.75,
      detector,
      reason: 'us-last-line',
      value: '',
    });
  }
  if (lastLines.length) out.sort((a, b) => a.startWord - b.startWord);
  const directional = usDirectionalStreets(v, out);
  for (const [start, end] of directional) {
    const inside = out.find((o) => o.startWord > start && o.startWord < end);
    if (inside) {
      inside.startWord = start;
      inside.endWord = Math.max(inside.endWord, end);
      continue;
    }
    out.push({
      type: 'ADDRESS',
      startWord: start,
      endWord: end,
      score: 0.75,
      detector,
      reason: 'us-directional',
      value: '',
    });
  }
  if (directional.length) out.sort((a, b) => a.startWord - b.startWord);
  for (let c = 0; c < out.length; c++) {
    const found = out[c]!;
    // a street line found before a town, state and ZIP found on their own: one address
    const before = out[c - 1];
    if (
      found.reason === 'us-last-line' &&
      before?.endWord === found.startWord &&
      sameTurn(v, found.startWord - 1, found.startWord)
    ) {
      found.startWord = before.startWord;
      out.splice(c - 1, 1);
      c--;
    }
    const town = usTownAfterEnd(v, found.startWord, found.endWord);
    // a part found on its own inside the town and ZIP joins this address
    while (town > found.endWord && out[c + 1] && out[c + 1]!.startWord < town)
      found.endWord = Math.max(found.endWord, out.splice(c + 1, 1)[0]!.endWord);
    const end = labelWordEnd(v, found.startWord, Math.max(town, found.endWord));
    const boxed = boxLeadStart(v, found.startWord, end);
    // (the road's designator before a street line read back from the town: "Highway | 27 South, ...")
    const street = boxed < found.startWord ? boxed : usStreetLineStart(v, found.startWord, end);
    const road = boxed < found.startWord ? boxed : roadLineStart(v, street, end);
    // raw ASR "w forty second street": the ordinal street the found part cut into (asr-direction-ordinal.ts)
    const start = road < found.startWord ? road : directionOrdinalStart(v, found.startWord);
    const prev = out[c - 1];
    // "RR # 2 | box 48": a route found on its own before its box is one address with it
    if (boxed < found.startWord && prev && prev.endWord > boxed && prev.startWord <= boxed) {
      found.startWord = prev.startWord;
      out.splice(c - 1, 1);
      c--;
    } else if (start < found.startWord && start >= (prev?.endWord ?? 0)) found.startWord = start;
    found.endWord = end;
    found.value = valueAt(found.startWord, end);
  }
}
