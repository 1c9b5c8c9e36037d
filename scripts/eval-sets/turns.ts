/**
 * Frames of our own mark a change of speaker with `|`: a framed text becomes one segment per turn,
 * each with the labels and hard negatives that lie inside it, made relative to the turn.
 */
import type { LabelSpan, NegativeSpan, Segment } from './types.js';

export function splitTurns(framed: {
  text: string;
  labels: LabelSpan[];
  negatives: NegativeSpan[];
}): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  for (const turn of framed.text.split('|')) {
    const start = offset;
    const end = offset + turn.length;
    offset = end + 1;
    const inTurn = <T extends { start: number; end: number }>(s: T): boolean =>
      s.start >= start && s.end <= end;
    const shift = <T extends { start: number; end: number }>(s: T): T => ({
      ...s,
      start: s.start - start,
      end: s.end - start,
    });
    segments.push({
      text: turn,
      labels: framed.labels.filter(inTurn).map(shift),
      negatives: framed.negatives.filter(inTurn).map(shift),
    });
  }
  return segments;
}
