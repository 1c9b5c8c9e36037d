/**
 * Runs of digits that are dates, times or years rather than one number: "2009-03-14", "1951 --
 * 1953", "(1822-1899)", "17 / 03 / 2017", and the same said ("two thousand and seven zero one
 * seventeen twenty three oh eight fifty five", "nineteen forty four nineteen forty five"). A run is
 * read as calendar fields in order: a year range, or dates (year-month-day, day-month-year,
 * month-day-year) each optionally followed by a time of day; nothing may be left over.
 *
 * Fields come from the digit groups as written, or from the chunks of the spoken view as said (a
 * field is one chunk, or two: "nineteen | forty four", "oh | nine", "two thousand | seven").
 */
import type { SpokenRun } from '../transcript/spoken-view.js';

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The year of a calendar date or a lifetime (1000-2099 would take too many account numbers). */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

function fits(field: Field, text: string): boolean {
  if (field === 'year') return YEAR.test(text);
  if (!/^\d{1,2}$/.test(text)) return false;
  const n = Number(text);
  switch (field) {
    case 'month':
      return n >= 1 && n <= 12;
    case 'day':
      return n >= 1 && n <= 31;
    case 'hour':
      return n <= 23;
    case 'minute':
      return n <= 59 && text.length === 2;
  }
}

/**
 * The texts a field can be read from at part k: one part, or two joined ("19" + "44", "0" + "9"),
 * a round year and what follows it ("2000" + "7": "two thousand and seven"), or a century, a
 * zero and a digit ("19" + "0" + "2": "nineteen oh two").
 */
function readings(parts: readonly string[], k: number): { text: string; next: number }[] {
  const out = [{ text: parts[k]!, next: k + 1 }];
  const b = parts[k + 1];
  if (b !== undefined) {
    out.push({ text: parts[k]! + b, next: k + 2 });
    if (/^(?:1[5-9]|20)00$/.test(parts[k]!) && /^\d{1,2}$/.test(b))
      out.push({ text: String(Number(parts[k]) + Number(b)), next: k + 2 });
    // "nineteen | oh | two": a century, a spoken zero and one digit
    const c = parts[k + 2];
    if (b === '0' && c !== undefined && /^\d$/.test(c) && /^(?:1[5-9]|20)$/.test(parts[k]!))
      out.push({ text: parts[k]! + b + c, next: k + 3 });
  }
  return out;
}

/** Can parts[k..] be read as the fields in order? Returns the index after them, or -1. */
function readFields(parts: readonly string[], k: number, fields: readonly Field[]): number[] {
  if (fields.length === 0) return [k];
  if (k >= parts.length) return [];
  const ends: number[] = [];
  for (const r of readings(parts, k)) {
    if (!fits(fields[0]!, r.text)) continue;
    ends.push(...readFields(parts, r.next, fields.slice(1)));
  }
  return ends;
}

const DATES: readonly (readonly Field[])[] = [
  ['year', 'month', 'day'],
  ['day', 'month', 'year'],
  ['month', 'day', 'year'],
];
const TIMES: readonly (readonly Field[])[] = [['hour', 'minute', 'minute'], ['hour', 'minute'], []];

/**
 * Can every part from k on be read as dates (each with an optional time) or years? `seen`: 0 when
 * nothing was read yet, 1 after one year, 2 after a date or two years (enough to end). Failures
 * are remembered per (k, seen), so the search stays small.
 */
function calendarFrom(parts: readonly string[], k: number, seen: number, failed: Set<number>): boolean {
  if (k === parts.length) return seen === 2;
  const key = k * 3 + seen;
  if (failed.has(key)) return false;
  for (const date of DATES) {
    for (const afterDate of readFields(parts, k, date)) {
      for (const time of TIMES) {
        for (const end of readFields(parts, afterDate, time)) {
          if (calendarFrom(parts, end, 2, failed)) return true;
        }
      }
    }
  }
  for (const end of readFields(parts, k, ['year'])) {
    if (calendarFrom(parts, end, Math.min(2, seen + 1), failed)) return true;
  }
  failed.add(key);
  return false;
}

/** At most this many parts are read (a call made of digits stays cheap). */
const MAX_PARTS = 16;

/** Are these digit groups (as written or as said) dates, times and years, and nothing else? */
export function calendarShaped(parts: readonly string[]): boolean {
  if (parts.length < 2 || parts.length > MAX_PARTS || parts.some((p) => !/^\d+$/.test(p))) return false;
  return calendarFrom(parts, 0, 0, new Set());
}

/**
 * Times of day written with a dot or a colon, joined by a dash: opening hours ("09.00 - 17.30",
 * "8:30–12:00"). Without the separator inside each time ("0900-1730") the digits may be a number.
 */
const TIME_RANGE = /^\(?([01]?\d|2[0-4])[.:][0-5]\d ?[-–] ?([01]?\d|2[0-4])[.:][0-5]\d$/;

/**
 * Is the run a date, a time or a year range, as written ("2009-03-14", "(1822-1899)") or as said
 * ("nineteen forty four nineteen forty five")? `written` are the run's words as written.
 */
export function calendarRun(run: SpokenRun, written: readonly string[]): boolean {
  if (run.digits.length !== run.text.length) return false;
  if (run.chunks.every((c) => c.kind === 'literal')) {
    if (TIME_RANGE.test(written.join(' ').replace(/[,;.)]+$/, ''))) return true;
    const groups = written
      .join(' ')
      .split(/\D+/)
      .filter((g) => g !== '');
    return calendarShaped(groups);
  }
  return calendarShaped(run.chunks.map((c) => c.text));
}
