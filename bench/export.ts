/**
 * Export cost: 200 redacted calls (copies of the redacted sample calls, 16 kHz mono WAV and one
 * 8 kHz stereo call in seven, ~50 s each, ~2.9 h in all) exported as NeMo and as Kaldi datasets
 * (16 kHz mono, verification with the original transcripts), against a plain ffmpeg segmenting
 * pass over the same audio: one ffmpeg process per call cutting it at the same speaker turns into
 * 16 kHz mono WAV segments (`-f segment`), nothing else.
 *
 * Every case runs in a fresh child process (startup included: the export loads the detectors) under
 * /usr/bin/time, so wall time and CPU (user + sys, ffmpeg children included) are measured the same
 * way; peak RSS is the Node process's own. Medians of RUNS runs. Memory flatness: the export's peak
 * RSS with 50 and with 200 calls. A second source of 200 copies of the 8 kHz stereo sample makes every
 * call go through the ffmpeg conversion (resample + mix, one pass per call), the export's worst case.
 *
 *   npm run bench:export        (data is generated once into bench/.data/export/, gitignored)
 *
 * Target: the export at most 1.3x the plain segmenting pass, memory flat.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { resolveFfmpeg } from '../src/audio/index.js';
import { runRedact } from '../src/commands/redact.js';
import { parseConfig } from '../src/config.js';
import { DEFAULT_DATASET_OPTIONS, exportDataset } from '../src/export/dataset.js';
import { FolderSource } from '../src/export/folder-source.js';
import { createLogger } from '../src/log.js';
import { DEFAULT_AUDIO_OPTIONS } from '../src/pipeline/redact-call.js';
import { DEFAULT_POLICY } from '../src/policy.js';
import { sha256File } from '../src/storage/publish.js';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const DATA = path.join(HERE, '.data', 'export');
const CALLS = 200;
const RUNS = 3;

/** the sample whose copies make the all-converted source (8 kHz stereo: every call needs ffmpeg) */
const STEREO = 'isp-support-stereo';
type Mix = 'mixed' | 'stereo';
const sourceDir = (calls: number, mix: Mix = 'mixed') =>
  path.join(DATA, mix === 'mixed' ? `source-${calls}` : `source-${mix}-${calls}`);
/** the raw transcripts of a source (its calls' names), for the verification */
const originalsDir = (mix: Mix) => path.join(DATA, `originals-${mix}`);

/** Redacts the samples once, then makes `calls` published copies with distinct call ids. */
async function prepare(calls: number, mix: Mix = 'mixed'): Promise<void> {
  const samples = path.join(DATA, 'samples-redacted');
  if (!existsSync(samples)) {
    console.log('redacting the sample calls ...');
    const config = parseConfig({ LOG_LEVEL: 'error' });
    await runRedact(
      {
        input: path.join(ROOT, 'samples/calls'),
        out: samples,
        policy: DEFAULT_POLICY,
        audio: DEFAULT_AUDIO_OPTIONS,
        noAudio: false,
        tenant: 'bench',
      },
      config,
      createLogger({ level: 'error' }),
      { ...process.stderr, isTTY: false, write: () => true } as unknown as NodeJS.WriteStream,
    );
  }
  const dir = sourceDir(calls, mix);
  if (existsSync(path.join(dir, 'done'))) return;
  console.log(`making a source of ${calls} calls ...`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(originalsDir(mix), { recursive: true });
  const withAudio = [];
  for (const name of (await readdir(samples)).sort())
    if (existsSync(path.join(samples, name, 'audio.wav')) && (mix === 'mixed' || name === STEREO))
      withAudio.push(name);
  for (let i = 0; i < calls; i++) {
    const sample = withAudio[i % withAudio.length]!;
    const name = `call-${String(i).padStart(4, '0')}`;
    const from = path.join(samples, sample);
    const to = path.join(dir, name);
    await mkdir(to, { recursive: true });
    const callId = createHash('sha256').update(`bench ${i}`).digest('hex').slice(0, 32);
    const report = JSON.parse(await readFile(path.join(from, 'report.json'), 'utf8')) as { callId: string };
    report.callId = callId;
    await writeFile(path.join(to, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    await cp(path.join(from, 'transcript.json'), path.join(to, 'transcript.json'));
    await link(path.join(from, 'audio.wav'), path.join(to, 'audio.wav'));
    const manifest = JSON.parse(await readFile(path.join(from, 'manifest.json'), 'utf8')) as {
      callId: string;
      artefacts: Record<string, { bytes: number; sha256: string }>;
    };
    manifest.callId = callId;
    const reportBytes = (await readFile(path.join(to, 'report.json'))).length;
    manifest.artefacts['report.json'] = {
      ...manifest.artefacts['report.json']!,
      bytes: reportBytes,
      sha256: await sha256File(path.join(to, 'report.json')),
    };
    await writeFile(path.join(to, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await cp(
      path.join(ROOT, 'samples/calls', `${sample}.json`),
      path.join(originalsDir(mix), `${name}.json`),
    );
  }
  await writeFile(path.join(dir, 'done'), '');
}

/** The baseline: per call, ffmpeg cuts the audio at the turn boundaries into 16 kHz mono WAVs. */
async function segmentPass(dir: string, out: string): Promise<void> {
  const tools = await resolveFfmpeg(parseConfig({}));
  for (const name of (await readdir(dir)).filter((n) => n.startsWith('call-')).sort()) {
    const words = (
      JSON.parse(await readFile(path.join(dir, name, 'transcript.json'), 'utf8')) as {
        words: { start: number; end: number; speaker: string }[];
      }
    ).words;
    const times: number[] = [];
    words.forEach((w, i) => {
      if (i === 0 || words[i - 1]!.speaker !== w.speaker) times.push(Math.max(0, w.start - 0.1));
      if (i === words.length - 1 || words[i + 1]!.speaker !== w.speaker) times.push(w.end + 0.1);
    });
    const cuts = times.filter((t, i) => i === 0 || t > times[i - 1]!);
    const target = path.join(out, name);
    await mkdir(target, { recursive: true });
    await run(tools.ffmpegPath, [
      ...['-hide_banner', '-nostdin', '-v', 'error', '-y', '-i', path.join(dir, name, 'audio.wav')],
      ...['-map', '0:a', '-ac', '1', '-ar', '16000', '-c:a', 'pcm_s16le', '-f', 'segment'],
      ...['-segment_times', cuts.map((t) => t.toFixed(3)).join(','), '-reset_timestamps', '1'],
      path.join(target, '%04d.wav'),
    ]);
  }
}

async function child(kind: string, calls: number, mix: Mix): Promise<void> {
  const out = path.join(DATA, `out-${kind}-${mix}-${calls}`);
  await rm(out, { recursive: true, force: true });
  if (kind === 'ffmpeg') await segmentPass(sourceDir(calls, mix), out);
  else {
    const tools = await resolveFfmpeg(parseConfig({}));
    await exportDataset(
      new FolderSource(sourceDir(calls, mix), { originals: originalsDir(mix) }),
      { ...DEFAULT_DATASET_OPTIONS, format: kind as 'nemo' | 'kaldi', out },
      { tools },
    );
  }
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
}

async function measure(kind: string, calls: number, mix: Mix = 'mixed'): Promise<Measure> {
  const { stdout, stderr } = await run(
    '/usr/bin/time',
    [
      '-f',
      'TIME %e %U %S',
      process.execPath,
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      kind,
      String(calls),
      mix,
    ],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const [, wall, user, sys] = /TIME (\S+) (\S+) (\S+)/.exec(stderr)!;
  const { rssMb } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { rssMb: number };
  return { wall: Number(wall), cpu: Number(user) + Number(sys), rssMb };
}

async function median(kind: string, calls: number, mix: Mix = 'mixed'): Promise<Measure> {
  const runs: Measure[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(kind, calls, mix));
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    wall: mid(runs.map((r) => r.wall)),
    cpu: mid(runs.map((r) => r.cpu)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, Number(args[2]), args[3] as Mix);
  await prepare(CALLS);
  await prepare(50);
  await prepare(CALLS, 'stereo');
  const base = await median('ffmpeg', CALLS);
  const stereoBase = await median('ffmpeg', CALLS, 'stereo');
  const rows = [['case', 'wall', 'ratio', 'cpu', 'ratio', 'node peak RSS']];
  const show = (label: string, m: Measure, against = base) =>
    rows.push([
      label,
      `${m.wall.toFixed(2)} s`,
      `${(m.wall / against.wall).toFixed(2)}x`,
      `${m.cpu.toFixed(2)} s`,
      `${(m.cpu / against.cpu).toFixed(2)}x`,
      `${m.rssMb.toFixed(0)} MB`,
    ]);
  show(`plain ffmpeg segmenting, ${CALLS} calls`, base);
  for (const format of ['nemo', 'kaldi'])
    show(`export ${format}, ${CALLS} calls`, await median(format, CALLS));
  show(`plain ffmpeg segmenting, ${CALLS} 8 kHz stereo calls`, stereoBase, stereoBase);
  show(
    `export nemo, ${CALLS} 8 kHz stereo calls (all converted)`,
    await median('nemo', CALLS, 'stereo'),
    stereoBase,
  );
  const small = await measure('nemo', 50);
  rows.push([
    'export nemo, 50 calls (memory)',
    `${small.wall.toFixed(2)} s`,
    '',
    `${small.cpu.toFixed(2)} s`,
    '',
    `${small.rssMb.toFixed(0)} MB`,
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
}

await main();
