/**
 * Turning schema violations and impossible word timings into TranscriptErrors that name the
 * source, the JSON path and (when cheap) the line. Messages never quote input values.
 */
import type { z } from 'zod';
import { TranscriptError } from '../../errors.js';
import type { Word } from '../../types.js';
import { explainIssues, formatPath } from '../../schema-issues.js';
import { type JsonPath, lineOfPath } from './json.js';

/** Starts may go backwards this much (seconds) within a channel before the input is refused. */
export const BACKWARDS_TOLERANCE_S = 0.5;

export function transcriptError(
  source: string,
  path: JsonPath | string | undefined,
  problem: string,
  line?: number,
): TranscriptError {
  const where = path === undefined ? '' : typeof path === 'string' ? path : formatPath(path);
  const message = `${source}: ${where ? `${where}: ` : ''}${problem}${line ? ` (line ${line})` : ''}`;
  const details: Record<string, unknown> = { source };
  if (where) details.path = where;
  if (line) details.line = line;
  return new TranscriptError(message, { details });
}

/** Validates `value` against `schema` or throws a TranscriptError for the first issue. */
export function validateSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  raw: string,
  source: string,
  basePath: JsonPath = [],
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = explainIssues(result.error.issues, basePath);
  const path = issue?.path ?? basePath;
  throw transcriptError(source, path, issue?.problem ?? 'is invalid', lineOfPath(raw, path));
}

/** Seconds from a vendor time string like "12.340"; NaN when it is not a plain decimal. */
export function secondsFromString(s: string): number {
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * Checks the timeline of canonical words: times finite and non-negative, end >= start, and starts
 * not going backwards by more than BACKWARDS_TOLERANCE_S within a channel. Words without times
 * are skipped. `pathOf(i)` names the vendor field of word i; `lineOf` finds its line (optional).
 */
export function checkTimeline(
  words: readonly Word[],
  source: string,
  pathOf: (i: number) => JsonPath | string,
  lineOf?: (path: JsonPath | string, word: number) => number | undefined,
): void {
  if (words.length === 0) throw transcriptError(source, undefined, 'the transcript has no words');
  const lastStart = new Map<number | undefined, number>();
  const fail = (i: number, problem: string): never => {
    const path = pathOf(i);
    throw transcriptError(source, path, `word ${i}: ${problem}`, lineOf?.(path, i));
  };
  // audio redaction needs a time for every word: untimed words among timed ones are refused
  const timed = words.some((w) => w.start !== undefined || w.end !== undefined);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const { start, end } = w;
    if (start === undefined && end === undefined) {
      if (timed) fail(i, 'has no times while other words do');
      continue;
    }
    if (start === undefined || end === undefined) fail(i, 'has a start or an end time but not both');
    if (!Number.isFinite(start) || !Number.isFinite(end)) fail(i, 'time is not a finite number');
    if (start! < 0 || end! < 0) fail(i, 'time is negative');
    if (end! < start!) fail(i, 'ends before it starts');
    const prev = lastStart.get(w.channel);
    if (prev !== undefined && start! < prev - BACKWARDS_TOLERANCE_S) {
      fail(i, `starts ${(prev - start!).toFixed(3)} s before the previous word of its channel`);
    }
    if (prev === undefined || start! > prev) lastStart.set(w.channel, start!);
  }
}

/** Wraps an adapter's parse so nothing but TranscriptError escapes (stack overflow, bugs...). */
export function guardParse<T>(source: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof TranscriptError) throw err;
    throw new TranscriptError(`${source}: the transcript could not be read`, {
      cause: err,
      details: { source },
    });
  }
}
