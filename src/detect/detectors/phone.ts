/**
 * PHONE_NUMBER: digit runs of the spoken view (spoken "four one five ..." and formatted
 * "(415) 555-0132" alike) that form a phone number.
 * - 10 digits (or 11 with a leading 1) in the NANP shape, validated with libphonenumber-js;
 * - international: a run after "plus"/"+" or "00"/"011", valid for its country code;
 * - with a phone cue ("cell", "call back", "reach you", "my number") also 7 digits (local number)
 *   and 9 to 24 digits (ASR dropped or repeated digits, or said the number twice in one breath:
 *   half a phone number still leaks);
 * - a number said in pieces ("area code four one five, then five five five ...") is joined when
 *   two or three short runs close together make 10 digits.
 * The nearest cue decides: after "order/case/claim/confirmation number", "account", "card", "social"
 * or "zip" the run belongs to someone else, and so does a repeat of a company reference (a company reference is not PII; the others are other
 * detectors' values). Money and quantities ("... dollars") are skipped.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import type { SpokenRun } from '../../transcript/spoken-view.js';
import { isCompanyReference, nearestCue, unitAfter } from '../number-cues.js';

const NAME = 'phone';
const NANP = /^[2-9]\d{2}[2-9]\d{6}$/;

/** Was the run introduced as international ("plus four four ...", "+44 20 ...", "double oh four four ...")? */
function international(ctx: DetectionContext, run: SpokenRun): string | null {
  const first = ctx.words[run.startWord]!.text.trim();
  if (first.startsWith('+') || ctx.tokens[run.startWord - 1] === 'plus') return run.digits;
  if (run.digits.startsWith('00')) return run.digits.slice(2);
  if (run.digits.startsWith('011')) return run.digits.slice(3);
  return null;
}

/**
 * The run without a final "oh": after a number "oh" is often an interjection ("... two seven oh
 * I ordered ..."), so a run one digit too long is read again without it.
 */
function withoutTrailingOh(ctx: DetectionContext, run: SpokenRun): SpokenRun {
  const last = run.chunks[run.chunks.length - 1]!;
  if (run.chunks.length < 2 || ctx.tokens[last.startWord] !== 'oh') return run;
  const chunks = run.chunks.slice(0, -1);
  const text = chunks.map((c) => c.text).join('');
  return { ...run, chunks, text, digits: text, endWord: chunks[chunks.length - 1]!.endWord };
}

function classify(
  ctx: DetectionContext,
  run: SpokenRun,
  phoneCue: boolean,
): Omit<Candidate, 'type' | 'detector'> | null {
  const range = { startWord: run.startWord, endWord: run.endWord };
  const intl = international(ctx, run);
  if (intl) {
    const p = parsePhoneNumberFromString(`+${intl}`);
    // "plus" is said as part of the number
    const start = ctx.tokens[run.startWord - 1] === 'plus' ? run.startWord - 1 : run.startWord;
    if (p?.isValid()) {
      return {
        ...range,
        startWord: start,
        score: phoneCue ? 0.95 : 0.9,
        reason: 'libphonenumber:intl',
        // values are national numbers for NANP (+1), so "+1 415 ..." and "415 ..." are one value
        value: p.countryCallingCode === '1' ? p.nationalNumber : intl,
      };
    }
  }
  const d = run.digits;
  const national = d.length === 11 && d[0] === '1' ? d.slice(1) : d;
  if (national.length === 10) {
    const valid = parsePhoneNumberFromString(national, 'US')?.isValid() ?? false;
    if (valid || NANP.test(national)) {
      const score = phoneCue ? 0.95 : valid ? 0.85 : 0.7;
      return { ...range, score, reason: phoneCue ? 'context:phone' : 'libphonenumber', value: national };
    }
    if (phoneCue) return { ...range, score: 0.85, reason: 'context:phone', value: national };
  }
  if (phoneCue && (d.length === 7 || (d.length >= 9 && d.length <= 24))) {
    return { ...range, score: 0.8, reason: 'context:phone', value: national };
  }
  return null;
}

/** Can runs a and b be parts of one number said in pieces ("four one five, then five five five ...")? */
function continues(ctx: DetectionContext, a: SpokenRun, b: SpokenRun): boolean {
  return (
    b.startWord - a.endWord <= 2 &&
    ctx.words[a.startWord]!.speaker === ctx.words[b.startWord]!.speaker &&
    !/[a-z]/.test(b.text) &&
    b.digits.length <= 7
  );
}

/**
 * Joins a run with the next one or two when together they make 10 or 11 digits, or, after a phone
 * cue (`loose`), 10 to 14 digits: a number corrected or repeated in pieces still leaks in pieces.
 */
function joined(
  ctx: DetectionContext,
  runs: readonly SpokenRun[],
  i: number,
  loose: boolean,
): SpokenRun | null {
  let acc = runs[i]!;
  let found: SpokenRun | null = null;
  for (let k = i + 1; k < Math.min(runs.length, i + 3) && continues(ctx, acc, runs[k]!); k++) {
    const b = runs[k]!;
    const text = acc.text + b.text;
    acc = {
      startWord: acc.startWord,
      endWord: b.endWord,
      text,
      digits: text,
      chunks: [...acc.chunks, ...b.chunks],
    };
    if (text.length === 10 || (text.length === 11 && text[0] === '1')) return acc;
    if (loose && text.length >= 10 && text.length <= 14) found = acc;
  }
  return found;
}

/** Cues after which a run is someone else's value; money and time cues are not trusted to veto a phone. */
const FOREIGN = new Set(['account', 'card', 'routing', 'member', 'ssn', 'dob', 'last4', 'company', 'other']);

export const phoneDetector: Detector = {
  name: NAME,
  entityTypes: ['PHONE_NUMBER'],
  detect(ctx) {
    const out: Candidate[] = [];
    const runs = ctx.spoken.runs;
    let consumedUntil = 0; // end of the last number joined from pieces
    for (let i = 0; i < runs.length; i++) {
      let run = runs[i]!;
      if (run.startWord < consumedUntil) continue;
      if (/[a-z]/.test(run.text) || run.digits.length < 3) continue;
      const cue = nearestCue(ctx, run.startWord);
      if (run.digits.length > 15 && cue?.cue !== 'phone') continue;
      if (run.digits.length < 7) {
        const whole = joined(ctx, runs, i, cue?.cue === 'phone');
        if (!whole) continue;
        run = whole;
      }
      // no amount or count has ten digits: a unit word after a long run is the next sentence
      if ((run.digits.length < 10 && unitAfter(ctx, run.endWord)) || isCompanyReference(ctx, run)) continue;
      if (cue && FOREIGN.has(cue.cue)) continue;
      const phoneCue = cue?.cue === 'phone';
      const whole = classify(ctx, run, phoneCue);
      const trimmed = classify(ctx, withoutTrailingOh(ctx, run), phoneCue);
      const found = trimmed && (!whole || trimmed.score > whole.score) ? trimmed : whole;
      if (!found) continue;
      out.push({ type: 'PHONE_NUMBER', detector: NAME, ...found });
      consumedUntil = found.endWord;
    }
    return out;
  },
};
