/**
 * ACCOUNT_NUMBER: customer-held numbers in digit/letter runs of the spoken view.
 * - payment cards: 13-19 digits; Luhn raises the score but never vetoes (a card merged with a
 *   neighbouring digit by ASR must still be redacted). A Luhn-valid number, or one written in
 *   groups of four, is a card whatever field was asked about around it;
 * - IBAN (ibantools), also written in groups ("GB38 TEST 4051 ..."), with or without a cue;
 * - ABA routing numbers (checksum) after a bank/routing cue;
 * - bank and loan accounts and member / policy / customer / rewards ids (letters and digits) after
 *   a cue: "account", "loan number", "card", "member id", "policy number", "frequent flyer" ...;
 * - "last four of the card/account" / "it ends in ...": the 3-6 digits that follow (SSN last four
 *   belong to the US_SSN detector);
 * - without any cue, 8+ digits that are not a phone number or a date (the cue was asked long before).
 * The nearest cue decides: after "order/case/claim/ticket/confirmation number" it is the
 * company's reference, not PII; after "phone", "social", "zip", "born" another detector owns it.
 * Prices said in pairs ("twenty four ninety nine") need a cue naming the number itself
 * ("account number"), not just "account".
 */
import { countrySpecs, isValidIBAN } from 'ibantools';
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { FILLERS, runsCutAtSlashes, spokenDigit, type SpokenRun } from '../../transcript/spoken-view.js';
import { luhnValid, abaRoutingValid } from '../checksums.js';
import { cuesBefore, isCompanyReference, modifiesBareCue, unitAfter, type CueHit } from '../number-cues.js';
import { nanp, splitNanp } from '../nanp.js';
import { phoneNamedAfter, postcodeFirst, twoSaidNumbers } from './phone.js';
import { knownRegion } from '../phone-regions.js';
import { calendarRun } from '../date-shapes.js';
import { openingHours } from '../opening-hours.js';

const NAME = 'account';
const OWN_CUES = new Set(['account', 'card', 'routing', 'member']);
const IBAN = /^[a-z]{2}\d{2}[a-z0-9]{10,30}$/;
/** card numbers as written: 4-4-4-4 (Visa, Mastercard), 4-6-5 (Amex), 4-4-4-4-3 */
const CARD_GROUPS = new Set(['4,4,4,4', '4,6,5', '4,4,4,4,3']);
/**
 * Eight digits that read as a date (MMDDYYYY, DDMMYYYY, or ISO 8601's basic YYYYMMDD): a date said
 * digit by digit or written without separators, not an account
 */
const DATE_DIGITS =
  /^(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2]))(?:19|20)\d\d$|^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const WRITTEN_AMOUNT = /^\d{1,5}[.,]\d{2}$/;
/** Four digits that read as a year of the last five centuries. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

interface Found {
  score: number;
  reason: string;
}

/** Said like a price: "twenty four ninety nine", "one twenty nine", written "24.99". */
function amountShaped(ctx: DetectionContext, run: SpokenRun): boolean {
  if (run.digits.length > 6 || run.digits.length !== run.text.length) return false;
  if (run.chunks.length === 1 && WRITTEN_AMOUNT.test(ctx.tokens[run.startWord]!)) return true;
  return run.chunks.some((c) => c.kind === 'number');
}

/** Spoken zeros that may be the letter O ("h x d o eight eight": "o" beside a digit is read as 0). */
const O_WORDS = new Set(['o', 'oh']);
/** At most this many such zeros are tried both ways (2^n readings). */
const MAX_O_FLIPS = 6;

/**
 * The run read as a valid IBAN: as the spoken view wrote it, or with some spoken zeros read as the
 * letter O, which sounds the same; the IBAN checksum decides. Null when no reading is valid.
 */
function ibanReading(ctx: DetectionContext, run: SpokenRun): string | null {
  if (isValidIBAN(run.text.toUpperCase())) return run.text;
  const zeros: number[] = [];
  let at = 0;
  for (const c of run.chunks) {
    if (c.kind === 'digit' && c.text === '0' && O_WORDS.has(ctx.tokens[c.startWord]!)) zeros.push(at);
    at += c.text.length;
  }
  if (zeros.length === 0 || zeros.length > MAX_O_FLIPS) return null;
  for (let mask = 1; mask < 1 << zeros.length; mask++) {
    const chars = [...run.text];
    zeros.forEach((pos, k) => {
      if (mask & (1 << k)) chars[pos] = 'o';
    });
    const text = chars.join('');
    if (isValidIBAN(text.toUpperCase())) return text;
  }
  return null;
}

/** The run's words as written. */
const writtenWords = (ctx: DetectionContext, run: SpokenRun): string[] =>
  ctx.words.slice(run.startWord, run.endWord).map((w) => w.text);

/**
 * Digits after a "+" or "plus", or opening with 0 ("+358 (0)41 ...", "0048 512 ...", "oh oh four
 * eight ..."): dialled, never a payment card (no card number starts with 0; ISO/IEC 7812 keeps
 * that industry digit out of use), so a checksum passed by chance does not make one. Nor do
 * digits with a "+" written inside them ("4821 +49-6541-..." : a postcode, then a number dialled).
 */
const dialled = (ctx: DetectionContext, run: SpokenRun): boolean =>
  run.digits.startsWith('0') ||
  ctx.tokens[run.startWord - 1] === 'plus' ||
  ctx.words.slice(run.startWord, run.endWord).some((w) => /^\(?\+/.test(w.text));

/**
 * Digits with a group written after a hash ("(441) 370-1234 #123"): a number and its extension,
 * never a card, whose digits are written without one.
 */
const hashExtended = (ctx: DetectionContext, run: SpokenRun): boolean =>
  run.digits.length >= 13 && /^#\d/.test(ctx.words[run.endWord - 1]!.text);

/**
 * "account number", "member id", "frequent flyer": the cue names the number, not only the account
 * ("credit card", "bank account" name the card or the account).
 */
const namesTheNumber = (hit: CueHit): boolean =>
  (hit.phrase.includes(' ') && !modifiesBareCue(hit)) || /^(id|iban|acct)$/.test(hit.phrase);

/** A North American number written in its groups: "(415) 555-0132", "415-555-0132", "+1 415.555.0132". */
const NANP_WRITTEN = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;

/**
 * A complete North American number that a word naming a card or an account ("credit card",
 * "account", not "account number") does not name: the word stands in an earlier clause and the
 * number is written as a phone's, or the number is followed by a phone label or phrase.
 */
function nanpPhone(ctx: DetectionContext, run: SpokenRun, cue: CueHit): boolean {
  if (!nanp(run.digits, ctx)) return false;
  if (cue.phrase.includes(' ') && !modifiesBareCue(cue)) return false;
  if (cue.distance > 0 && phoneNamedAfter(ctx, run.endWord)) return true;
  const written = writtenWords(ctx, run)
    .join(' ')
    .replace(/[.,;:!?]+$/, '');
  return cue.acrossClause === true && NANP_WRITTEN.test(written);
}

/** The run as written, words joined by one space, the punctuation around it dropped. */
const writtenRange = (ctx: DetectionContext, run: SpokenRun): string =>
  writtenWords(ctx, run)
    .join(' ')
    .replace(/^[(["'“‘«]+|[)\]"'”’».,;:!?]+$/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');

function score(ctx: DetectionContext, run: SpokenRun, hits: readonly CueHit[]): Found | null {
  const { text, digits } = run;
  const near = hits[0];
  const letters = text.length - digits.length;
  if (letters > 0 && IBAN.test(text) && ibanReading(ctx, run) !== null)
    return { score: 0.95, reason: 'iban' };
  if (near?.cue === 'company') return null;
  // "the name and number on the card ... 4916 0521 ...": the card wins over the other fields asked
  // for (a phone number with a few extra digits said is not a card, though)
  const companyNear = hits.slice(0, 2).some((h) => h.cue === 'company');
  // without a cue of its own, dates and year ranges are not numbers ("2009-03-14 21:06:42",
  // "(1822-1899)", "date nineteen eighty five eleven eighteen twenty two fifty ..." said after
  // another field was asked for), even when their digits happen to pass Luhn
  const ownCue = near !== undefined && (OWN_CUES.has(near.cue) || near.cue === 'last4');
  const calendar = (): boolean => !ownCue && calendarRun(run, writtenWords(ctx, run));
  if (
    letters === 0 &&
    !companyNear &&
    // (two phone numbers said back to back after a phone cue pass Luhn one time in ten)
    (near?.cue !== 'phone' || (digits.length >= 15 && !twoSaidNumbers(ctx, run, knownRegion(ctx.region)))) &&
    !dialled(ctx, run) &&
    !hashExtended(ctx, run) &&
    // "4821 01-6417011 office": a number a phone label names, after other digits, passes Luhn one
    // time in ten; without a cue of the card's own it is no card
    (ownCue || !phoneNamedAfter(ctx, run.endWord))
  ) {
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && !calendar())
      return { score: 0.95, reason: 'luhn' };
    if (
      CARD_GROUPS.has(run.chunks.map((c) => (c.kind === 'literal' ? c.text.length : 0)).join(',')) &&
      !calendar()
    )
      return { score: 0.85, reason: 'card-groups' };
  }
  if (near && !OWN_CUES.has(near.cue) && near.cue !== 'last4') return null;
  const lastFour =
    hits.slice(0, 2).some((h) => h.cue === 'last4') && !hits.slice(0, 2).some((h) => h.cue === 'ssn');
  if (lastFour && letters === 0 && digits.length >= 3 && digits.length <= 6)
    return { score: 0.9, reason: 'last-four' };
  if (near?.cue === 'last4') return null;
  if (near?.cue === 'routing' && digits.length === 9) return { score: 0.95, reason: 'context:routing' };
  // a card or account said by its last digits only ("card ending 4321") is 4 long
  const minLength = near?.cue === 'card' || near?.cue === 'account' ? 4 : 5;
  if (letters > 0 && near && !namesTheNumber(near) && (near.distance > 4 || hits[1]?.cue === 'company')) {
    // "a dispute on your card ... DSP-44817": a code with letters after a loose mention of the
    // account, or with a company reference named just before, is the company's reference
    return null;
  }
  // "... bonus card scheme started in 2003", "a loan for the 1911 regatta": a year, unless the cue asks
  // for the number itself right before it ("my account number is 1998")
  if (near && letters === 0 && YEAR.test(digits) && !(namesTheNumber(near) && near.distance <= 2))
    return null;
  // "My credit card was declined. (415) 555-0132 mobile": a word naming a card or an account in an
  // earlier clause, or a label after the number, leaves a complete North American number written
  // as a phone's (or said and labelled) to the phone detector
  if (near && letters === 0 && (near.cue === 'card' || near.cue === 'account') && nanpPhone(ctx, run, near))
    return null;
  if (near && digits.length >= 3 && text.length >= minLength) {
    // "my account got billed twenty four ninety nine": a price, unless the number itself was asked for
    if (amountShaped(ctx, run) && !(namesTheNumber(near) && near.distance <= 2)) return null;
    if (near.cue === 'routing' && !abaRoutingValid(digits)) return { score: 0.8, reason: 'context:routing' };
    return { score: 0.9, reason: `context:${near.cue}` };
  }
  if (letters > 0 || near) return null;
  // no cue at all: a long number that is not a phone number (phones are the phone detector's, and
  // so is a number a phone label or phrase names after it: "4821 010 485 29939 office"; a run longer
  // than any one number is left to it only when it opens on a postcode the phone detector can split
  // off, and a postcode said digit by digit before the number stays here rather than leak)
  if (
    digits.length < 8 ||
    DATE_DIGITS.test(digits) ||
    calendar() ||
    nanp(digits, ctx) ||
    splitNanp(run, ctx) ||
    (phoneNamedAfter(ctx, run.endWord) && (digits.length <= 15 || postcodeFirst(ctx, run)))
  )
    return null;
  // "Hours 0900 - 1730": opening hours
  if (
    openingHours(
      ctx,
      run,
      letters === 0 && run.chunks.every((c) => c.kind === 'literal') ? writtenRange(ctx, run) : null,
    )
  )
    return null;
  return { score: digits.length >= 12 ? 0.75 : 0.7, reason: 'long-digits' };
}

const IBAN_START = /^([a-z]{2})\d{2}[a-z0-9]*$/;
const IBAN_GROUP = /^[a-z0-9]{1,4}$/;

/**
 * IBANs written in groups ("GB38 TEST 4051 1873 9206 41."): a group with letters breaks the
 * spoken view's digit runs, so the words are read here, as long as the country's IBAN length.
 */
function groupedIbans(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.tokens;
  for (let i = 0; i < t.length; i++) {
    const m = IBAN_START.exec(t[i]!);
    const length = m && countrySpecs[m[1]!.toUpperCase()]?.chars;
    if (!length) continue;
    let value = t[i]!;
    let j = i + 1;
    while (value.length < length && j < t.length && IBAN_GROUP.test(t[j]!)) value += t[j++];
    if (j === i + 1 || value.length !== length || !isValidIBAN(value.toUpperCase())) continue;
    out.push({
      type: 'ACCOUNT_NUMBER',
      startWord: i,
      endWord: j,
      score: 0.95,
      detector: NAME,
      reason: 'iban',
      value,
    });
    i = j - 1;
  }
  return out;
}

const LETTER_WORD = /^[a-z]$/;
/** Letter words before a spelled code that may open it ("g i | nine one q ..." is GI91...). */
const MAX_LEAD_LETTERS = 2;

/**
 * IBANs said letter by letter whose edge or middle letters are "a" or "i": the spoken view reads
 * them as English words ("yes it's i q three nine ...", "... seven a and the name", "three a one
 * two") and so cuts the code apart. The letters next to a long run are tried as part of it, with
 * the run after a letter in between; the IBAN checksum and the country's format decide.
 */
function spokenIbans(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const { runs } = ctx.spoken;
  const t = ctx.tokens;
  const letterAt = (w: number, speaker: string | undefined): boolean =>
    w >= 0 && w < t.length && LETTER_WORD.test(t[w]!) && ctx.words[w]!.speaker === speaker;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.text.length < 8 || run.digits.length < 2) continue;
    const speaker = ctx.words[run.startWord]!.speaker;
    let lead = 0;
    while (lead < MAX_LEAD_LETTERS && letterAt(run.startWord - lead - 1, speaker)) lead++;
    const tails: { text: string; end: number }[] = [{ text: '', end: run.endWord }];
    if (letterAt(run.endWord, speaker)) {
      tails.push({ text: t[run.endWord]!, end: run.endWord + 1 });
      const next = runs[r + 1];
      if (next && next.startWord === run.endWord + 1)
        tails.push({ text: t[run.endWord]! + next.text, end: next.endWord });
    }
    let found: Candidate | undefined;
    for (let p = 0; p <= lead && !found; p++) {
      const head = t.slice(run.startWord - p, run.startWord).join('');
      for (const tail of tails) {
        if (p === 0 && tail.text === '') continue; // the run alone: score() reads it
        const text = head + run.text + tail.text;
        const length = IBAN_START.test(text)
          ? countrySpecs[text.slice(0, 2).toUpperCase()]?.chars
          : undefined;
        if (text.length !== length || !isValidIBAN(text.toUpperCase())) continue;
        found = {
          type: 'ACCOUNT_NUMBER',
          startWord: run.startWord - p,
          endWord: tail.end,
          score: 0.95,
          detector: NAME,
          reason: 'iban',
          value: text,
        };
        break;
      }
    }
    if (found) out.push(found);
  }
  return out;
}

/** IBAN length by lower-case country code ("de" -> 22). */
const IBAN_LENGTHS = new Map(
  Object.entries(countrySpecs)
    .filter(([, spec]) => spec.chars)
    .map(([code, spec]) => [code.toLowerCase(), spec.chars!]),
);

/** "double five", "triple oh": a spoken digit said two or three times. */
const REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3 };
/** At most this many letters "o" are tried both as the letter and as zero. */
const MAX_O_READINGS = 6;

/**
 * IBANs spelled character by character in raw ASR, read word by word from a country code on:
 * letters, digit words ("oh", "double five"), fillers skipped. The spoken view cannot hold them
 * when their letters are "a", "i" or "o" (read as English words or as zero: "n o three six ...",
 * "i e two nine x ..."), so every "o" is tried as the letter and as zero and the checksum decides.
 */
function spelledIbans(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    // a country code, then its two check digits said as digit words (cheap tests first: spelled
    // names are letter pairs too)
    if (t[i]!.length !== 1 || t[i + 1]!.length !== 1) continue;
    const length = IBAN_LENGTHS.get(t[i]! + t[i + 1]!);
    if (!length || (spokenDigit(t[i + 2]!) === undefined && !REPEAT[t[i + 2]!])) continue;
    const speaker = ctx.words[i]!.speaker;
    const chars: string[] = [t[i]!, t[i + 1]!];
    const os: number[] = []; // positions of "o" / "oh" read as zero first
    let w = i + 2;
    while (chars.length < length && w < t.length && ctx.words[w]!.speaker === speaker) {
      const tok = t[w]!;
      const times = REPEAT[tok];
      const digit = spokenDigit(times ? (t[w + 1] ?? '') : tok);
      if (FILLERS.has(tok)) w++;
      else if (digit !== undefined) {
        const zeroSaidAsO = O_WORDS.has(times ? (t[w + 1] ?? '') : tok);
        for (let r = 0; r < (times ?? 1); r++) {
          if (zeroSaidAsO) os.push(chars.length);
          chars.push(digit);
        }
        w += times ? 2 : 1;
      } else if (LETTER_WORD.test(tok)) {
        chars.push(tok);
        w++;
      } else break;
    }
    // the country code and its check digits said, and nothing more to read than the IBAN holds
    if (chars.length !== length || os.length > MAX_O_READINGS || !/^\d\d$/.test(chars[2]! + chars[3]!))
      continue;
    for (let mask = 0; mask < 1 << os.length; mask++) {
      const text = [...chars];
      os.forEach((pos, k) => {
        if (mask & (1 << k)) text[pos] = 'o';
      });
      const value = text.join('');
      if (!isValidIBAN(value.toUpperCase())) continue;
      out.push({
        type: 'ACCOUNT_NUMBER',
        startWord: i,
        endWord: w,
        score: 0.95,
        detector: NAME,
        reason: 'iban',
        value,
      });
      i = w - 1;
      break;
    }
  }
  return out;
}

export const accountDetector: Detector = {
  name: NAME,
  entityTypes: ['ACCOUNT_NUMBER'],
  detect(ctx) {
    const ibans = groupedIbans(ctx);
    const out = [...ibans];
    let k = 0; // the first grouped IBAN not before the run
    // two numbers written around a slash ("12345678 / 87654321") are two values
    for (const run of runsCutAtSlashes(ctx.words, ctx.spoken.runs)) {
      while (k < ibans.length && ibans[k]!.endWord <= run.startWord) k++;
      if (k < ibans.length && ibans[k]!.startWord <= run.startWord) continue;
      if (run.digits.length < 3) continue;
      if (unitAfter(ctx, run.endWord) || isCompanyReference(ctx, run)) continue;
      const found = score(ctx, run, cuesBefore(ctx, run.startWord));
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
    out.push(...spokenIbans(ctx));
    // an IBAN read word by word replaces the pieces of it found in runs, and is not given twice
    for (const iban of spelledIbans(ctx)) {
      const inside = (c: Candidate): boolean => c.startWord >= iban.startWord && c.endWord <= iban.endWord;
      if (out.some((c) => c.reason === 'iban' && inside(c) && c.value === iban.value)) continue;
      for (let k = out.length - 1; k >= 0; k--) if (inside(out[k]!)) out.splice(k, 1);
      out.push(iban);
    }
    return out;
  },
};
