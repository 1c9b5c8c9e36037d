import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AudioError } from '../errors.js';
import type { Entity, Word } from '../types.js';
import { DEFAULT_SPAN_PLAN } from './defaults.js';
import { END_TOLERANCE, planSpans } from './plan.js';
import type { AudioInfo } from './types.js';

const info = (duration: number, channels = 1): AudioInfo => ({
  duration,
  sampleRate: 16000,
  channels,
  codec: 'pcm_s16le',
  container: 'wav',
});

const entity = (startWord: number, endWord: number): Entity => ({
  type: 'PHONE_NUMBER',
  startWord,
  endWord,
  score: 1,
  detector: 'test',
  value: 'x',
});

/** words of 0.4 s with 0.1 s gaps: word i spans [0.5 i, 0.5 i + 0.4] */
const words = (n: number, channel?: (i: number) => number): Word[] =>
  Array.from({ length: n }, (_, i) => ({
    text: `w${i}`,
    start: i * 0.5,
    end: i * 0.5 + 0.4,
    ...(channel ? { channel: channel(i) } : {}),
  }));

const plan = { ...DEFAULT_SPAN_PLAN, padding: 0.1 };

describe('planSpans', () => {
  it('pads the first start and last end of each entity', () => {
    const spans = planSpans(words(10), [entity(2, 4)], info(10), plan);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.start).toBeCloseTo(0.9, 9);
    expect(spans[0]!.end).toBeCloseTo(2.0, 9);
    expect(spans[0]!.channel).toBeUndefined();
  });

  it('clamps to the audio', () => {
    const spans = planSpans(words(4), [entity(0, 1), entity(3, 4)], info(1.85), { ...plan, padding: 0.3 });
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, expect.closeTo(0.7, 9)],
      [expect.closeTo(1.2, 9), 1.85],
    ]);
  });

  it('merges spans that overlap or are closer than mergeGap, keeps others apart', () => {
    // padded: [0.9,1.5] [1.4,2.0] overlap; [3.4,4.0] is 1.4 s after
    const ws = words(10);
    expect(planSpans(ws, [entity(2, 3), entity(3, 4), entity(7, 8)], info(10), plan)).toHaveLength(2);
    expect(planSpans(ws, [entity(2, 3), entity(7, 8)], info(10), { ...plan, mergeGap: 2 })).toHaveLength(1);
    expect(planSpans(ws, [entity(2, 3), entity(7, 8)], info(10), { ...plan, mergeGap: 1 })).toHaveLength(2);
  });

  it('puts spans on the speaker channel with perChannel, on all channels with mirrorChannels', () => {
    const ws = words(10, (i) => i % 2);
    const entities = [entity(2, 3), entity(3, 4)];
    const per = planSpans(ws, entities, info(10, 2), { ...plan, perChannel: true });
    expect(per.map((s) => s.channel)).toEqual([0, 1]);
    const mirrored = planSpans(ws, entities, info(10, 2), {
      ...plan,
      perChannel: true,
      mirrorChannels: true,
    });
    expect(mirrored).toHaveLength(1);
    expect(mirrored[0]!.channel).toBeUndefined();
    // mixed channels inside one entity: every channel
    const mixed = planSpans(ws, [entity(2, 4)], info(10, 2), { ...plan, perChannel: true });
    expect(mixed[0]!.channel).toBeUndefined();
  });

  it('rejects a word channel the audio does not have', () => {
    expect(() =>
      planSpans(
        words(4, () => 3),
        [entity(0, 1)],
        info(10, 2),
        { ...plan, perChannel: true },
      ),
    ).toThrow(AudioError);
  });

  it('rejects a transcript that runs past the end of the audio (another file)', () => {
    const ws = words(10); // last word ends at 4.9
    expect(() => planSpans(ws, [], info(4.9 - END_TOLERANCE - 0.01), plan)).toThrow(
      /after the end of the audio/,
    );
    expect(planSpans(ws, [entity(9, 10)], info(4.9 - END_TOLERANCE + 0.01), plan)).toHaveLength(1);
  });

  it('rejects missing timings', () => {
    const untimed: Word[] = [{ text: 'a' }, { text: 'b' }];
    expect(() => planSpans(untimed, [], info(10), plan)).toThrow(/no word timings/);
    const partly: Word[] = [{ text: 'a', start: 0, end: 0.4 }, { text: 'b' }];
    expect(() => planSpans(partly, [entity(1, 2)], info(10), plan)).toThrow(AudioError);
  });

  it('property: spans lie in the audio, are disjoint and cover every entity word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(39), fc.integer({ min: 1, max: 3 })), { maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ranges, padding, mergeGap) => {
          const ws = words(40);
          const entities = ranges.map(([s, len]) => entity(s, Math.min(40, s + len)));
          const spans = planSpans(ws, entities, info(20), { ...plan, padding, mergeGap });
          for (const [i, s] of spans.entries()) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(20);
            if (i > 0) expect(s.start).toBeGreaterThan(spans[i - 1]!.end + mergeGap);
          }
          for (const e of entities) {
            for (const w of ws.slice(e.startWord, e.endWord)) {
              const from = Math.max(0, w.start! - padding) + 1e-9;
              const to = Math.min(20, w.end! + padding) - 1e-9;
              expect(spans.some((s) => s.start <= from && s.end >= to)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
