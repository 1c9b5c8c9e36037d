/**
 * Archive runs: a generated archive of BENCH_CALLS calls (default 2,000; word-timed JSON
 * transcripts, distinct content each) in a folder, redacted into folders:
 *   1. --inline (a pool sized to the cores, in this process),
 *   2. --queue with BENCH_WORKERS worker processes (default 2, WORKER_CONCURRENCY 1 each),
 *   3. the inline run again (every call skipped),
 *   4. the per-call cost of calls with audio: BENCH_AUDIO_CALLS (default 20) copies of the 49 s
 *      sample call with distinct transcripts, inline, in CPU seconds per audio hour, and its re-run,
 *   5. the enumerator (streamed listing + pairing) over BENCH_KEYS synthetic keys (default
 *      1,000,000) in a process of its own: peak RSS and heap along the way.
 * Prints wall and CPU times (this process and its children; workers and their sandboxes) and the
 * load average: wall times on a busy machine are inflated, CPU times much less.
 *
 *   npm run bench:archive
 *   BENCH_CALLS=500 BENCH_AUDIO_CALLS=5 BENCH_KEYS=200000 npm run bench:archive
 *   BENCH_WORKERS=0 BENCH_AUDIO_CALLS=0 BENCH_KEYS=0 npm run bench:archive   # inline and re-run only
 *
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); a unique queue prefix and a temp
 * folder, both removed at the end.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { archiveStatus, runArchive, type ArchiveDeps, type ArchiveRunOptions } from '../src/archive/run.js';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/log.js';
import { createPipelineDeps } from '../src/pipeline/deps.js';
import { bulkArchiveQueue } from '../src/queue/archive-queue.js';
import { createProducerConnection } from '../src/queue/connections.js';
import { openStoreAt } from '../src/storage/open-store.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const AUDIO_CALLS = Number(process.env.BENCH_AUDIO_CALLS ?? 20);
const KEYS = Number(process.env.BENCH_KEYS ?? 1_000_000);
const SAMPLE = path.join(REPO, 'samples/calls/airline-booking');
const TICK = 100; // clock ticks per second of /proc/*/stat (USER_HZ)

/** CPU seconds of a process: user + system, plus those of its children already waited for. */
function cpuOf(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICK;
  } catch {
    return 0;
  }
}

/** The processes below `root` (its children, theirs, ...). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-bench-archive-'));
const env: Record<string, string> = {
  LOG_LEVEL: 'warn',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `crbench-${randomBytes(4).toString('hex')}`,
  SQLITE_PATH: path.join(dir, 'callredact.sqlite'),
  STORAGE_DIR: path.join(dir, 'storage'),
  WORKER_CONCURRENCY: '1',
};
const config = parseConfig(env);
const logger = createLogger({ level: 'warn', name: 'bench' });
const database = await openDatabase({ sqlitePath: config.SQLITE_PATH });
const pipeline = await createPipelineDeps(config, logger);

// the archive: distinct transcripts (the canonical format keeps unknown top-level fields)
const transcript = JSON.parse(await fs.readFile(`${SAMPLE}.json`, 'utf8')) as Record<string, unknown>;
const source = path.join(dir, 'archive');
for (let i = 0; i < CALLS; i++) {
  const day = path.join(source, `day-${String(i % 30).padStart(2, '0')}`);
  await fs.mkdir(day, { recursive: true });
  await fs.writeFile(
    path.join(day, `call-${String(i).padStart(5, '0')}.json`),
    JSON.stringify({ ...transcript, bench: i }),
  );
}
const audioSource = path.join(dir, 'audio-archive');
await fs.mkdir(audioSource, { recursive: true });
for (let i = 0; i < AUDIO_CALLS; i++) {
  const base = path.join(audioSource, `call-${String(i).padStart(4, '0')}`);
  await fs.copyFile(`${SAMPLE}.wav`, `${base}.wav`);
  await fs.writeFile(`${base}.json`, JSON.stringify({ ...transcript, bench: i }));
}
const audioSeconds = Number(
  execFileSync('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration',
    '-of',
    'csv=p=0',
    `${SAMPLE}.wav`,
  ])
    .toString()
    .trim(),
);

const deps = (extra: Partial<ArchiveDeps> = {}): ArchiveDeps => ({
  db: database.db,
  openStore: (url) => openStoreAt(url, {}),
  pipeline,
  logger,
  scratchDir: path.join(dir, 'scratch'),
  ...extra,
});
const options = (dest: string, extra: Partial<ArchiveRunOptions> = {}): ArchiveRunOptions => ({
  source,
  dest,
  tenant: 'bench',
  concurrency: os.availableParallelism(),
  batchSize: 100,
  ...extra,
});

interface Timed {
  wallMs: number;
  cpuS: number;
}
async function timed(fn: () => Promise<unknown>, cpu: () => number = () => cpuOf('self')): Promise<Timed> {
  const cpu0 = cpu();
  const t0 = performance.now();
  await fn();
  return { wallMs: performance.now() - t0, cpuS: cpu() - cpu0 };
}
const perMin = (n: number, ms: number) => Math.round((n / ms) * 60_000);
const results: Record<string, unknown> = {};

// 1. inline
let inlineId = '';
const inline = await timed(async () => {
  inlineId = await runArchive(options(path.join(dir, 'out-inline')), deps());
});
const inlineStatus = await archiveStatus(database.db, inlineId);
if (inlineStatus.done !== CALLS) throw new Error(`inline run: ${JSON.stringify(inlineStatus)}`);
results.inline = {
  calls: CALLS,
  wallMs: Math.round(inline.wallMs),
  callsPerMin: perMin(CALLS, inline.wallMs),
  cpuS: inline.cpuS,
  cpuMsPerCall: Math.round((inline.cpuS * 1000) / CALLS),
};

// 2. queue, WORKERS worker processes (BENCH_WORKERS=0: not measured)
if (WORKERS > 0) {
  const compiledWorker = path.join(REPO, 'dist/src/queue/main.js');
  const workerArgs = existsSync(compiledWorker) ? [compiledWorker] : ['--import', 'tsx', 'src/queue/main.ts'];
  const workers: ChildProcess[] = Array.from({ length: WORKERS }, () =>
    spawn(process.execPath, workerArgs, { cwd: REPO, env: { ...process.env, ...env }, stdio: 'inherit' }),
  );
  const workersCpu = () =>
    workers.flatMap((w) => [w.pid!, ...descendants(w.pid!)]).reduce((sum, pid) => sum + cpuOf(pid), 0);
  // let the workers start (and their sandboxes load the pipeline) before the clock starts
  await new Promise((r) => setTimeout(r, 5_000));
  const connection = createProducerConnection(config.REDIS_URL, logger);
  await new Promise((r) => (connection.status === 'ready' ? r(null) : connection.once('ready', r)));
  const queue = bulkArchiveQueue(config.QUEUE_PREFIX, connection);
  let queueId = '';
  let maxBacklog = 0;
  const queued = await timed(
    async () => {
      queueId = await runArchive(
        options(path.join(dir, 'out-queue'), { mode: 'queue', maxBacklog: 500 }),
        deps({
          queue,
          pollMs: 250,
          onProgress: () => void queue.backlog().then((b) => (maxBacklog = Math.max(maxBacklog, b))),
        }),
      );
    },
    () => workersCpu() + cpuOf('self'),
  );
  const queueStatus = await archiveStatus(database.db, queueId);
  if (queueStatus.done !== CALLS) throw new Error(`queue run: ${JSON.stringify(queueStatus)}`);
  results.queue = {
    calls: CALLS,
    workers: WORKERS,
    wallMs: Math.round(queued.wallMs),
    callsPerMin: perMin(CALLS, queued.wallMs),
    cpuS: Math.round(queued.cpuS * 10) / 10,
    cpuMsPerCall: Math.round((queued.cpuS * 1000) / CALLS),
    maxBacklogSeen: maxBacklog,
  };
  await Promise.all(
    workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.kill('SIGTERM')))),
  );
  // and the queue run again: every call skipped by the feeder, no job queued
  const queueRerun = await timed(() =>
    runArchive(
      options(path.join(dir, 'out-queue'), { mode: 'queue', maxBacklog: 500 }),
      deps({ queue, pollMs: 250 }),
    ),
  );
  const queueRerunStatus = await archiveStatus(database.db, queueId);
  if (queueRerunStatus.skipped !== CALLS)
    throw new Error(`queue re-run: ${JSON.stringify(queueRerunStatus)}`);
  results.queueRerun = {
    calls: CALLS,
    wallMs: Math.round(queueRerun.wallMs),
    cpuS: queueRerun.cpuS,
    speedupWall: Math.round(queued.wallMs / queueRerun.wallMs),
  };
  await queue.close();
  connection.disconnect();
}

// 3. the inline run again: every call skipped
const rerun = await timed(() => runArchive(options(path.join(dir, 'out-inline')), deps()));
const rerunStatus = await archiveStatus(database.db, inlineId);
if (rerunStatus.skipped !== CALLS) throw new Error(`re-run: ${JSON.stringify(rerunStatus)}`);
results.rerun = {
  calls: CALLS,
  wallMs: Math.round(rerun.wallMs),
  cpuS: rerun.cpuS,
  speedupWall: Math.round(inline.wallMs / rerun.wallMs),
  speedupCpu: Math.round(inline.cpuS / Math.max(0.01, rerun.cpuS)),
};

// 4. calls with audio (49 s each), inline: CPU per audio hour (ffmpeg children included)
if (AUDIO_CALLS > 0) {
  let audioId = '';
  const audio = await timed(async () => {
    audioId = await runArchive({ ...options(path.join(dir, 'out-audio')), source: audioSource }, deps());
  });
  const audioStatus = await archiveStatus(database.db, audioId);
  if (audioStatus.done !== AUDIO_CALLS) throw new Error(`audio run: ${JSON.stringify(audioStatus)}`);
  const hours = (AUDIO_CALLS * audioSeconds) / 3600;
  const audioRerun = await timed(() =>
    runArchive({ ...options(path.join(dir, 'out-audio')), source: audioSource }, deps()),
  );
  if ((await archiveStatus(database.db, audioId)).skipped !== AUDIO_CALLS) throw new Error('audio re-run');
  results.audio = {
    calls: AUDIO_CALLS,
    secondsEach: audioSeconds,
    wallMs: Math.round(audio.wallMs),
    cpuS: audio.cpuS,
    cpuSecondsPerCall: Math.round((audio.cpuS / AUDIO_CALLS) * 100) / 100,
    cpuSecondsPerAudioHour: Math.round(audio.cpuS / hours),
    rerunWallMs: Math.round(audioRerun.wallMs),
    rerunCpuS: audioRerun.cpuS,
    rerunSpeedupWall: Math.round(audio.wallMs / audioRerun.wallMs),
    rerunSpeedupCpu: Math.round(audio.cpuS / Math.max(0.01, audioRerun.cpuS)),
  };
}

await pipeline.close();
await database.close();

// 5. the enumerator, alone in a process
if (KEYS > 0) {
  const enumerated = execFileSync(process.execPath, ['--import', 'tsx', 'bench/archive-enumerate.ts'], {
    cwd: REPO,
    env: { ...process.env, BENCH_KEYS: String(KEYS) },
  }).toString();
  results.enumerator = JSON.parse(enumerated) as unknown;
}
results.load = os.loadavg().map((l) => Math.round(l * 10) / 10);
results.cores = os.availableParallelism();
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
await fs.rm(dir, { recursive: true, force: true });
