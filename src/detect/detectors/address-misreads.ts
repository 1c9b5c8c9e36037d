/**
 * Vetoes on ADDRESS candidates that no address of a person or a business can be, read from the words
 * of the candidate and the few before it (analyze.ts applies them after the person vetoes):
 * - a currency or percent sign, or a hashtag, inside the candidate ("#sale 2019 Lorvan MSRP $20410
 *   Grand", "3 / 9 / 1 - 27. 27%) Ardent Dr"): prices, scores and tags, not house numbers;
 * - a town and its region alone (no street, house number or postcode) where the text describes where
 *   an institution or a place lies: "is located in Tarnby, Ohio", "located between ...", "the
 *   county seat of ...", "the City of ...", "nearby ...". A person's "I live in Tarnby, Ohio" or
 *   "send it to Tarnby, Ohio" stays;
 * - a town and state whose town word is written in lower case in a text written in case ("feeling
 *   so proud ND"): a word and a state abbreviation;
 * - a postcode that a colon closes before the town ("quiz 4821: See the answers"): a label.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isUncased, sameSpeaker } from '../call-words.js';

/** Words before which a place-only candidate describes where something lies. */
const DESCRIPTIVE_BEFORE: readonly (readonly string[])[] = [
  ['located', 'in'],
  ['located', 'at'],
  ['located', 'near'],
  ['located', 'between'],
  ['nearby'],
  ['situated', 'in'],
  ['headquartered', 'in'],
  ['county', 'seat', 'of'],
  ['city', 'of'],
  ['town', 'of'],
  ['village', 'of'],
  ['borough', 'of'],
];
/** Reasons of the address detector for a town with its region, state or postcode alone. */
const PLACE_ONLY = new Set(['city-region', 'city-state-zip']);
/** Reason of the call-level propagation's repeats of an address (propagate.ts). */
const REPEAT = 'repeat:address';
const SYMBOLS = /[%$€£¥]|^#\p{L}/u;

function symbolInside(ctx: DetectionContext, c: Candidate): boolean {
  for (let k = c.startWord; k < c.endWord; k++) if (SYMBOLS.test(ctx.words[k]!.text)) return true;
  return false;
}

/** Do the words before `start` end with one of the descriptive phrases? */
function describedPlace(ctx: DetectionContext, start: number): boolean {
  return DESCRIPTIVE_BEFORE.some((phrase) => {
    const from = start - phrase.length;
    if (from < 0 || !sameSpeaker(ctx, from, start)) return false;
    for (let j = 0; j < phrase.length; j++) if (ctx.tokens[from + j] !== phrase[j]) return false;
    return true;
  });
}

function hasDigit(ctx: DetectionContext, c: Candidate): boolean {
  for (let k = c.startWord; k < c.endWord; k++) if (/\d/u.test(ctx.words[k]!.text)) return true;
  return false;
}

/** The candidates without the ADDRESS ones that are prices, tags, descriptions of a place or words. */
export function vetoAddressMisreads(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  let cased: boolean | undefined;
  const misread = (c: Candidate): boolean => {
    if (symbolInside(ctx, c)) return true;
    const reason = c.reason ?? '';
    if (reason === 'postcode-city') return /^\d+:$/u.test(ctx.words[c.startWord]!.text);
    if (!PLACE_ONLY.has(reason)) return false;
    if (!hasDigit(ctx, c) && describedPlace(ctx, c.startWord)) return true;
    return (
      reason === 'city-state-zip' &&
      /^\P{L}*\p{Ll}/u.test(ctx.words[c.startWord]!.text) &&
      (cased ??= !isUncased(ctx.words))
    );
  };
  const text = (c: Candidate): string => ctx.tokens.slice(c.startWord, c.endWord).join(' ');
  const vetoed = candidates.filter((c) => c.type === 'ADDRESS' && misread(c));
  if (vetoed.length === 0) return candidates;
  // the call-level propagation repeats a value at every place it recurs, its first place included:
  // a repeat of a vetoed value, or of its end ("west virginia" of "tarnby west virginia"), goes too
  const values = vetoed.map(text);
  const repeatOfVetoed = (c: Candidate): boolean => {
    if (c.reason !== REPEAT) return false;
    const t = text(c);
    return values.some((v) => v === t || (!hasDigit(ctx, c) && v.endsWith(` ${t}`)));
  };
  const gone = new Set(vetoed);
  return candidates.filter((c) => c.type !== 'ADDRESS' || !(gone.has(c) || repeatOfVetoed(c)));
}
