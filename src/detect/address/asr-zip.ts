/**
 * A US ZIP+4 said after the state ("... tamsby georgia oh three four eight four forty seven ninety",
 * "... ohio nine four one oh three dash two two one one"): nine digits, which the phone detector
 * reads as a national number of some region. When an address runs through the state into those
 * nine digits and ends with them, they are the address's postcode, not a phone number. So too after
 * a town with no state when the nine digits are said as a ZIP and its extension (five digits one by
 * one, then the four grouped otherwise: `saidAsZipPlusFour`).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { fold } from './vocab.js';
import { cityCountries, countryCode, regionCodeCountries, regionCountries } from './places.js';
import { runAt } from '../../transcript/spoken-view.js';

const NON_DIGITS = /\D/g;
/** Longest US state name in words ("district of columbia"). */
const MAX_STATE_WORDS = 3;

/** A US state named (or its two-letter code spelled) right before word `at`. */
export function usStateBefore(ctx: DetectionContext, at: number): boolean {
  let name = '';
  for (let len = 1; len <= MAX_STATE_WORDS && at - len >= 0; len++) {
    const w = fold(ctx.tokens[at - len] ?? '');
    if (w === '') return false;
    name = len === 1 ? w : `${w} ${name}`;
    if (regionCountries(name).includes('US')) return true;
  }
  // "... tamsby o h four three two one five ...": the code spelled letter by letter
  const a = ctx.tokens[at - 2] ?? '';
  const b = ctx.tokens[at - 1] ?? '';
  return (
    /^[a-z]$/.test(a) && /^[a-z]$/.test(b) && regionCodeCountries(`${a}${b}`.toUpperCase()).includes('US')
  );
}

/** Digits of a ZIP and of its +4 extension. */
const ZIP_DIGITS = 5;
const PLUS_FOUR_DIGITS = 4;
/** Words said between a ZIP and its extension ("nine four one oh three dash two two one one"). */
const ZIP_JOINERS = new Set(['dash', 'hyphen']);
/** Four digits that read as a year of the last centuries. */
const YEAR = /^(?:18|19|20)\d\d$/;

/**
 * Words [start, end) say a ZIP+4 the way callers say one: the five ZIP digits one by one, then the
 * four of the extension grouped otherwise (as pairs or a number: "one one nine seven oh ninety
 * seven twenty eight", "... five thousand two hundred sixty three") or after a "dash". The change
 * of grouping is the spoken hyphen; nine digits said alike are no such code ("six one two three
 * four five six seven eight" is read as a phone number).
 */
export function saidAsZipPlusFour(ctx: DetectionContext, start: number, end: number): boolean {
  const run = runAt(ctx.spoken, start);
  if (!run) return false;
  let zip = '';
  let plus = '';
  let grouped = false;
  for (const c of run.chunks) {
    if (c.endWord <= start) continue;
    if (c.startWord < start || c.endWord > end) return false;
    if (!/^\d+$/.test(c.text)) return false;
    if (zip.length < ZIP_DIGITS) {
      // the ZIP said digit by digit ("double five" counts as two)
      if (c.kind !== 'digit' || zip.length + c.text.length > ZIP_DIGITS) return false;
      zip += c.text;
      continue;
    }
    if (plus === '' && ZIP_JOINERS.has(ctx.tokens[c.startWord - 1] ?? '')) grouped = true;
    if (c.kind === 'number') grouped = true;
    plus += c.text;
  }
  // four digits said in pairs that read as a year ("... nineteen oh two") may be a date said after it
  if (YEAR.test(plus)) return false;
  return zip.length === ZIP_DIGITS && plus.length === PLUS_FOUR_DIGITS && grouped;
}

/**
 * A place the lists know ends right before word `at` and is no US one ("... toulouse one one nine
 * seven oh ninety seven twenty eight" is a French town and a phone number).
 */
export function foreignPlaceBefore(ctx: DetectionContext, at: number): boolean {
  let name = '';
  for (let len = 1; len <= 2 && at - len >= 0; len++) {
    const w = fold(ctx.tokens[at - len] ?? '');
    if (w === '') return false;
    name = len === 1 ? w : `${w} ${name}`;
    const code = countryCode(name);
    const countries = [...cityCountries(name), ...regionCountries(name), ...(code ? [code] : [])];
    if (countries.length > 0) return !countries.includes('US');
  }
  return false;
}

/**
 * The phone candidate is the ZIP+4 that closes an address candidate: nine digits, the address
 * starts before it and ends with it, and a US state stands right before it.
 */
export function isZipPlusFour(
  ctx: DetectionContext,
  phone: Candidate,
  candidates: readonly Candidate[],
): boolean {
  if (phone.type !== 'PHONE_NUMBER' || phone.value.replace(NON_DIGITS, '').length !== 9) return false;
  const said =
    saidAsZipPlusFour(ctx, phone.startWord, phone.endWord) && !foreignPlaceBefore(ctx, phone.startWord);
  if (!usStateBefore(ctx, phone.startWord) && !said) return false;
  return candidates.some(
    (c) => c.type === 'ADDRESS' && c.startWord < phone.startWord && c.endWord === phone.endWord,
  );
}
