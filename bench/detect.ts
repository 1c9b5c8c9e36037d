/**
 * Detection speed and memory, on one core:
 *   npm run bench:detect [-- path/to/calls.jsonl]
 * 1. a labelled call set (default: the project's held-out set test/fixtures/holdout/holdout.jsonl;
 *    any JSONL of calls with `words` can be given):
 *    words per second over all calls, peak RSS;
 * 2. generated calls of 10,000 / 50,000 / 100,000 words: words per second, the time each detector
 *    takes on the largest, and RSS after repeated runs (memory must stay flat, not grow per run).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, buildDetectionContext } from '../src/detect/analyze.js';
import { defaultRegistry } from '../src/detect/detectors/index.js';
import { longCall } from '../test/helpers/words.js';
import type { Word } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const callsPath = process.argv[2] ?? path.resolve(repoRoot, 'test/fixtures/holdout/holdout.jsonl');
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 20);

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const out = fn();
  sampleRss();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

function benchCallSet(): void {
  if (!fs.existsSync(callsPath)) {
    console.log(`call set: ${callsPath} not found, skipped`);
    return;
  }
  const calls = fs
    .readFileSync(callsPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { words: Word[] }).words);
  const words = calls.reduce((n, c) => n + c.length, 0);
  for (const c of calls) analyze(c); // warm-up: JIT, lazy gazetteers
  const rounds = 3;
  const [, seconds] = time(() => {
    for (let r = 0; r < rounds; r++) for (const c of calls) analyze(c);
  });
  console.log(
    `call set: ${calls.length} calls, ${words} words: ${Math.round((words * rounds) / seconds)} words/s, peak RSS ${mb(peakRss)}`,
  );
}

function benchLong(): void {
  analyze(longCall(10_000)); // warm-up
  for (const n of [10_000, 50_000, 100_000]) {
    const words = longCall(n);
    const [, seconds] = time(() => analyze(words));
    console.log(
      `generated ${n} words: ${Math.round(n / seconds)} words/s, RSS ${mb(process.memoryUsage().rss)}`,
    );
  }
  const words = longCall(100_000);
  const [ctx, ctxSeconds] = time(() => buildDetectionContext(words));
  const parts = [`views ${ctxSeconds.toFixed(2)}s`];
  for (const d of defaultRegistry().select(
    new Set(['PERSON', 'PHONE_NUMBER', 'ACCOUNT_NUMBER', 'US_SSN', 'ADDRESS', 'EMAIL', 'DATE_OF_BIRTH']),
  )) {
    const [, s] = time(() => d.detect(ctx));
    parts.push(`${d.name} ${s.toFixed(2)}s`);
  }
  console.log(`100,000 words by part: ${parts.join(', ')}`);
  const rss: string[] = [];
  for (let r = 0; r < 5; r++) {
    analyze(words);
    rss.push(mb(process.memoryUsage().rss));
  }
  console.log(`RSS after each of 5 runs on 100,000 words: ${rss.join(', ')}; peak RSS ${mb(peakRss)}`);
}

benchCallSet();
benchLong();
clearInterval(sampler);
