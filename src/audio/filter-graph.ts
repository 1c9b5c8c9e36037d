/**
 * Filter-graph builder (pure): spans -> the text of a `-filter_complex_script` that bleeps them
 * sample-exactly in one pass, reading `[0:a]` and writing `[out]`.
 *
 * Candidates measured on a 60-minute 16 kHz mono WAV with ffmpeg 5.1 (plain WAV->WAV: 0.35 s):
 * - `volume` with `enable=`: switches per frame, not per sample (DESIGN.md): not exact.
 * - `asegment` at the edges + one filter per span + `concat`: exact, but ffmpeg's scheduler scans
 *   every filter on each activation: 1.4 s at 400 spans, 36 s at 3,100 spans.
 * - one `aeval` with a balanced binary search over the edges, on every sample: exact, 10-13 s.
 * - chosen: `aeval` used with the timeline option `enable=`, so frames that touch no span pass
 *   through without evaluation (~1 s at 400 spans; cost follows the bleeped duration, not the
 *   span count; ffmpeg CPU numbers in bench/audio.ts). Details:
 *   - `asetnsamples` fixes frames at FRAME_SAMPLES, so a frame's extent follows from its start
 *     `t`; `asetpts=round(N/SR/TB)` makes `t` count samples from the first decoded one (plain
 *     N/SR/TB is truncated by setpts: 52223.9999 -> 52223, one sample off).
 *   - frames holding a span edge, a fade, or a channel that stays untouched go through the exact
 *     per-sample expression; frames wholly inside a span on every channel go through a second,
 *     cheap stage (tone/noise without edge tests, or `volume=0` for silence).
 *   - every expression caches the current interval's edges in registers (st/ld) and runs the
 *     binary search only when `t` passes the cached end: O(1) per sample, O(log n) per span.
 *   - comparisons use thresholds half a sample before each edge, so float error in `t` cannot
 *     move an edge by a sample.
 * The fade lies inside the span: original samples are never kept inside a span, and never
 * touched outside one. aeval works in double precision, which holds every 16/24-bit and float
 * sample exactly, so passed-through samples come back bit-identical.
 */
import { AudioError } from '../errors.js';
import type { Span } from '../types.js';
import { DEFAULT_BLEEP } from './defaults.js';
import type { AudioInfo, BleepOptions } from './types.js';

/** samples per frame: 1024 beat 256/512 (per-frame overhead) and 2048 (more samples in edge frames) */
export const FRAME_SAMPLES = 1024;

/** half-open sample interval [start, end) */
export interface Interval {
  start: number;
  end: number;
}

const NEVER = '1e12';

export function totalSamples(info: Pick<AudioInfo, 'samples' | 'duration' | 'sampleRate'>): number {
  return info.samples ?? Math.round(info.duration * info.sampleRate);
}

/**
 * Spans -> merged sample intervals per channel: [floor(start * rate), ceil(end * rate)). The PCM
 * fast path (pcm-bleep.ts) uses the same function, so both engines replace the same samples.
 */
export function toIntervals(spans: readonly Span[], info: AudioInfo): Interval[][] {
  const total = totalSamples(info);
  const perChannel: Interval[][] = Array.from({ length: info.channels }, () => []);
  spans.forEach((span, index) => {
    const valid =
      Number.isFinite(span.start) &&
      Number.isFinite(span.end) &&
      span.start >= 0 &&
      span.start < span.end &&
      span.end <= info.duration + 1 / info.sampleRate;
    if (!valid) {
      throw new AudioError(`span ${index} is outside the audio (0-${info.duration.toFixed(3)} s) or empty`, {
        details: { span: index, start: span.start, end: span.end },
      });
    }
    if (span.channel !== undefined && !(Number.isInteger(span.channel) && span.channel < info.channels)) {
      throw new AudioError(`span ${index} is on channel ${span.channel}; the audio has ${info.channels}`);
    }
    const interval = {
      start: Math.floor(span.start * info.sampleRate),
      end: Math.min(total, Math.ceil(span.end * info.sampleRate)),
    };
    for (let c = 0; c < info.channels; c++) {
      if (span.channel === undefined || span.channel === c) perChannel[c]!.push(interval);
    }
  });
  return perChannel.map(merge);
}

function merge(intervals: readonly Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const iv of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else if (iv.end > iv.start) merged.push({ ...iv });
  }
  return merged;
}

/**
 * Expression that, when `t` passed the cached end ld(0), finds the first interval ending after
 * `t` (balanced binary search) and stores its start threshold in ld(1) and end threshold in ld(0).
 */
function cacheNextInterval(
  intervals: readonly Interval[],
  startOf: (iv: Interval) => number,
  sr: number,
): string {
  const thr = (sample: number): string => String((sample - 0.5) / sr);
  const search = (lo: number, hi: number): string => {
    if (lo === hi) {
      const iv = intervals[lo];
      return iv ? `st(1,${thr(startOf(iv))});st(0,${thr(iv.end)})` : `st(1,${NEVER});st(0,${NEVER})`;
    }
    const mid = (lo + hi) >> 1;
    return `if(lt(t,${thr(intervals[mid]!.end)}),${search(lo, mid)},${search(mid + 1, hi)})`;
  };
  return `if(gte(t,ld(0)),${search(0, intervals.length)},0)`;
}

function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const iv of a) {
    let start = iv.start;
    while (j < b.length && b[j]!.end <= start) j++;
    for (let k = j; k < b.length && b[k]!.start < iv.end; k++) {
      if (b[k]!.start > start) out.push({ start, end: b[k]!.start });
      start = Math.max(start, b[k]!.end);
    }
    if (start < iv.end) out.push({ start, end: iv.end });
  }
  return out;
}

/** Frames (as sample ranges on the frame grid) that contain any sample of the intervals. */
function touchedFrames(intervals: readonly Interval[]): Interval[] {
  const k = FRAME_SAMPLES;
  return merge(
    intervals.map((iv) => ({ start: Math.floor(iv.start / k) * k, end: Math.ceil(iv.end / k) * k })),
  );
}

/** Frames lying entirely inside an interval, `margin` samples away from its edges. */
function innerFrames(intervals: readonly Interval[], margin: number): Interval[] {
  const k = FRAME_SAMPLES;
  return merge(
    intervals.map((iv) => ({
      start: Math.ceil((iv.start + margin) / k) * k,
      end: Math.floor((iv.end - margin) / k) * k,
    })),
  );
}

/** Timeline expression: true for frames whose start lies in one of the ranges. */
function frameEnable(frames: readonly Interval[], sr: number): string {
  return `${cacheNextInterval(frames, (iv) => iv.start, sr)};gte(t,ld(1))`;
}

function bleepExpression(bleep: BleepOptions, withEnvelope: boolean): string {
  const amplitude = String(10 ** (bleep.levelDb / 20));
  const envelope =
    withEnvelope && bleep.fade > 0 ? `*min(1,min(t-ld(1),ld(0)-t)*${String(1 / bleep.fade)})` : '';
  const frequency = bleep.frequency ?? DEFAULT_BLEEP.frequency ?? 1000;
  switch (bleep.kind) {
    case 'silence':
      return '0';
    case 'tone':
      return `${amplitude}*sin(${String(2 * Math.PI * frequency)}*t)${envelope}`;
    case 'noise':
      // random(2) keeps its state in register 2: deterministic, so reruns give identical bytes
      return `${amplitude}*(2*random(2)-1)${envelope}`;
  }
}

/**
 * Samples the graph evaluates per sample: in edge frames (the exact expression) and inner frames
 * (the bleep alone), as buildFilterGraph splits them. redact.ts picks the engine from it.
 */
export function graphWorkload(
  spans: readonly Span[],
  info: AudioInfo,
  bleep: BleepOptions,
): { edgeSamples: number; innerSamples: number } {
  const perChannel = toIntervals(spans, info);
  const touched = touchedFrames(perChannel.flat());
  const fadeSamples = Math.ceil(bleep.fade * info.sampleRate);
  const inner =
    touched.length === 0
      ? []
      : perChannel
          .map((intervals) => innerFrames(intervals, fadeSamples))
          .reduce((acc, frames) => intersect(acc, frames));
  const size = (list: readonly Interval[]): number => list.reduce((sum, iv) => sum + iv.end - iv.start, 0);
  const innerSamples = size(inner);
  return { edgeSamples: size(touched) - innerSamples, innerSamples };
}

export interface GraphOptions {
  /** aeval supports `enable=` (see FfmpegTools.aevalTimeline); default true */
  timeline?: boolean;
}

export function buildFilterGraph(
  spans: readonly Span[],
  info: AudioInfo,
  bleep: BleepOptions,
  options: GraphOptions = {},
): string {
  const sr = info.sampleRate;
  const perChannel = toIntervals(spans, info);
  const restoreFormat = info.sampleFormat ? `,aformat=sample_fmts=${info.sampleFormat}` : '';
  const touched = touchedFrames(perChannel.flat());
  if (touched.length === 0) return `[0:a]anull[out]`;

  // Frames inside a span (past its fade) on every channel get the bleep without per-sample
  // edge tests; frames holding an edge, a fade or an unbleeped channel get the exact expression.
  const fadeSamples = Math.ceil(bleep.fade * sr);
  const inner = perChannel
    .map((intervals) => innerFrames(intervals, fadeSamples))
    .reduce((acc, frames) => intersect(acc, frames));
  const edge = subtract(touched, inner);

  const exact = bleepExpression(bleep, true);
  const exactExprs = perChannel.map((intervals, c) =>
    intervals.length === 0
      ? `val(${c})`
      : `${cacheNextInterval(intervals, (iv) => iv.start, sr)};if(gte(t,ld(1)),${exact},val(${c}))`,
  );
  if (options.timeline === false) {
    // old ffmpeg: no frame skipping, the exact expression runs on every sample
    return `[0:a]asetpts='round(N/SR/TB)',aeval='c=same:exprs=${exactExprs.join('|')}'${restoreFormat}[out]`;
  }

  const stages = [`asetnsamples=n=${FRAME_SAMPLES}:p=0`, `asetpts='round(N/SR/TB)'`];
  if (edge.length > 0) {
    stages.push(`aeval='c=same:exprs=${exactExprs.join('|')}:enable=${frameEnable(edge, sr)}'`);
  }
  if (inner.length > 0) {
    const enable = frameEnable(inner, sr);
    const plain = bleepExpression(bleep, false);
    stages.push(
      bleep.kind === 'silence'
        ? `volume='volume=0:enable=${enable}'`
        : `aeval='c=same:exprs=${perChannel.map(() => plain).join('|')}:enable=${enable}'`,
    );
  }
  return `[0:a]${stages.join(',')}${restoreFormat}[out]`;
}
