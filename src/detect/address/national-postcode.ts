/**
 * Raw ASR: an all-digit postcode longer than the four to six digits `spokenPostcodeEnd` reads
 * blind, said right after a place of a country whose postcode system has that length. Brazil's CEP
 * has eight digits ("... mato grosso do sul six three one two oh nine twenty four"), Portugal's
 * seven, Japan's seven, a US ZIP+4 nine. Said anywhere, seven to nine digits are as likely a phone
 * or an account number, so the code is read only where an address puts it: after the region, city
 * or country the address found, in that country's own shape (postcode.ts `postcodeCountries`),
 * ending its spoken run (a phone number runs on).
 */
import type { Candidate } from '../../types.js';
import type { SpokenChunk } from '../../transcript/spoken-view.js';
import { runAt } from '../../transcript/spoken-view.js';
import type { DetectionContext } from '../types.js';
import { cityCountries, countryCode, regionCountries } from './places.js';
import { chunkAt, postcodeCountries } from './postcode.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import type { AddressView } from './view.js';
import { fold } from './vocab.js';

/** Digit counts read here: the shorter ones are `spokenPostcodeEnd`'s. */
const MIN_DIGITS = 7;
const MAX_DIGITS = 9;
/** Longest place name looked for before the code, in words ("mato grosso do sul"). */
const MAX_PLACE_WORDS = 5;

const DIGITS = /^\d+$/;

/** Countries of a known place (region, city, country) that ends right before word `end`. */
export function placeCountriesBefore(v: AddressView, end: number): readonly string[] {
  for (let back = MAX_PLACE_WORDS; back >= 1; back--) {
    const i = end - back;
    if (i < 0) continue;
    for (const item of [regionAt(v, i), countryAt(v, i, true), cityAt(v, i)]) {
      if (item && item.end === end && item.countries && item.countries.length > 0) return item.countries;
    }
  }
  return [];
}

/** The digit chunks said from word i to the end of its spoken run, or undefined when any is no digit. */
function digitChunksToRunEnd(v: AddressView, i: number): SpokenChunk[] | undefined {
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i) return undefined;
  const out: SpokenChunk[] = [];
  let k = i;
  while (k < run.endWord) {
    const c = chunkAt(v.ctx, k);
    if (!c || (c.kind !== 'digit' && c.kind !== 'number') || !DIGITS.test(c.text)) return undefined;
    out.push(c);
    k = c.endWord;
  }
  return out;
}

/**
 * A seven- to nine-digit postcode said at word i, right after a place ending at `placeEnd` (the
 * words between are fillers), in the shape of one of the place's countries: index after it, or -1.
 */
export function nationalDigitsEnd(v: AddressView, i: number, placeEnd: number): number {
  if (v.formatted) return -1;
  const chunks = digitChunksToRunEnd(v, i);
  if (!chunks || chunks.length === 0) return -1;
  const digits = chunks.map((c) => c.text).join('');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return -1;
  const places = placeCountriesBefore(v, placeEnd);
  if (places.length === 0) return -1;
  const fits = postcodeCountries(digits);
  return places.some((c) => fits.includes(c)) ? chunks[chunks.length - 1]!.endWord : -1;
}

const NON_DIGITS = /\D/g;

/** Countries of a place named by the words right before word `at` (read from the tokens alone). */
function placeCountriesBeforeWord(ctx: DetectionContext, at: number): string[] {
  let name = '';
  const out: string[] = [];
  for (let len = 1; len <= MAX_PLACE_WORDS && at - len >= 0; len++) {
    const w = fold(ctx.tokens[at - len] ?? '');
    if (w === '') break;
    name = len === 1 ? w : `${w} ${name}`;
    const country = countryCode(name);
    out.push(...regionCountries(name), ...cityCountries(name), ...(country ? [country] : []));
  }
  return out;
}

/**
 * The phone candidate is the national postcode that closes an address candidate (the US ZIP+4 has
 * its own check, asr-zip.ts): seven to nine digits in the shape of the country of the place named
 * right before it, and an address that starts before it ends with it.
 */
export function isNationalPostcode(
  ctx: DetectionContext,
  phone: Candidate,
  candidates: readonly Candidate[],
): boolean {
  if (phone.type !== 'PHONE_NUMBER') return false;
  const digits = phone.value.replace(NON_DIGITS, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return false;
  if (
    !candidates.some(
      (c) => c.type === 'ADDRESS' && c.startWord < phone.startWord && c.endWord === phone.endWord,
    )
  )
    return false;
  const fits = postcodeCountries(digits);
  return fits.length > 0 && placeCountriesBeforeWord(ctx, phone.startWord).some((c) => fits.includes(c));
}
