/**
 * DATE_OF_BIRTH: a date said as a birth date. The date must follow a birth cue ("born", "date of
 * birth", "birthday", "DOB") as the nearest cue, so appointment dates, charge dates and days stay
 * visible. Forms read (spoken ones through the spoken view's runs and chunks):
 * - month first: "March 3rd, 1984", "march third nineteen eighty four", "may twenty six nineteen
 *   fifty one", "january twenty four two thousand and four", "march third" (no year);
 * - day first: "the third of march nineteen eighty four", "26 May 1989";
 * - numeric: "03/15/1982", "1982-03-15", "oh three oh nine nineteen ninety", "three fifteen eighty two";
 * - partial: "March 1984", "born in nineteen eighty four".
 * A date found this way is also redacted where it recurs in the call in any of these forms
 * (read-back), compared by its normalised value (YYYY-MM-DD, or MM-DD without a year).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import type { SpokenRun } from '../../transcript/spoken-view.js';
import { FILLERS } from '../../transcript/spoken-view.js';
import { nearestCue } from '../number-cues.js';

const NAME = 'dob';
const MONTHS = new Map<string, number>();
'january february march april may june july august september october november december'
  .split(' ')
  .forEach((m, i) => {
    MONTHS.set(m, i + 1);
    MONTHS.set(m.slice(0, 3), i + 1);
  });
MONTHS.set('sept', 9);
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

interface FoundDate {
  startWord: number;
  endWord: number;
  value: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function yearOf(digits: string): number | null {
  if (digits.length === 4) {
    const y = Number(digits);
    return y >= 1900 && y <= 2030 ? y : null;
  }
  if (digits.length === 2) {
    const y = Number(digits);
    return y > 30 ? 1900 + y : 2000 + y;
  }
  return null;
}

function dateValue(month: number, day: number, year: number | null): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year === null ? `${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** A run that can only be a year: "1984", "nineteen eighty four", "two thousand four". */
function isYear(run: SpokenRun): boolean {
  if (!/^(19|20)\d\d$/.test(run.text) || yearOf(run.text) === null) return false;
  const c = run.chunks;
  return c.length === 1 ? c[0]!.kind !== 'digit' : c.length === 2 && c.every((x) => x.kind === 'number');
}

/** All-digit date: MMDDYYYY, MDDYYYY, MMDYYYY, MMDDYY, MDDYY, MMDYY, MDYY. */
function numericDate(digits: string): string | null {
  const splits: [number, number][] = [
    [2, 2],
    [1, 2],
    [2, 1],
    [1, 1],
  ];
  for (const yl of [4, 2]) {
    for (const [ml, dl] of splits) {
      if (ml + dl + yl !== digits.length) continue;
      const year = yearOf(digits.slice(ml + dl));
      const v = year && dateValue(Number(digits.slice(0, ml)), Number(digits.slice(ml, ml + dl)), year);
      if (v) return v;
    }
  }
  return null;
}

class DateReader {
  constructor(private readonly ctx: DetectionContext) {}

  /** next word index at or after i that is not a filler, empty, "the" or "of" */
  private skip(i: number, extra: readonly string[] = []): number {
    const t = this.ctx.tokens;
    while (i < t.length && (t[i] === '' || FILLERS.has(t[i]!) || extra.includes(t[i]!))) i++;
    return i;
  }

  private runAt(i: number): SpokenRun | undefined {
    const r = this.ctx.spoken.wordRun[i];
    if (r === undefined || r < 0) return undefined;
    const run = this.ctx.spoken.runs[r]!;
    return run.startWord === i ? run : undefined;
  }

  /** Day then optional year from the runs starting at i: [day, year|null, endWord]. */
  private dayYear(i: number): [number, number | null, number] | null {
    const first = this.runAt(i);
    if (!first) return null;
    const chunks = [...first.chunks];
    let end = first.endWord;
    const day = parseInt(chunks[0]!.text, 10);
    if (!(day >= 1 && day <= 31)) return null;
    let yearDigits = chunks
      .slice(1)
      .map((c) => c.text)
      .join('');
    if (yearDigits === '') {
      const next = this.runAt(this.skip(end, ['of', 'in']));
      if (next && yearOf(next.digits) !== null && next.digits === next.text) {
        yearDigits = next.digits;
        end = next.endWord;
      }
    }
    const year = yearDigits === '' ? null : yearOf(yearDigits);
    if (yearDigits !== '' && year === null) return null;
    return [day, year, end];
  }

  /** A date starting at word i, or null. */
  read(i: number): FoundDate | null {
    const t = this.ctx.tokens;
    const tok = t[i] ?? '';
    let m = NUMERIC.exec(tok);
    if (m) {
      // month first (US); day first when the first part cannot be a month (15.03.1982)
      const [a, b] = Number(m[1]) > 12 ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
      const v = dateValue(a, b, yearOf(m[3]!));
      return v ? { startWord: i, endWord: i + 1, value: v } : null;
    }
    m = ISO.exec(tok);
    if (m) {
      const v = dateValue(Number(m[2]), Number(m[3]), yearOf(m[1]!));
      return v ? { startWord: i, endWord: i + 1, value: v } : null;
    }
    const month = MONTHS.get(tok);
    if (month) {
      const next = this.runAt(this.skip(i + 1, ['of', 'in']));
      if (next && isYear(next))
        return { startWord: i, endWord: next.endWord, value: `${next.digits}-${pad(month)}` };
      const dy = this.dayYear(this.skip(i + 1, ['the']));
      if (!dy) return null;
      const v = dateValue(month, dy[0], dy[1]);
      return v ? { startWord: i, endWord: dy[2], value: v } : null;
    }
    const run = this.runAt(i);
    if (!run || run.digits !== run.text.replace(/(st|nd|rd|th)$/, '')) return null;
    // day first: "third of march ...", "26 may 1989"
    const j = this.skip(run.endWord, ['of']);
    const dayFirstMonth = MONTHS.get(t[j] ?? '');
    if (dayFirstMonth && run.chunks.length === 1) {
      const day = parseInt(run.text, 10);
      let end = j + 1;
      let year: number | null = null;
      const next = this.runAt(this.skip(end));
      if (next && yearOf(next.digits) !== null && next.digits === next.text) {
        year = yearOf(next.digits);
        end = next.endWord;
      }
      const v = dateValue(dayFirstMonth, day, year);
      // "the" before the day is not part of the value
      return v ? { startWord: i, endWord: end, value: v } : null;
    }
    if (run.digits !== run.text) return null;
    // "born in nineteen eighty four": a year on its own
    if (t[i - 1] === 'in' && isYear(run)) return { startWord: i, endWord: run.endWord, value: run.digits };
    const v = numericDate(run.digits);
    return v ? { startWord: i, endWord: run.endWord, value: v } : null;
  }
}

/** Every date in the call, each read from its first word. */
function findDates(ctx: DetectionContext): FoundDate[] {
  const reader = new DateReader(ctx);
  const out: FoundDate[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (!(MONTHS.has(t) || /\d/.test(t) || ctx.spoken.wordRun[i]! >= 0)) continue;
    const d = reader.read(i);
    if (d) {
      out.push(d);
      i = d.endWord - 1;
    }
  }
  return out;
}

export const dobDetector: Detector = {
  name: NAME,
  entityTypes: ['DATE_OF_BIRTH'],
  detect(ctx) {
    const dates = findDates(ctx);
    const births = new Set<string>();
    const taken = new Set<number>();
    const out: Candidate[] = [];
    for (const d of dates) {
      if (nearestCue(ctx, d.startWord)?.cue !== 'dob') continue;
      births.add(d.value);
      taken.add(d.startWord);
      out.push({ type: 'DATE_OF_BIRTH', ...d, score: 0.9, detector: NAME, reason: 'context:birth' });
    }
    // the same date said again (read-back, confirmation) is the same birth date
    for (const d of dates) {
      if (!births.has(d.value) || taken.has(d.startWord)) continue;
      out.push({ type: 'DATE_OF_BIRTH', ...d, score: 0.85, detector: NAME, reason: 'repeat' });
    }
    return out;
  },
};
