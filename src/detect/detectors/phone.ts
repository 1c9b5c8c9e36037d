/**
 * PHONE_NUMBER: digit runs of the spoken view (spoken "four one five ..." and formatted
 * "(415) 555-0132" alike) that form a phone number.
 * - 10 digits (or 11 with a leading 1) in the NANP shape, validated with libphonenumber-js: a
 *   phone number with or without a cue; two of them said back to back (a number and its
 *   read-back) are two phone numbers;
 * - international: a run after "plus"/"+" or "00"/"011", valid for its country code;
 * - with a phone cue ("cell", "call back", "reach you", "my number") also 7 digits (local number)
 *   and 9 to 24 digits (ASR dropped or repeated digits: half a phone number still leaks);
 * - a number said in pieces ("area code four one five, then five five five ...") is joined when
 *   two or three short runs close together make 10 digits; an area code after a phone cue and the
 *   7-digit local number said a few words later are both taken.
 * The nearest cue decides: after "order/case/claim/confirmation number" the run is a company
 * reference (not PII), and so is a repeat of one. After "account", "card", "social", "zip" ... it is
 * another detector's value, except that a complete NANP number stays a phone number unless such a
 * cue introduces it directly ("my account number is ..."). Money and quantities are skipped.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import type { SpokenRun } from '../../transcript/spoken-view.js';
import { cuesBefore, isCompanyReference, nearestCue, unitAfter, type CueHit } from '../number-cues.js';
import { nanp, splitNanp } from '../nanp.js';

const NAME = 'phone';

/** Was the run introduced as international ("plus four four ...", "+44 20 ...", "double oh four four ...")? */
function international(ctx: DetectionContext, run: SpokenRun): string | null {
  const first = ctx.words[run.startWord]!.text.trim();
  if (first.startsWith('+') || ctx.tokens[run.startWord - 1] === 'plus') return run.digits;
  if (run.digits.startsWith('00')) return run.digits.slice(2);
  if (run.digits.startsWith('011')) return run.digits.slice(3);
  return null;
}

const OH = /^(?:uh-)?oh$/;

/**
 * The run without a final "oh": after a number "oh" is often an interjection ("... two seven oh
 * I ordered ..."), so a run one digit too long is read again without it.
 */
function withoutTrailingOh(ctx: DetectionContext, run: SpokenRun): SpokenRun {
  const last = run.chunks[run.chunks.length - 1]!;
  if (run.chunks.length < 2 || !OH.test(ctx.tokens[last.startWord]!)) return run;
  const chunks = run.chunks.slice(0, -1);
  const text = chunks.map((c) => c.text).join('');
  return { ...run, chunks, text, digits: text, endWord: chunks[chunks.length - 1]!.endWord };
}

/**
 * The run without a first "oh" before a complete NANP number, which never starts with 0: "my
 * number is uh oh six oh two ..." opens with an interjection.
 */
function withoutLeadingOh(ctx: DetectionContext, run: SpokenRun): SpokenRun {
  const first = run.chunks[0]!;
  if (run.chunks.length < 2 || !OH.test(ctx.tokens[first.startWord]!) || !nanp(run.text.slice(1))) return run;
  const chunks = run.chunks.slice(1);
  const text = run.text.slice(1);
  return { ...run, chunks, text, digits: text, startWord: chunks[0]!.startWord };
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
  const shaped = nanp(d);
  if (shaped) {
    const score = phoneCue ? 0.95 : shaped.valid ? 0.85 : 0.7;
    return { ...range, score, reason: phoneCue ? 'context:phone' : 'libphonenumber', value: national };
  }
  if (national.length === 10 && phoneCue) {
    return { ...range, score: 0.85, reason: 'context:phone', value: national };
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

/** Is b the other speaker repeating piece a right after it ("four one five | four one five")? */
function echoes(ctx: DetectionContext, a: SpokenRun, b: SpokenRun, after: number): boolean {
  return (
    b.text === a.text &&
    b.startWord - after <= 3 &&
    ctx.words[a.startWord]!.speaker !== ctx.words[b.startWord]!.speaker
  );
}

/**
 * Joins a run with the next one or two when together they make 10 or 11 digits, or, after a phone
 * cue (`loose`), 10 to 14 digits: a number corrected or repeated in pieces still leaks in pieces.
 * The other speaker echoing each piece back ("four one five | four one five | five five five ...")
 * does not break the number: the echoes are covered with it.
 */
function joined(
  ctx: DetectionContext,
  runs: readonly SpokenRun[],
  i: number,
  loose: boolean,
): SpokenRun | null {
  let acc = runs[i]!;
  let last = acc; // the last piece said by the speaker of the number
  let pieces = 1;
  let found: SpokenRun | null = null;
  const end = Math.min(runs.length, i + 6); // pieces and echoes: a bounded look-ahead
  for (let k = i + 1; k < end && pieces < 3; k++) {
    const b = runs[k]!;
    if (echoes(ctx, last, b, acc.endWord)) {
      acc = { ...acc, endWord: b.endWord };
      continue;
    }
    if (!continues(ctx, { ...last, endWord: acc.endWord }, b)) break;
    const text = acc.text + b.text;
    acc = {
      startWord: acc.startWord,
      endWord: b.endWord,
      text,
      digits: text,
      chunks: [...acc.chunks, ...b.chunks],
    };
    last = b;
    pieces++;
    if (text.length === 10 || (text.length === 11 && text[0] === '1')) {
      const echo = runs[k + 1];
      return echo && echoes(ctx, b, echo, b.endWord) ? { ...acc, endWord: echo.endWord } : acc;
    }
    if (loose && text.length >= 10 && text.length <= 14) found = acc;
  }
  return found;
}

/** Cues after which a run is someone else's value; money and time cues are not trusted to veto a phone. */
const FOREIGN = new Set(['account', 'card', 'routing', 'member', 'ssn', 'dob', 'last4', 'company', 'other']);
/** Customer-number cues that take even a complete NANP number, when they introduce it directly. */
const DIRECT = new Set(['account', 'card', 'routing', 'member', 'ssn', 'last4']);
/** Words allowed between an area code and the local number ("... and the rest of it is ..."). */
const AREA_CODE_GAP = 8;

/** Do the cues before a run (nearest first) give it to someone else? */
function vetoed(hits: readonly CueHit[], run: SpokenRun): boolean {
  const cue = hits[0];
  if (!cue) return false;
  if (cue.cue === 'company') return true;
  // "the name on the account ... (405) 555-0196": a complete number is not the account's
  if (nanp(run.digits)) return DIRECT.has(cue.cue) && cue.distance <= 3;
  // "the IMEI on the phone": a phone cue inside a company reference's question
  return FOREIGN.has(cue.cue) || hits[1]?.cue === 'company';
}

/** The 7-digit local number said a few words after an area code (run i), when nothing else claims it. */
function localAfterAreaCode(ctx: DetectionContext, runs: readonly SpokenRun[], i: number): SpokenRun | null {
  const next = runs[i + 1];
  if (!next || next.startWord - runs[i]!.endWord > AREA_CODE_GAP) return null;
  if (next.digits.length !== 7 || next.text.length !== 7) return null;
  const cue = nearestCue(ctx, next.startWord);
  return !cue || cue.cue === 'phone' ? next : null;
}

export const phoneDetector: Detector = {
  name: NAME,
  entityTypes: ['PHONE_NUMBER'],
  detect(ctx) {
    const out: Candidate[] = [];
    const runs = ctx.spoken.runs;
    let consumedUntil = 0; // end of the last number joined from pieces
    const push = (found: Omit<Candidate, 'type' | 'detector'>): void => {
      out.push({ type: 'PHONE_NUMBER', detector: NAME, ...found });
      consumedUntil = found.endWord;
    };
    for (let i = 0; i < runs.length; i++) {
      let run = runs[i]!;
      if (run.startWord < consumedUntil) continue;
      if (/[a-z]/.test(run.text) || run.digits.length < 3) continue;
      const hits = cuesBefore(ctx, run.startWord, 14, 2);
      const cue = hits[0];
      const phoneCue = cue?.cue === 'phone';
      const parts = splitNanp(run);
      if (parts) {
        if (vetoed(hits, parts[0]!) || isCompanyReference(ctx, run)) continue;
        for (const part of parts) push(classify(ctx, part, phoneCue)!);
        continue;
      }
      if (run.digits.length > 15 && !phoneCue) continue;
      if (run.digits.length < 7) {
        const whole = joined(ctx, runs, i, phoneCue);
        if (whole) run = whole;
        else {
          if (run.digits.length !== 3 || !phoneCue || unitAfter(ctx, run.endWord)) continue;
          const local = localAfterAreaCode(ctx, runs, i);
          const range = {
            startWord: run.startWord,
            endWord: run.endWord,
            score: 0.85,
            reason: 'context:area-code',
          };
          // both parts carry the whole number: a later read-back of it is the same value
          if (local) {
            const value = run.digits + local.digits;
            push({ ...range, value });
            push({ ...range, startWord: local.startWord, endWord: local.endWord, value });
          } else if (cue.phrase === 'area code') push({ ...range, value: run.digits });
          continue;
        }
      }
      // no amount or count has ten digits: a unit word after a long run is the next sentence
      if ((run.digits.length < 10 && unitAfter(ctx, run.endWord)) || isCompanyReference(ctx, run)) continue;
      if (vetoed(hits, run)) continue;
      run = withoutLeadingOh(ctx, run);
      const whole = classify(ctx, run, phoneCue);
      const trimmed = classify(ctx, withoutTrailingOh(ctx, run), phoneCue);
      const found = trimmed && (!whole || trimmed.score > whole.score) ? trimmed : whole;
      if (found) push(found);
    }
    return out;
  },
};
