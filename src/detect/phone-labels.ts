/**
 * A phone label read as a town: "Mobile 07400 123456" (Mobile, Alabama, and the digits as its
 * postcode and more), "Home 0612 345 678". The address detector may take the label and the
 * number as one address; the union with the phone entity would then put the label word into the
 * phone's span (over-redaction). An ADDRESS whose words before a phone number are only phone
 * label words (lexicons/phone/after/, one-word cues of lexicons/number-cues/phone/) and which
 * ends inside that phone is no address: it is dropped and the phone keeps its own span.
 * "Mobile 36602" (a five-digit postcode, not a phone's length) stays the address. Any other
 * address that ends inside such a phone ends where the phone starts, or is dropped when one word
 * is left of it. An address that starts inside a phone and goes on after it (the phone's last group or
 * extension read as a house number or postcode) starts where the phone ends, or is dropped when one
 * word is left of it.
 */
import type { Candidate } from '../types.js';
import type { DetectionContext } from './types.js';
import { wordSet } from './gazetteer/name-data.js';
import { isZipPlusFour } from './address/asr-zip.js';
import { isNationalPostcode } from './address/national-postcode.js';

const LABEL_WORDS: ReadonlySet<string> = new Set([
  ...wordSet('phone/after'),
  ...[...wordSet('number-cues/phone')].filter((p) => !p.includes(' ')),
]);
/** A phone number has at least this many digits; a postcode after a town fewer. */
const MIN_PHONE_DIGITS = 7;
const NON_DIGITS = /\D/g;

export function dropLabelAddresses(ctx: DetectionContext, found: readonly Candidate[]): Candidate[] {
  let candidates = found;
  // a ZIP+4 said after the state and closing an address is the address's (address/asr-zip.ts)
  // (and any country's postcode of seven to nine digits after a place of it, national-postcode.ts)
  const zips = candidates.filter(
    (c) => isZipPlusFour(ctx, c, candidates) || isNationalPostcode(ctx, c, candidates),
  );
  if (zips.length > 0) candidates = candidates.filter((c) => !zips.includes(c));
  const phones = candidates.filter(
    (c) => c.type === 'PHONE_NUMBER' && c.value.replace(NON_DIGITS, '').length >= MIN_PHONE_DIGITS,
  );
  if (phones.length === 0) return [...candidates];
  const out: Candidate[] = [];
  for (const a of candidates) {
    const from =
      a.type === 'ADDRESS' && phones.find((p) => a.startWord >= p.startWord && a.startWord < p.endWord);
    if (from && a.endWord > from.endWord) {
      // an address that took a phone's last group or extension for its house number or postcode
      // ("555-0143 Mira", "ext. 12345 Tarnmoor") starts where the phone ends, and is no address
      // when one word is left of it
      // ... and ends where a next phone starts ("ext. 12 office 877-...": "office" labels that one)
      const next = phones.find((p) => p.startWord >= from.endWord && p.startWord < a.endWord);
      const end = next ? next.startWord : a.endWord;
      let left = 0;
      for (let w = from.endWord; w < end; w++)
        if (ctx.tokens[w] !== '' && !LABEL_WORDS.has(ctx.tokens[w]!)) left++;
      if (left > 1) out.push({ ...a, startWord: from.endWord, endWord: end });
      continue;
    }
    const phone =
      a.type === 'ADDRESS' &&
      phones.find((p) => p.startWord > a.startWord && p.startWord < a.endWord && a.endWord <= p.endWord);
    if (!phone) {
      out.push(a);
      continue;
    }
    let labels = true;
    for (let w = a.startWord; w < phone.startWord && labels; w++) {
      const t = ctx.tokens[w]!;
      if (t !== '' && !LABEL_WORDS.has(t)) labels = false;
    }
    // an address that took a phone's first digits for its postcode or house number ends where the
    // phone starts; what is left of it is no address when it is one word ("i paid the balance zero
    // six six four ...": the digits made "balance" look like a town with its postcode)
    if (!labels && phone.startWord - a.startWord > 1) out.push({ ...a, endWord: phone.startWord });
  }
  return out;
}
