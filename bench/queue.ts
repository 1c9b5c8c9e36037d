/**
 * Queue throughput: N sample calls through API -> Redis queue -> W worker processes, compared with
 * the same calls run one after another in-process (the CLI path).
 *
 *   npm run bench:queue                      # 200 calls, 2 workers
 *   BENCH_CALLS=50 BENCH_WORKERS=4 BENCH_UPLOADS_IN_FLIGHT=8 npm run bench:queue
 *
 * Workers run from dist/src/queue/main.js when built (BENCH_WORKER overrides), else through tsx.
 *
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); uses a unique queue prefix and a temp
 * folder, both removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { startServer } from '../src/api/server.js';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createApiKey } from '../src/keys/api-keys.js';
import { createLogger } from '../src/log.js';
import { createPipelineDeps } from '../src/pipeline/deps.js';
import { redactCall } from '../src/pipeline/redact-call.js';
import { readCallSettings } from '../src/calls/settings.js';
import { callStorageKeys, resolveStorageKey } from '../src/storage/uploads.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const UPLOADS_IN_FLIGHT = Number(process.env.BENCH_UPLOADS_IN_FLIGHT ?? 4);
const SAMPLE = path.join(REPO, 'samples/calls/airline-booking');

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-bench-queue-'));
const env: Record<string, string> = {
  LOG_LEVEL: 'warn',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: `crbench-${randomBytes(4).toString('hex')}`,
  SQLITE_PATH: path.join(dir, 'callredact.sqlite'),
  STORAGE_DIR: path.join(dir, 'storage'),
  PORT: '0',
  HOST: '127.0.0.1',
  WORKER_CONCURRENCY: '1',
  RATE_LIMIT_PER_MINUTE: '100000',
};
const config = parseConfig(env);
const logger = createLogger({ level: 'warn', name: 'bench' });
const database = await openDatabase({ sqlitePath: config.SQLITE_PATH });
const server = await startServer(config, logger, { handleSignals: false });
const { key } = await createApiKey(database.db, { role: 'uploader', tenant: 'bench' });
const base = `http://127.0.0.1:${server.port}`;

const audio = await fs.readFile(`${SAMPLE}.wav`);
const transcript = JSON.parse(await fs.readFile(`${SAMPLE}.json`, 'utf8')) as Record<string, unknown>;
// distinct calls: the canonical format keeps unknown top-level fields, so each transcript hashes differently
const variants = Array.from({ length: CALLS }, (_, i) =>
  Buffer.from(JSON.stringify({ ...transcript, bench: i })),
);

// compiled workers (npm run build) as in production; tsx otherwise (it transpiles on start-up)
const compiledWorker = process.env.BENCH_WORKER ?? path.join(REPO, 'dist/src/queue/main.js');
const workerArgs = existsSync(compiledWorker) ? [compiledWorker] : ['--import', 'tsx', 'src/queue/main.ts'];
const workers: ChildProcess[] = Array.from({ length: WORKERS }, () =>
  spawn(process.execPath, workerArgs, {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  }),
);

async function completedCount(): Promise<{ completed: number; failed: number }> {
  const rows = await database.db.selectFrom('calls').select(['state']).execute();
  return {
    completed: rows.filter((r) => r.state === 'completed').length,
    failed: rows.filter((r) => r.state === 'failed').length,
  };
}

// the clock includes the workers' start-up (sandbox processes load the pipeline on the first job);
// a few uploads in flight, as several clients would send them, so the workers are never starved
const ids: string[] = new Array<string>(CALLS);
const queueStarted = performance.now();
let next = 0;
async function uploader(): Promise<void> {
  while (next < CALLS) {
    const i = next++;
    const form = new FormData();
    form.set('audio', new Blob([audio]), 'a.wav');
    form.set('transcript', new Blob([variants[i]!]), 't.json');
    const res = await fetch(`${base}/v1/calls`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${key}` },
    });
    if (res.status !== 202) throw new Error(`upload answered ${res.status}`);
    ids[i] = ((await res.json()) as { id: string }).id;
  }
}
await Promise.all(Array.from({ length: UPLOADS_IN_FLIGHT }, uploader));
const uploadedMs = performance.now() - queueStarted;
for (;;) {
  const { completed, failed } = await completedCount();
  if (completed + failed >= CALLS) {
    if (failed > 0) console.log(`${failed} calls failed`);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
const queueMs = performance.now() - queueStarted;
// pipeline time per call inside the workers, from the ledger (the rest is queue, IPC and upload overhead)
const workerTimings = await database.db.selectFrom('calls').select('timings').execute();
const workerPipelineMs =
  workerTimings.reduce(
    (sum, r) =>
      sum + Object.values(JSON.parse(r.timings ?? '{}') as Record<string, number>).reduce((a, b) => a + b, 0),
    0,
  ) / CALLS;

const deps = await createPipelineDeps(config, createLogger({ level: 'warn', name: 'bench-inprocess' }));
const inProcessStarted = performance.now();
let inProcessPipelineMs = 0;
for (const id of ids) {
  const keys = callStorageKeys(id);
  const { timings } = await redactCall(
    {
      transcriptPath: resolveStorageKey(config.STORAGE_DIR, keys.transcriptKey),
      audioPath: resolveStorageKey(config.STORAGE_DIR, keys.audioKey),
      ...(await readCallSettings(resolveStorageKey(config.STORAGE_DIR, keys.policyKey))),
      outDir: path.join(dir, 'inprocess', id),
      tenant: 'bench',
      callId: id,
    },
    deps,
  );
  inProcessPipelineMs += Object.values(timings).reduce((a, b) => a + b, 0) / CALLS;
}
const inProcessMs = performance.now() - inProcessStarted;
await deps.close();

const perMinute = (ms: number): number => Math.round((CALLS / ms) * 60_000);
console.log(`workers: ${WORKERS} x node ${path.relative(REPO, workerArgs.at(-1)!)}`);
console.log(
  `calls: ${CALLS} (sample ${path.basename(SAMPLE)}, ${(audio.length / 1024).toFixed(0)} KiB WAV), cpus: ${os.cpus().length}`,
);
console.log(
  `uploads accepted in ${(uploadedMs / 1000).toFixed(1)} s (${perMinute(uploadedMs)} uploads/min, ${UPLOADS_IN_FLIGHT} in flight)`,
);
console.log(
  `API -> queue -> ${WORKERS} worker processes: ${(queueMs / 1000).toFixed(1)} s, ${perMinute(queueMs)} calls/min`,
);
console.log(
  `in-process, sequential: ${(inProcessMs / 1000).toFixed(1)} s, ${perMinute(inProcessMs)} calls/min`,
);
console.log(
  `pipeline per call: ${Math.round(workerPipelineMs)} ms in a worker, ${Math.round(inProcessPipelineMs)} ms in-process`,
);
console.log(`ratio queue / in-process: ${(inProcessMs / queueMs).toFixed(2)}x`);

for (const w of workers) w.kill('SIGTERM');
await Promise.all(
  workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
);
await server.close();
await database.close();
const redis = new Redis(config.REDIS_URL);
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `bull:${env.QUEUE_PREFIX}-*`, 'COUNT', 1000);
  if (keys.length) await redis.del(...keys);
  cursor = next;
} while (cursor !== '0');
redis.disconnect();
await fs.rm(dir, { recursive: true, force: true });
