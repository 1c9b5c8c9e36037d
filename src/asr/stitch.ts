/**
 * Long calls for engines with a length limit: the call is cut into overlapping windows, each
 * transcribed on its own, and the words put back on the call's time line. Windows are whole
 * sample counts of the call's own rate, so a chunk's offset is exact (start sample / rate) and a
 * word's call time is its chunk time plus that offset.
 *
 * Stitching: two neighbouring chunks both hear the overlap; each word is kept from exactly one of
 * them, cut at the middle of the overlap by the word's midpoint. A word cut in half at a chunk's
 * edge has its midpoint near that edge, far from the middle, so the whole copy from the other
 * chunk is the one kept (the overlap must be longer than twice a word, as the 5 s default is).
 */
import type { Word } from '../types.js';

export interface ChunkWindow {
  /** first sample (inclusive) and last (exclusive), at the call's sample rate */
  startSample: number;
  endSample: number;
}

export interface ChunkPlanOptions {
  totalSamples: number;
  sampleRate: number;
  /** longest chunk, seconds; 0 = one chunk */
  maxSeconds: number;
  overlapSeconds: number;
}

export function planChunks(o: ChunkPlanOptions): ChunkWindow[] {
  const max = Math.floor(o.maxSeconds * o.sampleRate);
  if (max <= 0 || o.totalSamples <= max) return [{ startSample: 0, endSample: o.totalSamples }];
  const overlap = Math.min(Math.floor(o.overlapSeconds * o.sampleRate), Math.floor(max / 2));
  const step = max - overlap;
  const windows: ChunkWindow[] = [];
  for (let start = 0; ; start += step) {
    const end = Math.min(start + max, o.totalSamples);
    windows.push({ startSample: start, endSample: end });
    if (end >= o.totalSamples) return windows;
  }
}

export interface TranscribedChunk {
  window: ChunkWindow;
  /** times in seconds from the start of the chunk */
  words: readonly Word[];
}

/** Shifted times keep the engine's precision without float noise (0.1 + 600 -> 600.1, not 600.0999...). */
const shift = (t: number | undefined, offset: number): number | undefined =>
  t === undefined ? undefined : Math.round((t + offset) * 1e6) / 1e6;

export function stitchChunks(chunks: readonly TranscribedChunk[], sampleRate: number): Word[] {
  const out: Word[] = [];
  chunks.forEach((chunk, i) => {
    const offset = chunk.window.startSample / sampleRate;
    const prev = chunks[i - 1];
    const next = chunks[i + 1];
    // keep words whose midpoint lies in [from, to): the middles of the overlaps with the neighbours
    const from = prev ? (chunk.window.startSample + prev.window.endSample) / 2 / sampleRate : -Infinity;
    const to = next ? (next.window.startSample + chunk.window.endSample) / 2 / sampleRate : Infinity;
    for (const word of chunk.words) {
      const start = shift(word.start, offset);
      const end = shift(word.end, offset);
      const mid = midpoint(start, end);
      if (mid === undefined || mid < from || mid >= to) continue; // engines give times (transcriber.ts checks)
      const shifted: Word = { ...word };
      if (start !== undefined) shifted.start = start;
      if (end !== undefined) shifted.end = end;
      out.push(shifted);
    }
  });
  return out;
}

function midpoint(start: number | undefined, end: number | undefined): number | undefined {
  if (start !== undefined && end !== undefined) return (start + end) / 2;
  return start ?? end;
}
