/**
 * Detection speed and memory, on one core:
 *   npm run bench:detect [-- [--runs N] [--warmup W] [--gc-between-runs] [calls.jsonl ...]]
 *
 * 1. machine: cores and load average (numbers measured on a loaded machine are flagged);
 * 2. startup: loading the detection modules and their lexicons (time, heap after GC, RSS), kept
 *    apart from the per-call numbers;
 * 3. a labelled call set (default: the held-out set test/fixtures/holdout/holdout.jsonl; any JSONL
 *    of calls with `words`): words/s per phase (parse of the canonical JSON, spoken view, tokens,
 *    each detector, propagation, seeds and overlaps) and in all, median of N runs, by wall clock
 *    and by the process's CPU time (what one core does, even when other work shares the machine;
 *    on a busy machine even CPU time swings between runs: the best run shows the cost without
 *    interference, the median what the machine gave). The runs follow W warm-up passes over the
 *    set (`--warmup W`, default 10): V8 compiles the detectors over the first ~10 passes of a process,
 *    on background threads that count as the process's CPU, so early passes measure the compiler
 *    as much as detection. A worker detects call after call in one process (the steady rate is
 *    its throughput); the first pass of a fresh process (what a one-off CLI run pays) is printed
 *    too, as "cold";
 * 4. generated calls of 10,000 / 50,000 / 100,000 words, the same way after one warm-up pass (the
 *    detectors are compiled by then);
 * 5. memory: heap after a forced GC and RSS after each run on 100,000 words (must not grow), and
 *    the process's peak RSS (getrusage maxRSS, so short peaks between samples count too).
 *
 * Run with node --expose-gc (the npm script does); without it heap numbers are not after GC. The
 * timed runs are not preceded by a forced collection (`--gc-between-runs` restores that reading:
 * the collection's background sweeping then lands in the next run's CPU time). The npm script runs
 * with the heap limit a worker gives the sandboxes that detect (--max-old-space-size=1024,
 * src/queue/sandbox-heap.ts): with no forced collection, Node's default limit lets the old
 * generation grow to ~4x the live heap before V8 collects it, and 7 runs of 100,000 words then peak
 * at ~535 MB RSS instead of ~340 MB (round 13); `node --expose-gc --import tsx bench/detect.ts` for that reading.
 *
 * Back to back (`--back-to-back N [--words W]`, W default 100,000): only N generated calls of W
 * words, one after the other in this process as a worker runs them, with no forced collection
 * anywhere (V8 decides when to collect, as in production); prints RSS and heap after each call,
 * the largest of them and the process's peak RSS (maxRSS). Startup and the other sections are
 * skipped, so the peak is the calls' own, under the sandboxes' heap limit the npm script sets
 * (`node --expose-gc --import tsx bench/detect.ts --back-to-back 15` for Node's default limit).
 *
 * A/B in one process (`--compare OTHER_DIST [--against THIS_DIST] [--rounds R] [--warmup W]
 * [calls.jsonl ...]`): loads the built detector of two dist folders (THIS_DIST defaults to this
 * checkout's dist/, so `npm run build` first; OTHER_DIST e.g. a build of main copied aside with its
 * package.json and lexicons/ beside it, as dist/ resolves lexicons from the folder above) and runs
 * both over the same calls in R rounds (default 20), alternating A B / B A so that neither side
 * always pays the other's leftover garbage collection. Each pass is timed by the process's CPU time;
 * printed: words/s of each side (median over rounds) and the median of the per-round ratios
 * A/B of CPU time (< 1: A is faster). Load from other processes slows both sides alike within a
 * round, so the ratio holds where absolute rates swing. Only speed is compared: check the two
 * builds' detections apart (they are not compared here).
 *
 * Instruction counts (not slowed by other processes): run a fixed number of passes under callgrind
 * and compare the totals ("Collected" line) of two builds. The totals include startup, lexicon
 * loading and V8's compile work (which varies with thread timing), so take for each build the
 * difference between two runs that differ only in --rounds (e.g. 1 and 3): that is the passes' own,
 *   valgrind --tool=callgrind --smc-check=all-non-file --callgrind-out-file=/tmp/cg.%p \
 *     node --expose-gc --import tsx \
 *     bench/detect.ts --compare OTHER_DIST --only a --rounds 3 --warmup 3
 * and again with `--only b`; `--only a|b` runs one side's passes only (same warm-up and rounds).
 * Under callgrind node runs ~50x slower: keep rounds and warm-up small.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { longCall } from '../test/helpers/words.js';
import type { Word } from '../src/types.js';

const TARGET_WORDS_PER_SECOND = 25_000;
const TARGET_PEAK_MB = 400;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args.splice(runsAt, 2)[1])) : 5;
const warmupAt = args.indexOf('--warmup');
const warmupPasses = warmupAt >= 0 ? Math.max(0, Number(args.splice(warmupAt, 2)[1])) : 10;
// A forced full collection before each timed run (the bench's reading up to round 12) is not free
// for the run after it: V8 sweeps the heap it left on background threads, whose CPU the process's
// CPU time counts, so on the 40-call set the runs measured ~40k words/s of process CPU while the
// main thread detected at ~78k (~90k with no forced collection, /proc/self/task, round 13). By
// default the runs now collect as a worker does, when V8 decides, their own collections included.
const gcBetweenRunsAt = args.indexOf('--gc-between-runs');
const gcBetweenRuns = gcBetweenRunsAt >= 0 && args.splice(gcBetweenRunsAt, 1).length > 0;
const backToBackAt = args.indexOf('--back-to-back');
const backToBack = backToBackAt >= 0 ? Math.max(1, Number(args.splice(backToBackAt, 2)[1])) : 0;
const wordsAt = args.indexOf('--words');
const backToBackWords = wordsAt >= 0 ? Math.max(1, Number(args.splice(wordsAt, 2)[1])) : 100_000;
const compareAt = args.indexOf('--compare');
const compareDist = compareAt >= 0 ? args.splice(compareAt, 2)[1] : undefined;
const againstAt = args.indexOf('--against');
const againstDist = againstAt >= 0 ? args.splice(againstAt, 2)[1] : undefined;
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Math.max(1, Number(args.splice(roundsAt, 2)[1])) : 20;
const onlyAt = args.indexOf('--only');
const onlySide = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const callFiles = args.length > 0 ? args : [path.resolve(repoRoot, 'test/fixtures/holdout/holdout.jsonl')];

const MB = 2 ** 20;
const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
const rate = (words: number, seconds: number): string =>
  seconds > 0 ? `${Math.round(words / seconds).toLocaleString('en-US')}` : 'inf';
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc;
/** heap in use after a full collection (as close to "live data" as Node tells) */
function heapAfterGc(): number {
  gc?.();
  return process.memoryUsage().heapUsed;
}
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

interface Stopwatch {
  wall: number;
  cpu: number;
}
function stopwatch(): () => Stopwatch {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  return () => {
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1e6 };
  };
}
function measure(fn: () => void): Stopwatch {
  const stop = stopwatch();
  fn();
  return stop();
}

// --- A/B: two built detectors in one process, alternated over the same calls -----------------------
if (compareDist !== undefined) {
  const { compareBuilds } = await import('./detect-compare.js');
  await compareBuilds({
    a: path.resolve(againstDist ?? path.join(repoRoot, 'dist')),
    b: path.resolve(compareDist),
    files: callFiles,
    rounds,
    warmup: warmupPasses,
    only: onlySide === 'a' || onlySide === 'b' ? onlySide : undefined,
  });
  process.exit(0);
}

// --- back to back: N calls, no forced collection ---------------------------------------------------
if (backToBack > 0) {
  const { analyze } = await import('../src/detect/analyze.js');
  const call = longCall(backToBackWords);
  const rss: number[] = [];
  const heap: number[] = [];
  const stop = stopwatch();
  for (let r = 0; r < backToBack; r++) {
    analyze(call);
    const m = process.memoryUsage();
    rss.push(m.rss);
    heap.push(m.heapUsed);
  }
  const t = stop();
  const words = backToBack * backToBackWords;
  console.log(
    `${backToBack} calls of ${backToBackWords.toLocaleString('en-US')} words back to back, no forced GC, node ${process.version}, heap limit ${mb(v8.getHeapStatistics().heap_size_limit)}: ` +
      `${rate(words, t.cpu)} words/s CPU (first call's lexicon load and compilation included)\n` +
      `  after each call: RSS ${rss.map((b) => (b / MB).toFixed(0)).join(' ')} MB; heap used ${heap.map((b) => (b / MB).toFixed(0)).join(' ')} MB\n` +
      `  largest after a call: RSS ${mb(Math.max(...rss))}, heap used ${mb(Math.max(...heap))}; ` +
      `peak RSS of the process (maxRSS) ${mb(peakRss())} -> ${peakRss() < TARGET_PEAK_MB * MB ? 'met' : 'MISSED'} (< ${TARGET_PEAK_MB} MB)`,
  );
  process.exit(0);
}

// --- 1. machine ----------------------------------------------------------------------------------
const cores = os.availableParallelism();
const load = os.loadavg();
const loaded = load[0]! > cores * 0.5;
console.log(
  `machine: ${cores} cores, load average ${load.map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min), node ${process.version}` +
    (loaded
      ? `\n  LOADED: the 1-minute load is above half the cores; wall-clock rates are pessimistic, CPU-time rates are the fairer measure`
      : ''),
);
if (!gc) console.log('  (run with node --expose-gc for heap numbers after GC)');

// --- 2. startup ----------------------------------------------------------------------------------
const heap0 = heapAfterGc();
const rss0 = process.memoryUsage().rss;
const stopImport = stopwatch();
const { analyze } = await import('../src/detect/analyze.js');
const adapters = await import('../src/transcript/adapters/index.js');
const importTime = stopImport();
const heap1 = heapAfterGc();
// lexicons load lazily on first use: one call that reaches every detector loads them
const firstCall = measure(() => analyze(longCall(2_000)));
const heap2 = heapAfterGc();
const rss2 = process.memoryUsage().rss;
console.log(
  `startup: modules ${importTime.wall.toFixed(2)} s, lexicons (first call) ${firstCall.wall.toFixed(2)} s wall / ${firstCall.cpu.toFixed(2)} s CPU; ` +
    `heap after GC ${mb(heap0)} -> ${mb(heap1)} (modules) -> ${mb(heap2)} (lexicons), RSS ${mb(rss0)} -> ${mb(rss2)}`,
);

// --- 3. and 4. per-phase rates -------------------------------------------------------------------
interface Doc {
  words: Word[];
  json: string;
}

/** Runs the docs `runs` times; prints median words/s of detection (and of parsing) in all and per phase. */
function benchDocs(label: string, docs: readonly Doc[], warmups: number): Stopwatch {
  const words = docs.reduce((n, d) => n + d.words.length, 0);
  // the first pass over these docs in this process: JIT and lazily built indexes included
  const cold = measure(() => {
    for (const d of docs) analyze(d.words);
  });
  for (let w = 1; w < warmups; w++) for (const d of docs) analyze(d.words);
  const detect: Stopwatch[] = [];
  const parse: Stopwatch[] = [];
  const phases = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    if (gcBetweenRuns) gc?.(); // (--gc-between-runs: the bench's reading before round 13)
    parse.push(
      measure(() => {
        for (const d of docs) adapters.parseTranscript(d.json, { source: 'bench', format: 'callredact' });
      }),
    );
    // phases by CPU time: on a shared machine wall time is mostly waiting for a core
    const perRun = new Map<string, number>();
    let mark = 0;
    const cpuNow = (): number => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1e6;
    };
    const onPhase = (phase: string): void => {
      const now = cpuNow();
      perRun.set(phase, (perRun.get(phase) ?? 0) + now - mark);
      mark = now;
    };
    if (gcBetweenRuns) gc?.();
    detect.push(
      measure(() => {
        for (const d of docs) {
          mark = cpuNow();
          analyze(d.words, { onPhase });
        }
      }),
    );
    for (const [phase, s] of perRun) phases.set(phase, [...(phases.get(phase) ?? []), s]);
  }
  const wall = median(detect.map((t) => t.wall));
  const cpu = median(detect.map((t) => t.cpu));
  console.log(
    `${label}: ${docs.length} calls, ${words.toLocaleString('en-US')} words; median of ${runs} runs after ${Math.max(warmups, 1)} warm-up passes:\n` +
      `  detection ${rate(words, cpu)} words/s CPU${gcBetweenRuns ? ' (forced GC before each run)' : ''} (best run ${rate(words, Math.min(...detect.map((t) => t.cpu)))}; ` +
      // the median can fall on runs that no major collection hit; all runs' CPU together counts every
      // collection that happened in the timed window, the rate a worker sees over many calls
      `all ${runs} runs together ${rate(
        words * runs,
        detect.reduce((n, t) => n + t.cpu, 0),
      )}), ` +
      `${rate(words, wall)} words/s wall; ` +
      `parsing the canonical JSON ${rate(words, median(parse.map((t) => t.cpu)))} words/s CPU\n` +
      `  cold (first pass of the process over these calls, compiler at work): ${rate(words, cold.cpu)} words/s CPU, ${rate(words, cold.wall)} wall`,
  );
  const total = [...phases.values()].reduce((n, s) => n + median(s), 0);
  const parts = [...phases].map(
    ([phase, s]) => `${phase} ${rate(words, median(s))} (${((median(s) / total) * 100).toFixed(0)}%)`,
  );
  console.log(`  detection words/s by phase (CPU, median; share): ${parts.join(', ')}`);
  return { wall: words / wall, cpu: words / cpu };
}

const asDoc = (words: Word[]): Doc => ({ words, json: JSON.stringify({ words }) });

const results: { label: string; wall: number; cpu: number }[] = [];
const setDocs: Doc[] = [];
for (const file of callFiles) {
  if (!fs.existsSync(file)) {
    console.log(`call set ${file}: not found, skipped`);
    continue;
  }
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() !== '') setDocs.push(asDoc((JSON.parse(line) as { words: Word[] }).words));
  }
}
if (setDocs.length > 0) {
  const label = `call set ${callFiles.map((f) => path.relative(repoRoot, f)).join(', ')}`;
  results.push({ label: 'call set', ...benchDocs(label, setDocs, warmupPasses) });
}
for (const n of [10_000, 50_000, 100_000]) {
  results.push({
    label: `${n} words`,
    ...benchDocs(`generated call of ${n.toLocaleString('en-US')} words`, [asDoc(longCall(n))], 1),
  });
}

// --- 5. memory across runs -----------------------------------------------------------------------
const long = longCall(100_000);
const heaps: number[] = [];
const rsses: number[] = [];
for (let r = 0; r < runs; r++) {
  analyze(long);
  heaps.push(heapAfterGc());
  rsses.push(process.memoryUsage().rss);
}
const growth = heaps.at(-1)! - heaps[0]!;
console.log(
  `memory after each of ${runs} runs on 100,000 words: heap after GC ${heaps.map(mb).join(', ')}; RSS ${rsses.map(mb).join(', ')}` +
    `\n  heap growth first -> last run: ${(growth / MB).toFixed(1)} MB (${Math.abs(growth) < 5 * MB ? 'flat' : 'GROWS'}); ` +
    `peak RSS of the process (maxRSS): ${mb(peakRss())}`,
);

// --- verdict -------------------------------------------------------------------------------------
const slowest = results.reduce((a, b) => (b.cpu < a.cpu ? b : a));
console.log(
  `targets: detection >= ${TARGET_WORDS_PER_SECOND.toLocaleString('en-US')} words/s on one core (after warm-up): slowest case (${slowest.label}) ` +
    `${Math.round(slowest.cpu).toLocaleString('en-US')} words/s CPU, ${Math.round(slowest.wall).toLocaleString('en-US')} wall -> ` +
    `${slowest.cpu >= TARGET_WORDS_PER_SECOND ? 'met' : 'MISSED'}; peak RSS < ${TARGET_PEAK_MB} MB -> ` +
    `${peakRss() < TARGET_PEAK_MB * MB ? 'met' : 'MISSED'}${loaded ? ' (machine loaded)' : ''}`,
);
