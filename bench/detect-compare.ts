/**
 * `npm run bench:detect -- --compare OTHER_DIST`: two built detectors (dist folders) in one process,
 * alternated over the same calls, timed by the process's CPU time per pass (see bench/detect.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Word } from '../src/types.js';

type Analyze = (words: readonly Word[]) => unknown;

export interface CompareOptions {
  /** dist folder of side A (this checkout's build by default) */
  a: string;
  /** dist folder of side B */
  b: string;
  files: readonly string[];
  rounds: number;
  warmup: number;
  /** run one side only (instruction counts under callgrind) */
  only?: 'a' | 'b';
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const cpuSeconds = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

async function loadAnalyze(dist: string): Promise<Analyze> {
  const file = path.join(dist, 'src/detect/analyze.js');
  if (!fs.existsSync(file)) throw new Error(`${file} not found: build that tree first (npm run build)`);
  const mod = (await import(pathToFileURL(file).href)) as { analyze: Analyze };
  return mod.analyze;
}

function readCalls(files: readonly string[]): Word[][] {
  const calls: Word[][] = [];
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() !== '') calls.push((JSON.parse(line) as { words: Word[] }).words);
    }
  }
  return calls;
}

export async function compareBuilds(o: CompareOptions): Promise<void> {
  const calls = readCalls(o.files);
  const words = calls.reduce((n, c) => n + c.length, 0);
  const sides = { a: await loadAnalyze(o.a), b: await loadAnalyze(o.b) };
  const pass = (analyze: Analyze): number => {
    const t0 = cpuSeconds();
    for (const c of calls) analyze(c);
    return cpuSeconds() - t0;
  };
  const names = o.only ? [o.only] : (['a', 'b'] as const);
  // warm-up: lexicons load and V8 compiles each build over its first passes
  for (let w = 0; w < o.warmup; w++) for (const s of names) pass(sides[s]);
  const times: Record<'a' | 'b', number[]> = { a: [], b: [] };
  for (let r = 0; r < o.rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const s of order) times[s].push(pass(sides[s]));
  }
  const load = os.loadavg().map((l) => l.toFixed(1));
  console.log(
    `A/B in one process: ${calls.length} calls, ${words.toLocaleString('en-US')} words; ${o.warmup} warm-up passes, ` +
      `${o.rounds} rounds alternating; load average ${load.join(' / ')}, node ${process.version}`,
  );
  for (const s of names) {
    const ts = times[s];
    console.log(
      `  ${s.toUpperCase()} ${path.relative(process.cwd(), s === 'a' ? o.a : o.b) || '.'}: ` +
        `${fmt(words / median(ts))} words/s CPU (median; best ${fmt(words / Math.min(...ts))}, all rounds ${fmt((words * ts.length) / ts.reduce((x, y) => x + y, 0))})`,
    );
  }
  if (names.length === 2) {
    const ratios = times.a.map((t, i) => t / times.b[i]!);
    const sorted = [...ratios].sort((x, y) => x - y);
    const q = (f: number): number => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
    console.log(
      `  CPU time A/B per round: median ${median(ratios).toFixed(3)} (quartiles ${q(0.25).toFixed(3)} - ${q(0.75).toFixed(3)}; ` +
        `< 1: A is faster, e.g. 0.900 = A needs 10% less CPU)`,
    );
  }
}
