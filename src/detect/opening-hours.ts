/**
 * Opening hours written or said without separators inside the times: "Hours 0900 - 1730", "Open
 * Mon-Fri 0800-1800", "open oh nine oh oh seventeen thirty". Eight digits that read as two times of
 * day of 24 hours, the second later, are hours (no phone or account number) after a word naming
 * hours (lexicons/phone/hours/), or when written as a range with a dash and both times on the
 * quarter hour ("0830-1745"). The phone detector keeps them when a word naming the telephone
 * introduces them ("Tel. 0900-1730"), and keeps a dash range after any phone cue when no word of
 * hours comes before it ("Call us on 0900-1730").
 */
import { FILLERS, type SpokenRun } from '../transcript/spoken-view.js';
import { wordSet } from './gazetteer/name-data.js';
import type { DetectionContext } from './types.js';

/** Two times of day written as four digits each, a dash between ("0900-1730", "0830 – 1700"). */
const HHMM_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d ?[-–] ?(?:[01]\d|2[0-4])[0-5]\d$/;
/** Words naming opening hours ("Hours", "open", "Öffnungszeiten"). */
const HOURS_WORDS = wordSet('phone/hours');
/** Significant words before a run within which a word of HOURS_WORDS introduces it. */
const HOURS_REACH = 3;

/** Eight digits that read as two times of day of 24 hours, the second later ("0900" "1730"). */
export function twoTimes(d: string): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d(?:[01]\d|2[0-4])[0-5]\d$/.test(d)) return false;
  return Number(d.slice(4)) > Number(d.slice(0, 4));
}

/** A word naming opening hours in the few significant words before word `w` ("Hours 0900 ..."). */
function hoursBefore(ctx: DetectionContext, w: number): boolean {
  let seen = 0;
  for (let k = w - 1; k >= 0 && seen < HOURS_REACH; k--) {
    const t = ctx.tokens[k]!;
    if (t === '' || FILLERS.has(t)) continue;
    if (HOURS_WORDS.has(t)) return true;
    seen++;
  }
  return false;
}

/**
 * Is the run opening hours? `written`: the run as written (words joined by one space, punctuation
 * around it dropped), null when said.
 */
export function openingHours(ctx: DetectionContext, run: SpokenRun, written: string | null): boolean {
  const d = run.digits;
  if (!twoTimes(d)) return false;
  if (hoursBefore(ctx, run.startWord)) return true;
  return (
    written !== null &&
    HHMM_RANGE.test(written) &&
    Number(d.slice(2, 4)) % 15 === 0 &&
    Number(d.slice(6)) % 15 === 0
  );
}
