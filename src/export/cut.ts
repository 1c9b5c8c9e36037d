/**
 * Cut arithmetic (pure), in sample frames of the audio the clips are sliced from. A cut never
 * splits a bleep: a boundary that falls strictly inside a bleeped interval moves outward to its
 * edge, so a clip carries each bleep it touches whole. Bleep intervals are the report's spans as
 * the audio engines apply them: [floor(start * rate), ceil(end * rate)), merged, every channel
 * (a mono mix carries a one-channel bleep too).
 */
import type { Span, Word } from '../types.js';

/** half-open frame range [start, end) */
export interface FrameRange {
  start: number;
  end: number;
}

export function bleepIntervals(spans: readonly Span[], rate: number, frames: number): FrameRange[] {
  const sorted = spans
    .map((s) => ({ start: Math.floor(s.start * rate), end: Math.min(frames, Math.ceil(s.end * rate)) }))
    .filter((iv) => iv.end > iv.start)
    .sort((a, b) => a.start - b.start);
  const merged: FrameRange[] = [];
  for (const iv of sorted) {
    const last = merged.at(-1);
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else merged.push({ ...iv });
  }
  return merged;
}

/** [start, end) seconds -> frames (start floored, end ceiled), clamped to the audio */
export function toFrames(start: number, end: number, rate: number, frames: number): FrameRange {
  return {
    start: Math.max(0, Math.min(frames, Math.floor(start * rate))),
    end: Math.max(0, Math.min(frames, Math.ceil(end * rate))),
  };
}

/** The range, widened so neither boundary lies strictly inside a bleep interval. */
export function coverBleeps(range: FrameRange, intervals: readonly FrameRange[]): FrameRange {
  let { start, end } = range;
  // intervals are merged and sorted, so one pass per boundary suffices
  for (const iv of intervals) {
    if (iv.start < start && start < iv.end) start = iv.start;
    if (iv.start < end && end < iv.end) end = iv.end;
  }
  return { start, end };
}

/** The interval that `frame` lies strictly inside (a cut there would split it), if any. */
export function splitBleep(frame: number, intervals: readonly FrameRange[]): FrameRange | undefined {
  return intervals.find((iv) => iv.start < frame && frame < iv.end);
}

/** Seconds range widened so no timed word straddles a boundary (a clip never cuts a word). */
export function coverWords(
  start: number,
  end: number,
  words: readonly Word[],
): { start: number; end: number } {
  let a = start;
  let b = end;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of words) {
      if (w.start === undefined || w.end === undefined) continue;
      if (w.start < a && a < w.end) {
        a = w.start;
        changed = true;
      }
      if (w.start < b && b < w.end) {
        b = w.end;
        changed = true;
      }
    }
  }
  return { start: a, end: b };
}

/** Words wholly inside [start, end] seconds (a word's time is its sound). */
export function wordsWithin<W extends Word>(words: readonly W[], start: number, end: number): W[] {
  const eps = 1e-9;
  return words.filter(
    (w) => w.start !== undefined && w.end !== undefined && w.start >= start - eps && w.end <= end + eps,
  );
}
