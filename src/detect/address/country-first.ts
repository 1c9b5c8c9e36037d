/**
 * Countries whose postal format writes the address from the country down to the house (OpenCage
 * address-formatting templates, conf/countries/worldwide.yaml: Belarus, China, Hong Kong and Macau
 * in Chinese, Iran in Persian, Japan in Japanese, Kazakhstan, Kyrgyzstan, South Korea, Taiwan):
 * "Belarus, 211440 Polotsk, Kestrel Street, 12", "中国 北京市 东城区 东长安街 16号".
 * The line grammar finds such an address from its first postcode, town or street on; this adds
 * - the country name written right before it, and
 * - the house number after the street, which closes the line in this order ("..., Tarvel Street,
 *   12" / raw ASR "... tarvel street twelve"): read only when the address opened with the country.
 * All examples are invented.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { countryAt } from './tail.js';
import type { AddressView } from './view.js';
import { partEnds, raw, sameTurn } from './view.js';

const COUNTRY_FIRST = new Set(['BY', 'CN', 'HK', 'IR', 'JP', 'KG', 'KR', 'KZ', 'MO', 'TW']);

/** Longest country name in words (as written: "Republic of Korea"). */
const MAX_WORDS = 4;

/** The start of a country-first country's name ending right before word `start`, else -1. */
function countryBefore(v: AddressView, start: number): number {
  for (let len = MAX_WORDS; len >= 1; len--) {
    const k = start - len;
    if (k < 0 || !sameTurn(v, k, start)) continue;
    const item = countryAt(v, k, true);
    if (item?.end !== start || !(item.countries ?? []).some((cc) => COUNTRY_FIRST.has(cc))) continue;
    // the country's name is the line's own: no sentence ends inside it or after it
    let broken = false;
    for (let m = k; m < start && !broken; m++) broken = partEnds(v, m);
    if (!broken) return k;
  }
  return -1;
}

/** Word index where the address [start, ...) truly starts: the country-first name before it, else start. */
export function countryFirstStart(v: AddressView, start: number): number {
  const k = countryBefore(v, start);
  return k >= 0 ? k : start;
}

/** Does the address [start, ...) open with a country-first country's name (perhaps after its postcode, as China writes it)? */
function opensWithCountry(v: AddressView, start: number): boolean {
  const run = runAt(v.ctx.spoken, start);
  const k = run && run.startWord === start && /^\d{4,7}$/.test(run.text) ? run.endWord : start;
  if (k >= v.n || !sameTurn(v, start, k)) return false;
  const item = countryAt(v, k, true);
  return item !== undefined && (item.countries ?? []).some((cc) => COUNTRY_FIRST.has(cc));
}

/**
 * The end of an address [start, end) that opened with a country-first country, with the house number
 * right after it taken in ("Tarvel Street, 12"); else end.
 */
export function countryFirstEnd(v: AddressView, start: number, end: number): number {
  if (end >= v.n || end === 0 || !sameTurn(v, end - 1, end) || partEnds(v, end - 1)) return end;
  if (!opensWithCountry(v, start)) return end;
  if (v.formatted) return /^\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}){0,2}[,.]?$/.test(raw(v, end)) ? end + 1 : end;
  const run = runAt(v.ctx.spoken, end);
  return run && run.startWord === end && /^\d{1,4}[a-z]?$/.test(run.text) ? run.endWord : end;
}
