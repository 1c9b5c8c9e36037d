import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AudioError } from '../errors.js';
import type { Span } from '../types.js';
import { DEFAULT_BLEEP } from './defaults.js';
import { buildFilterGraph, FRAME_SAMPLES, graphWorkload } from './filter-graph.js';
import type { AudioInfo, BleepOptions } from './types.js';

/**
 * A small evaluator for the subset of ffmpeg's expression language the builder emits, so the
 * graph's sample-level behaviour can be checked without ffmpeg (the integration tests run the
 * same graphs through real ffmpeg).
 */
type Node = (env: Env) => number;
interface Env {
  t: number;
  regs: number[];
  val: (channel: number) => number;
}

function compile(source: string): Node {
  const tokens = source.match(/\d+\.?\d*(?:e[-+]?\d+)?|[a-z_]+|[-+*/(),;]/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const take = (expected?: string): string => {
    const token = tokens[pos++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(`expected ${expected} at token ${pos}`);
    }
    return token;
  };
  const sequence = (): Node => {
    const parts = [sum()];
    while (peek() === ';') {
      take(';');
      parts.push(sum());
    }
    return (env) => parts.reduce((_, part) => part(env), 0);
  };
  const sum = (): Node => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const l = left;
      const r = product();
      left = op === '+' ? (env) => l(env) + r(env) : (env) => l(env) - r(env);
    }
    return left;
  };
  const product = (): Node => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const l = left;
      const r = unary();
      left = op === '*' ? (env) => l(env) * r(env) : (env) => l(env) / r(env);
    }
    return left;
  };
  const unary = (): Node => {
    if (peek() !== '-') return primary();
    take('-');
    const inner = primary();
    return (env) => -inner(env);
  };
  const primary = (): Node => {
    const token = take();
    if (token === '(') {
      const inner = sequence();
      take(')');
      return inner;
    }
    if (/^\d/.test(token)) {
      const value = Number(token);
      return () => value;
    }
    if (token === 't') return (env) => env.t;
    take('(');
    const args = [sequence()];
    while (peek() === ',') {
      take(',');
      args.push(sequence());
    }
    take(')');
    const [a, b, c] = args as [Node, Node, Node];
    const fns: Record<string, Node> = {
      if: (env) => (a(env) !== 0 ? b(env) : c(env)),
      lt: (env) => Number(a(env) < b(env)),
      gte: (env) => Number(a(env) >= b(env)),
      min: (env) => Math.min(a(env), b(env)),
      sin: (env) => Math.sin(a(env)),
      st: (env) => (env.regs[a(env)] = b(env)),
      ld: (env) => env.regs[a(env)] ?? 0,
      val: (env) => env.val(a(env)),
    };
    const fn = fns[token];
    if (!fn) throw new Error(`unsupported function ${token}`);
    return fn;
  };
  const node = sequence();
  if (pos !== tokens.length) throw new Error(`trailing tokens at ${pos}`);
  return node;
}

type TestInfo = AudioInfo & { total: number };

const ORIGINAL = 7; // marker value of untouched samples in the simulation

interface Stage {
  /** per-channel expressions; undefined = volume=0 */
  exprs?: Node[];
  enable: Node;
  env: Env;
  channelEnvs: Env[];
}

/** The timeline filters of a graph, in order: aeval (per-sample expressions) or volume=0. */
function stagesOf(graph: string): Stage[] {
  return [...graph.matchAll(/(aeval|volume)='([^']*)'/g)].map(([, filter, args]) => {
    const options = Object.fromEntries(
      args!.split(':').map((kv) => kv.split(/=(.*)/s, 2) as [string, string]),
    );
    const exprs = filter === 'aeval' ? options.exprs!.split('|').map(compile) : undefined;
    return {
      exprs,
      enable: options.enable === undefined ? () => 1 : compile(options.enable),
      env: { t: 0, regs: [], val: () => 0 },
      channelEnvs: (exprs ?? []).map(() => ({ t: 0, regs: [], val: () => 0 })),
    };
  });
}

/** Simulates the graph on `total` samples: per channel, true where the sample was replaced. */
function simulate(graph: string, info: TestInfo): boolean[][] {
  const values = Array.from({ length: info.channels }, () => new Array<number>(info.total).fill(ORIGINAL));
  const stages = stagesOf(graph);
  for (let frame = 0; frame * FRAME_SAMPLES < info.total; frame++) {
    const first = frame * FRAME_SAMPLES;
    const last = Math.min(info.total, first + FRAME_SAMPLES);
    for (const stage of stages) {
      stage.env.t = first / info.sampleRate;
      if (stage.enable(stage.env) === 0) continue;
      for (let s = first; s < last; s++) {
        const inputs = values.map((row) => row[s]!);
        for (let c = 0; c < info.channels; c++) {
          const expr = stage.exprs?.[c];
          if (!expr) {
            values[c]![s] = 0;
            continue;
          }
          const env = stage.channelEnvs[c]!;
          env.t = s / info.sampleRate;
          env.val = (ch) => inputs[ch]!;
          values[c]![s] = expr(env);
        }
      }
    }
  }
  return values.map((row) => row.map((v) => v !== ORIGINAL));
}

const audio = (seconds: number, sampleRate = 8000, channels = 1): TestInfo => ({
  duration: seconds,
  sampleRate,
  channels,
  codec: 'pcm_s16le',
  container: 'wav',
  sampleFormat: 's16',
  samples: seconds * sampleRate,
  total: seconds * sampleRate,
});

function expected(spans: readonly Span[], info: TestInfo): boolean[][] {
  return Array.from({ length: info.channels }, (_, c) => {
    const row = new Array<boolean>(info.total).fill(false);
    for (const span of spans) {
      if (span.channel !== undefined && span.channel !== c) continue;
      const end = Math.min(info.total, Math.ceil(span.end * info.sampleRate));
      for (let s = Math.floor(span.start * info.sampleRate); s < end; s++) row[s] = true;
    }
    return row;
  });
}

// silence replaces with 0, which differs from the ORIGINAL marker everywhere inside a span
const silence: BleepOptions = { ...DEFAULT_BLEEP, kind: 'silence' };

describe('buildFilterGraph', () => {
  it('passes audio through unchanged when there is nothing to bleep', () => {
    expect(buildFilterGraph([], audio(2), DEFAULT_BLEEP)).toBe('[0:a]anull[out]');
  });

  it('replaces exactly the samples of each span, including spans starting mid-frame', () => {
    const info = audio(3);
    const spans: Span[] = [
      { start: 0, end: 0.0001 },
      { start: 0.3333, end: 0.9 },
      { start: 1.0, end: 1.001 },
      { start: 1.2, end: 1.25 },
      { start: 2.999, end: 3 },
    ];
    for (const bleep of [silence, DEFAULT_BLEEP]) {
      const graph = buildFilterGraph(spans, info, bleep);
      expect(simulate(graph, info)).toEqual(expected(spans, info));
    }
    // the long span has whole frames inside it: they take the cheap path
    expect(stagesOf(buildFilterGraph(spans, info, DEFAULT_BLEEP))).toHaveLength(2);
  });

  it('without timeline support (old ffmpeg) evaluates every sample, with the same result', () => {
    const info = audio(2, 8000, 2);
    const spans: Span[] = [
      { start: 0.3333, end: 0.9, channel: 1 },
      { start: 1.2, end: 1.25 },
    ];
    const graph = buildFilterGraph(spans, info, DEFAULT_BLEEP, { timeline: false });
    expect(graph).not.toContain('enable=');
    expect(simulate(graph, info)).toEqual(expected(spans, info));
  });

  it('keeps other channels untouched for per-channel spans', () => {
    const info = audio(2, 8000, 2);
    const spans: Span[] = [
      { start: 0.2, end: 0.7, channel: 1 },
      { start: 0.5, end: 0.9, channel: 0 },
      { start: 1.5, end: 1.6 },
    ];
    const graph = buildFilterGraph(spans, info, silence);
    expect(simulate(graph, info)).toEqual(expected(spans, info));
  });

  it('uses a channel expression that returns the input for a channel without spans', () => {
    const graph = buildFilterGraph([{ start: 0.2, end: 0.7, channel: 1 }], audio(1, 8000, 2), silence);
    expect(graph).toContain('exprs=val(0)|');
  });

  it.each([
    ['silence', silence],
    ['tone', DEFAULT_BLEEP],
  ] as const)('property (%s): replaced samples are exactly the union of the spans', (_, bleep) => {
    const info = audio(2, 8000, 2);
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(
              fc.integer({ min: 0, max: 15999 }),
              fc.integer({ min: 1, max: 6000 }),
              fc.constantFrom(0, 1, undefined, undefined),
            )
            .map(([s, len, channel]): Span => {
              const span: Span = { start: s / 8000, end: Math.min(16000, s + len) / 8000 };
              return channel === undefined ? span : { ...span, channel };
            }),
          { maxLength: 20 },
        ),
        (spans) => {
          expect(simulate(buildFilterGraph(spans, info, bleep), info)).toEqual(expected(spans, info));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('fades the tone in and out inside the span, at the requested level', () => {
    const info = audio(1);
    const graph = buildFilterGraph([{ start: 0.25, end: 0.75 }], info, {
      ...DEFAULT_BLEEP,
      levelDb: -6,
      fade: 0.01,
    });
    const stage = stagesOf(graph)[0]!;
    const expr = stage.exprs![0]!;
    const env = stage.channelEnvs[0]!;
    const at = (seconds: number): number => {
      env.t = seconds;
      return expr(env);
    };
    const peak = Math.max(...Array.from({ length: 400 }, (_, i) => Math.abs(at(0.3 + i / 8000))));
    expect(peak).toBeCloseTo(10 ** (-6 / 20), 2);
    expect(Math.abs(at(0.25))).toBeLessThan(0.01);
    expect(Math.abs(at(0.7499))).toBeLessThan(0.01 * 10 ** (-6 / 20));
  });

  it('rejects spans outside the audio or on a missing channel', () => {
    const info = audio(2);
    expect(() => buildFilterGraph([{ start: 1.5, end: 2.5 }], info, silence)).toThrow(AudioError);
    expect(() => buildFilterGraph([{ start: -0.1, end: 0.5 }], info, silence)).toThrow(AudioError);
    expect(() => buildFilterGraph([{ start: 0.5, end: 0.5 }], info, silence)).toThrow(AudioError);
    expect(() => buildFilterGraph([{ start: 0.1, end: 0.5, channel: 1 }], info, silence)).toThrow(AudioError);
  });

  it('builds a balanced search: 4,000 spans stay shallow', () => {
    const info = audio(3600, 16000);
    const spans = Array.from({ length: 4000 }, (_, i): Span => ({ start: i * 0.9, end: i * 0.9 + 0.5 }));
    const graph = buildFilterGraph(spans, info, DEFAULT_BLEEP);
    let depth = 0;
    let max = 0;
    for (const ch of graph) {
      if (ch === '(') max = Math.max(max, ++depth);
      else if (ch === ')') depth--;
    }
    expect(max).toBeLessThan(40);
  });
});

describe('graphWorkload', () => {
  it('counts the samples of edge frames and of inner frames as the graph splits them', () => {
    const info = audio(10, 16000);
    const k = FRAME_SAMPLES;
    // frames 2..9 touched; the 5 ms fade (80 samples) keeps frames 2 and 9 exact: 3..8 are inner
    const span: Span = { start: (2 * k + 10) / 16000, end: (9 * k + 500) / 16000 };
    expect(graphWorkload([span], info, DEFAULT_BLEEP)).toEqual({ edgeSamples: 2 * k, innerSamples: 6 * k });
    expect(graphWorkload([], info, DEFAULT_BLEEP)).toEqual({ edgeSamples: 0, innerSamples: 0 });
    // a span inside one frame: all edge
    const short: Span = { start: (4 * k + 100) / 16000, end: (4 * k + 900) / 16000 };
    expect(graphWorkload([short], info, DEFAULT_BLEEP)).toEqual({ edgeSamples: k, innerSamples: 0 });
  });
});
