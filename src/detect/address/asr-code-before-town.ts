/**
 * Raw ASR: a long all-digit postcode said before its town, as Portugal ("1000-001 Lisboa"),
 * Brazil ("01310-100 São Paulo") and Japan write it. Callers say such a code in groups ("eighty
 * five forty four one twenty five almada"), and the spoken view glues it to the house number said
 * before it into one run, so the four-to-six-digit reading of the tail took a code's head and
 * stopped. Seven to nine digits are as often a phone number; the code is read only where its
 * country says it: the digits end their spoken run and a town or region the lists know follows
 * at once, of a country whose postcode system has exactly that shape (postcode.ts
 * `postcodeCountries`). The shortest such code ending the run is taken (the house number stays
 * the street's).
 */
import { runAt } from '../../transcript/spoken-view.js';
import { postcodeCountries } from './postcode.js';
import { cityAt, regionAt } from './tail.js';
import { type AddressView, sameTurn, skip } from './view.js';

const MIN_DIGITS = 7;
const MAX_DIGITS = 9;
const DIGITS = /^\d+$/;

/**
 * After an address found at [.., end): the spoken run at end - 1 (or the one right after it) ends
 * with a seven- to nine-digit code and a known place of the code's country follows: index after
 * that place, or -1.
 */
export function codeBeforeTownEnd(v: AddressView, end: number): number {
  if (v.formatted || end <= 0) return -1;
  const run = runAt(v.ctx.spoken, end - 1) ?? runAt(v.ctx.spoken, skip(v, end));
  if (!run || run.endWord < end || !sameTurn(v, end - 1, run.endWord - 1)) return -1;
  const placeAt = skip(v, run.endWord);
  if (placeAt >= v.n || !sameTurn(v, run.endWord - 1, placeAt)) return -1;
  const place = cityAt(v, placeAt) ?? regionAt(v, placeAt);
  if (!place?.strong || !place.countries?.length) return -1;
  let digits = '';
  for (let j = run.chunks.length - 1; j >= 0; j--) {
    const c = run.chunks[j]!;
    if ((c.kind !== 'digit' && c.kind !== 'number') || !DIGITS.test(c.text)) return -1;
    digits = c.text + digits;
    if (digits.length > MAX_DIGITS) return -1;
    if (digits.length < MIN_DIGITS) continue;
    const fits = postcodeCountries(digits);
    if (place.countries.some((country) => fits.includes(country))) return place.end;
  }
  return -1;
}
