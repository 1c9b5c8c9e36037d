/**
 * ACCOUNT_NUMBER: customer-held numbers in digit/letter runs of the spoken view.
 * - payment cards: 13-19 digits; Luhn raises the score but never vetoes (a card merged with a
 *   neighbouring digit by ASR must still be redacted), so any run of 12+ digits not introduced as
 *   a company reference is taken;
 * - IBAN (ibantools), ABA routing numbers (checksum) after a bank/routing cue;
 * - bank accounts and member / policy / customer / rewards ids (letters and digits) after a cue:
 *   "account", "card", "member id", "policy number", "routing" ...;
 * - "last four of the card/account" / "it ends in ...": the 3-6 digits that follow (SSN last four
 *   belong to the US_SSN detector).
 * The nearest cue decides: after "order/case/claim/ticket/confirmation number" it is the
 * company's reference, not PII; after "phone", "social", "zip", "born" another detector owns it.
 */
import { isValidIBAN } from 'ibantools';
import type { Candidate } from '../../types.js';
import type { Detector } from '../types.js';
import { luhnValid, abaRoutingValid } from '../checksums.js';
import { cuesBefore, isCompanyReference, unitAfter, type CueHit } from '../number-cues.js';

const NAME = 'account';
const OWN_CUES = new Set(['account', 'card', 'routing', 'member']);
const IBAN = /^[a-z]{2}\d{2}[a-z0-9]{10,30}$/;

function score(
  text: string,
  digits: string,
  hits: readonly CueHit[],
): { score: number; reason: string } | null {
  const near = hits[0];
  const letters = text.length - digits.length;
  if (letters > 0 && IBAN.test(text) && isValidIBAN(text.toUpperCase()))
    return { score: 0.95, reason: 'iban' };
  if (near && !OWN_CUES.has(near.cue) && near.cue !== 'last4') {
    return null;
  }
  const lastFour =
    hits.slice(0, 2).some((h) => h.cue === 'last4') && !hits.slice(0, 2).some((h) => h.cue === 'ssn');
  if (lastFour && letters === 0 && digits.length >= 3 && digits.length <= 6)
    return { score: 0.9, reason: 'last-four' };
  if (near?.cue === 'last4') return null;
  if (letters === 0 && digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
    return { score: 0.95, reason: 'luhn' };
  }
  if (near?.cue === 'routing' && digits.length === 9) return { score: 0.95, reason: 'context:routing' };
  // a card or account said by its last digits only ("card ending 4321") is 4 long
  const minLength = near?.cue === 'card' || near?.cue === 'account' ? 4 : 5;
  if (near && digits.length >= 3 && text.length >= minLength) {
    if (near.cue === 'routing' && !abaRoutingValid(digits)) return { score: 0.8, reason: 'context:routing' };
    return { score: 0.9, reason: `context:${near.cue}` };
  }
  if (letters === 0 && digits.length >= 12) return { score: 0.75, reason: 'long-digits' };
  return null;
}

export const accountDetector: Detector = {
  name: NAME,
  entityTypes: ['ACCOUNT_NUMBER'],
  detect(ctx) {
    const out: Candidate[] = [];
    for (const run of ctx.spoken.runs) {
      if (run.digits.length < 3) continue;
      if (unitAfter(ctx, run.endWord) || isCompanyReference(ctx, run)) continue;
      const found = score(run.text, run.digits, cuesBefore(ctx, run.startWord));
      if (!found) continue;
      out.push({
        type: 'ACCOUNT_NUMBER',
        startWord: run.startWord,
        endWord: run.endWord,
        detector: NAME,
        ...found,
        value: run.text,
      });
    }
    return out;
  },
};
