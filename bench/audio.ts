/**
 * Audio redaction cost: a 60-minute 16 kHz mono recording, bleeped with ~400 and ~4,000 spans,
 * against plain ffmpeg passes over the same files (WAV->WAV copy, MP3->MP3 re-encode, no filter).
 * redactAudio's wall time includes everything it does: writing the graph, ffmpeg, probing and
 * verifying the output. PCM WAV is measured with both engines: the default (auto: the Node PCM
 * fast path, pcm-wav.ts) and `engine: 'ffmpeg'` (the filter graph) for comparison; MP3 with the
 * default (auto: the filter graph for light plans, else ffmpeg decodes to a raw file, Node bleeps
 * it, ffmpeg encodes: pcm-decoded.ts, the CPU column adds both processes), and with
 * `--all-engines` each of the two forced (engine=ffmpeg, engine=node). On a shared
 * machine wall time is noisy, so CPU time (user + sys) is measured too: of the ffmpeg process,
 * through a /usr/bin/time wrapper, plus this Node process's own (the fast path runs here). Each
 * number is the median of RUNS runs.
 *
 *   npm run bench:audio                  (audio is generated once into bench/.data/, gitignored)
 *   npm run bench:audio -- --all-engines (adds MP3 with engine=ffmpeg and engine=node)
 *
 * Targets: WAV within 1.1x of plain (400 spans, and 30 bleeped minutes), MP3 within 1.0x of plain,
 * 4,000 spans within 1.2x of 400 spans, Node peak RSS < 150 MB.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_BLEEP,
  probeAudio,
  redactAudio,
  resolveFfmpeg,
  type FfmpegTools,
} from '../src/audio/index.js';
import type { Span } from '../src/types.js';

const run = promisify(execFile);
const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data');
const SECONDS = 3600;
const RATE = 16000;
const RUNS = 3;

async function generate(tools: FfmpegTools): Promise<{ wav: string; mp3: string }> {
  await mkdir(DATA, { recursive: true });
  const wav = path.join(DATA, 'call-60min-16k.wav');
  const mp3 = path.join(DATA, 'call-60min-16k.mp3');
  const quiet = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];
  if (!existsSync(wav)) {
    console.log('generating 60-minute WAV ...');
    const source = `anoisesrc=d=${SECONDS}:r=${RATE}:c=pink:a=0.2:seed=42`;
    await run(tools.ffmpegPath, [...quiet, '-f', 'lavfi', '-i', source, '-c:a', 'pcm_s16le', wav]);
  }
  if (!existsSync(mp3)) {
    console.log('generating 60-minute MP3 ...');
    await run(tools.ffmpegPath, [...quiet, '-i', wav, '-c:a', 'libmp3lame', '-b:a', '64k', mp3]);
  }
  return { wav, mp3 };
}

/** `count` spans spread over the hour (seeded), lengths uniform in [minLen, maxLen] seconds. */
function plan(count: number, minLen: number, maxLen: number): Span[] {
  let seed = count * 7919;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const slot = (SECONDS - 1) / count;
  return Array.from({ length: count }, (_, i) => {
    const length = minLen + random() * (maxLen - minLen);
    const start = i * slot + random() * Math.max(0, slot - length);
    return { start, end: Math.min(start + length, SECONDS) };
  });
}

interface Timing {
  wall: number;
  cpu: number;
}

/** ffmpeg behind /usr/bin/time: each run appends "user sys" seconds to the log. */
async function timedTools(tools: FfmpegTools): Promise<{ tools: FfmpegTools; cpu: () => Promise<number> }> {
  const log = path.join(DATA, 'ffmpeg-cpu.log');
  const wrapper = path.join(DATA, 'timed-ffmpeg.sh');
  await writeFile(
    wrapper,
    `#!/bin/sh\nexec /usr/bin/time -a -o '${log}' -f '%U %S' '${tools.ffmpegPath}' "$@"\n`,
  );
  await chmod(wrapper, 0o755);
  const cpu = async (): Promise<number> => {
    const text = await readFile(log, 'utf8').catch(() => '');
    await rm(log, { force: true });
    return text
      .trim()
      .split('\n')
      .filter(Boolean)
      .reduce((sum, line) => sum + line.split(' ').reduce((s, v) => s + Number(v), 0), 0);
  };
  await cpu();
  return { tools: { ...tools, ffmpegPath: wrapper }, cpu };
}

async function median(task: () => Promise<unknown>, cpu: () => Promise<number>): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const node0 = process.cpuUsage();
    await task();
    const wall = (performance.now() - t0) / 1000;
    const node = process.cpuUsage(node0);
    runs.push({ wall, cpu: (await cpu()) + (node.user + node.system) / 1e6 });
  }
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)) };
}

async function main(): Promise<void> {
  const system = await resolveFfmpeg({});
  const { wav, mp3 } = await generate(system);
  const { tools, cpu } = await timedTools(system);
  const out = path.join(DATA, 'out');
  await mkdir(out, { recursive: true });
  const plain = (input: string, args: readonly string[], output: string) => () =>
    run(tools.ffmpegPath, ['-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', input, ...args, output]);

  const plans: [string, Span[]][] = [
    ['400 spans, 0.6-1.2 s (6 min bleeped)', plan(400, 0.6, 1.2)],
    ['4,000 spans, 0.06-0.12 s (same 6 min)', plan(4000, 0.06, 0.12)],
    ['4,000 spans, 0.3-0.6 s (30 min bleeped)', plan(4000, 0.3, 0.6)],
  ];
  const rows: string[][] = [['case', 'wall', 'ratio', 'cpu (ffmpeg + node)', 'ratio', 'node peak RSS']];
  const show = (label: string, t: Timing, base: Timing): void => {
    rows.push([
      label,
      `${t.wall.toFixed(2)} s`,
      `${(t.wall / base.wall).toFixed(2)}x`,
      `${t.cpu.toFixed(2)} s`,
      `${(t.cpu / base.cpu).toFixed(2)}x`,
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ]);
  };
  const results = new Map<string, Timing>();
  const mp3Args = ['-c:a', 'libmp3lame', '-b:a', '64k'];
  const cases: [string, string, string[], 'auto' | 'ffmpeg' | 'node'][] = [
    ['WAV', wav, ['-c:a', 'pcm_s16le'], 'auto'],
    ['WAV', wav, ['-c:a', 'pcm_s16le'], 'ffmpeg'],
    ['MP3', mp3, mp3Args, 'auto'],
  ];
  // each forced MP3 engine takes minutes more on a busy machine: only on request
  if (process.argv.includes('--all-engines')) {
    cases.push(['MP3', mp3, mp3Args, 'ffmpeg'], ['MP3', mp3, mp3Args, 'node']);
  }
  const kinds: string[] = [];
  for (const [format, input, args, engine] of cases) {
    const info = await probeAudio(input, tools);
    const ext = path.extname(input);
    const kind = engine === 'auto' ? format : `${format} engine=${engine}`;
    kinds.push(kind);
    const base = await median(plain(input, args, path.join(out, `plain${ext}`)), cpu);
    show(`${format} plain ffmpeg (no filter)`, base, base);
    for (const [label, spans] of plans) {
      const output = path.join(out, `redacted${ext}`);
      const request = { input, output, info, spans, bleep: DEFAULT_BLEEP, format: 'same' as const, engine };
      const t = await median(() => redactAudio(request, tools), cpu);
      results.set(`${kind} ${label}`, t);
      show(`${kind} redactAudio, ${label}`, t, base);
    }
  }
  await rm(out, { recursive: true, force: true });

  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
  console.log();
  for (const kind of kinds) {
    const few = results.get(`${kind} ${plans[0]![0]}`)!;
    for (const [label] of plans.slice(1)) {
      const many = results.get(`${kind} ${label}`)!;
      console.log(
        `${kind} ${label} vs 400 spans: wall ${(many.wall / few.wall).toFixed(2)}x, cpu ${(many.cpu / few.cpu).toFixed(2)}x`,
      );
    }
  }
  console.log(`Node peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
