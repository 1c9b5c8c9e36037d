import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Word } from '../types.js';
import { planChunks, stitchChunks, type ChunkWindow } from './stitch.js';

/**
 * What an engine hears in a window: every word that sounds inside it, with times relative to the
 * window start; a word cut by the window edge is heard clipped to the edge.
 */
function hear(words: readonly Word[], w: ChunkWindow, rate: number): Word[] {
  const from = w.startSample / rate;
  const to = w.endSample / rate;
  return words
    .filter((x) => x.end! > from && x.start! < to)
    .map((x) => ({
      ...x,
      start: Math.round((Math.max(x.start!, from) - from) * 1e6) / 1e6,
      end: Math.round((Math.min(x.end!, to) - from) * 1e6) / 1e6,
    }));
}

describe('planChunks', () => {
  it('keeps a call within the limit whole, and a limit of 0 never chunks', () => {
    expect(
      planChunks({ totalSamples: 8000 * 30, sampleRate: 8000, maxSeconds: 30, overlapSeconds: 5 }),
    ).toEqual([{ startSample: 0, endSample: 240_000 }]);
    expect(
      planChunks({ totalSamples: 8000 * 3600, sampleRate: 8000, maxSeconds: 0, overlapSeconds: 5 }),
    ).toHaveLength(1);
  });

  it('cuts overlapping windows of whole samples that cover the call', () => {
    const windows = planChunks({
      totalSamples: 44_100 * 25 + 17,
      sampleRate: 44_100,
      maxSeconds: 10,
      overlapSeconds: 2,
    });
    expect(windows).toEqual([
      { startSample: 0, endSample: 441_000 },
      { startSample: 352_800, endSample: 793_800 },
      { startSample: 705_600, endSample: 1_102_517 },
    ]);
  });
});

describe('stitchChunks', () => {
  it('puts words back at their exact call times, each word once, across chunk edges', () => {
    const rate = 8000;
    // a word every 0.5 s, one of them straddling the first window's end (10 s)
    const words: Word[] = Array.from({ length: 50 }, (_, k) => ({
      text: `w${k}`,
      start: Math.round((k * 0.5 + 0.1) * 1000) / 1000,
      end: Math.round((k * 0.5 + 0.45) * 1000) / 1000,
      speaker: 'A',
    }));
    words[19] = { text: 'straddler', start: 9.8, end: 10.3, speaker: 'A' };
    const windows = planChunks({
      totalSamples: rate * 25,
      sampleRate: rate,
      maxSeconds: 10,
      overlapSeconds: 2,
    });
    expect(windows.length).toBe(3);
    const stitched = stitchChunks(
      windows.map((window) => ({ window, words: hear(words, window, rate) })),
      rate,
    );
    expect(stitched).toEqual(words);
  });

  it('property: any words shorter than a quarter of the overlap come back exactly once at their times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }), // call seconds
        fc.integer({ min: 5, max: 60 }), // chunk seconds
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 50, max: 600 })), {
          minLength: 1,
          maxLength: 80,
        }),
        (seconds, maxSeconds, specs) => {
          const rate = 16_000;
          const overlapSeconds = 4;
          // words in order, not overlapping each other, each at most 0.6 s long (< half the overlap's half)
          let cursor = 0;
          const words: Word[] = [];
          for (const [gap, ms] of specs) {
            const start = Math.round((cursor + gap) * 1000) / 1000;
            const end = Math.round((start + ms / 1000) * 1000) / 1000;
            if (end > seconds) break;
            words.push({ text: `w${words.length}`, start, end });
            cursor = end;
          }
          const windows = planChunks({
            totalSamples: rate * seconds,
            sampleRate: rate,
            maxSeconds,
            overlapSeconds,
          });
          const stitched = stitchChunks(
            windows.map((window) => ({ window, words: hear(words, window, rate) })),
            rate,
          );
          expect(stitched).toEqual(words);
        },
      ),
      { numRuns: 200 },
    );
  });
});
