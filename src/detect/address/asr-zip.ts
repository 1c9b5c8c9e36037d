/**
 * A US ZIP+4 said after the state ("... tamsby georgia oh three four eight four forty seven ninety",
 * "... ohio nine four one oh three dash two two one one"): nine digits, which the phone detector
 * reads as a national number of some region. When an address runs through the state into those
 * nine digits and ends with them, they are the address's postcode, not a phone number.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { fold } from './vocab.js';
import { regionCodeCountries, regionCountries } from './places.js';

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
  if (!usStateBefore(ctx, phone.startWord)) return false;
  return candidates.some(
    (c) => c.type === 'ADDRESS' && c.startWord < phone.startWord && c.endWord === phone.endWord,
  );
}
