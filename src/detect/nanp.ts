/**
 * North American (NANP) phone number shapes, shared by the phone detector (which claims them) and
 * the account detector (which leaves them alone). A complete NANP number is a phone number unless
 * a cue says otherwise, so both detectors must agree on what "complete" means.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { SpokenRun } from '../transcript/spoken-view.js';

const SHAPE = /^[2-9]\d{2}[2-9]\d{6}$/;

export interface NanpNumber {
  /** the 10-digit national number */
  national: string;
  /** libphonenumber knows the area code and exchange (not only the shape) */
  valid: boolean;
}

/** Answers already given for one call (`scope`: its detection context), by digits. */
const answered = new WeakMap<object, Map<string, NanpNumber | null>>();

/**
 * The national number of 10 digits, or 11 with a leading country code 1, in the NANP shape; else
 * null. With a `scope` (the call's detection context) each digit string is parsed once per call:
 * the phone and account detectors ask about the same runs.
 */
export function nanp(digits: string, scope?: object): NanpNumber | null {
  const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  if (national.length !== 10) return null;
  if (!scope) return nanpOf(national);
  let known = answered.get(scope);
  if (!known) answered.set(scope, (known = new Map()));
  let answer = known.get(national);
  if (answer === undefined) known.set(national, (answer = nanpOf(national)));
  return answer;
}

/**
 * Ten digits opening with 0 or 1 are no NANP number (a 1 is the trunk prefix, no area code starts
 * with 0), unless they open with the US international prefix 011: such digits are not parsed.
 */
const NOT_NANP = /^(?:0(?!11)|1)/;

function nanpOf(national: string): NanpNumber | null {
  if (NOT_NANP.test(national)) return null;
  const valid = parsePhoneNumberFromString(national, 'US')?.isValid() ?? false;
  return valid || SHAPE.test(national) ? { national, valid } : null;
}

/**
 * Splits a run made of two or more complete NANP numbers said back to back ("five four one five
 * five five oh one six six five four one ..." : a number and its read-back) into one run per
 * number, cutting only between chunks. Null when the run is not such a sequence.
 */
export function splitNanp(run: SpokenRun, scope?: object): SpokenRun[] | null {
  if (run.digits.length < 20 || run.digits.length !== run.text.length) return null;
  const parts: SpokenRun[] = [];
  let start = 0; // first chunk of the current part
  let text = '';
  for (let k = 0; k < run.chunks.length; k++) {
    text += run.chunks[k]!.text;
    if (text.length < 10) continue;
    // ten digits starting with 1 are a country code and the start of a number: read on
    if (text[0] === '1' && text.length === 10) continue;
    if (!nanp(text, scope)) return null;
    const chunks = run.chunks.slice(start, k + 1);
    const last = chunks[chunks.length - 1]!;
    parts.push({ startWord: chunks[0]!.startWord, endWord: last.endWord, text, digits: text, chunks });
    start = k + 1;
    text = '';
  }
  return text === '' && parts.length >= 2 ? parts : null;
}
