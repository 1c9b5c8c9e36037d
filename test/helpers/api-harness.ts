/**
 * Shared setup for the API / queue integration tests: a temp folder with SQLite + storage, a
 * unique queue prefix on the real Redis, the API in-process on an ephemeral port (its logs
 * captured), worker processes spawned as real children (their output captured), API keys for
 * every role, and a small fictional call (sine WAV + canonical JSON transcript).
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { parseConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createApiKey, type Role } from '../../src/keys/api-keys.js';
import { createLogger } from '../../src/log.js';
import { startServer, type RunningServer } from '../../src/api/server.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** The fixture's personal data (fictional): none of it may appear outside raw uploads. */
export const FIXTURE_PII = ['marisol', 'quenby', '555-0147', '(555)'];

const WORDS: [string, string][] = [
  ['agent', 'Thank'],
  ['agent', 'you'],
  ['agent', 'for'],
  ['agent', 'calling'],
  ['agent', 'Cobalt'],
  ['agent', 'Air.'],
  ['customer', 'Hi,'],
  ['customer', 'my'],
  ['customer', 'name'],
  ['customer', 'is'],
  ['customer', 'Marisol'],
  ['customer', 'Quenby.'],
  ['customer', 'You'],
  ['customer', 'can'],
  ['customer', 'reach'],
  ['customer', 'me'],
  ['customer', 'at'],
  ['customer', '(555)'],
  ['customer', '555-0147'],
  ['customer', 'or'],
  ['customer', 'marisol.quenby@example.com.'],
];

export interface Fixture {
  audio: Buffer;
  transcript: Buffer;
}

/** A 5 s 16 kHz sine WAV and a canonical transcript of 21 words, 0.2 s apart. `variant` changes the content (and so the id). */
export async function makeFixture(dir: string, variant = 0, extraWords = 0): Promise<Fixture> {
  await fs.mkdir(dir, { recursive: true });
  const seconds = 5 + Math.ceil(extraWords * 0.2);
  const wav = path.join(dir, `fixture-${variant}-${extraWords}.wav`);
  await run('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${440 + variant}:sample_rate=16000:duration=${seconds}`,
    '-ac',
    '1',
    '-c:a',
    'pcm_s16le',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
    '-map_metadata',
    '-1',
    wav,
  ]);
  const filler = Array.from({ length: extraWords }, (_, i): [string, string] => [
    'agent',
    i % 2 ? 'okay' : 'alright',
  ]);
  const words = [...WORDS, ...filler].map(([speaker, text], i) => ({
    text,
    start: Math.round((0.2 + i * 0.2) * 1000) / 1000,
    end: Math.round((0.35 + i * 0.2) * 1000) / 1000,
    speaker,
  }));
  const transcript = Buffer.from(JSON.stringify({ words, note: `fixture ${variant}` }));
  return { audio: await fs.readFile(wav), transcript };
}

export interface Harness {
  dir: string;
  env: Record<string, string>;
  config: Config;
  base: string;
  server: RunningServer;
  database: Database;
  redis: Redis;
  keys: Record<Role | 'otherTenant', string>;
  apiLogs: string[];
  workerLogs: string[];
  spawnWorker(opts?: { detached?: boolean }): ChildProcess;
  stopWorker(child: ChildProcess): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(overrides: Record<string, string> = {}): Promise<Harness> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-api-'));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `crtest-${randomBytes(6).toString('hex')}`,
    SQLITE_PATH: path.join(dir, 'callredact.sqlite'),
    STORAGE_DIR: path.join(dir, 'storage'),
    PORT: '0',
    HOST: '127.0.0.1',
    WEBHOOK_SECRET: 'test-webhook-secret',
    WORKER_LOCK_MS: '2000',
    RECONCILE_INTERVAL_MS: '300',
    MAX_UPLOAD_BYTES: String(2 * 1024 * 1024),
    ...overrides,
  };
  const config = parseConfig(env);
  const apiLogs: string[] = [];
  const logSink = new Writable({
    write(chunk: Buffer, _enc, done) {
      apiLogs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'info', name: 'api-test', destination: logSink });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  const server = await startServer(config, logger, { handleSignals: false });
  const keys = {} as Harness['keys'];
  for (const role of ['uploader', 'reviewer', 'admin', 'dpo'] as const) {
    keys[role] = (await createApiKey(database.db, { role, tenant: 'acme', label: role })).key;
  }
  keys.otherTenant = (await createApiKey(database.db, { role: 'reviewer', tenant: 'globex' })).key;
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);

  const workerLogs: string[] = [];
  const children = new Set<ChildProcess>();
  const spawnWorker = (opts: { detached?: boolean } = {}): ChildProcess => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/queue/main.ts'], {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: opts.detached ?? false,
    });
    child.stdout!.on('data', (d: Buffer) => workerLogs.push(d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => workerLogs.push(d.toString('utf8')));
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const stopWorker = async (child: ChildProcess): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };

  return {
    dir,
    env,
    config,
    base: `http://127.0.0.1:${server.port}`,
    server,
    database,
    redis,
    keys,
    apiLogs,
    workerLogs,
    spawnWorker,
    stopWorker,
    close: async () => {
      await Promise.all([...children].map(stopWorker));
      await server.close();
      await database.close();
      await deleteQueueKeys(redis, env.QUEUE_PREFIX!);
      redis.disconnect();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every Redis key of a queue prefix (BullMQ keys are `bull:<queue>:...`). */
export async function queueKeys(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `bull:${prefix}-*`, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

async function deleteQueueKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await queueKeys(redis, prefix).catch(() => []);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
}

/** The full content of a Redis key of any type, as text. */
export async function dumpKey(redis: Redis, key: string): Promise<string> {
  const type = await redis.type(key);
  switch (type) {
    case 'string':
      return (await redis.get(key)) ?? '';
    case 'hash':
      return JSON.stringify(await redis.hgetall(key));
    case 'list':
      return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set':
      return JSON.stringify(await redis.smembers(key));
    case 'zset':
      return JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES'));
    case 'stream':
      return JSON.stringify(await redis.xrange(key, '-', '+'));
    default:
      return '';
  }
}

export async function upload(
  base: string,
  key: string | null,
  parts: {
    audio?: Buffer;
    transcript?: Buffer;
    /** the transcript part's file name; its extension tells the format (default `.json`) */
    transcriptName?: string;
    policy?: string;
    audio_options?: string;
    callback_url?: string;
    tags?: string;
  },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  // client file names are deliberately PII-laden: they must never reach a path or a log
  if (parts.audio) form.set('audio', new Blob([parts.audio]), 'Marisol Quenby 555-0147.wav');
  if (parts.transcript)
    form.set('transcript', new Blob([parts.transcript]), parts.transcriptName ?? 'Marisol Quenby.json');
  if (parts.policy !== undefined) form.set('policy', parts.policy);
  if (parts.audio_options !== undefined) form.set('audio_options', parts.audio_options);
  if (parts.callback_url !== undefined) form.set('callback_url', parts.callback_url);
  if (parts.tags !== undefined) form.set('tags', parts.tags);
  const res = await fetch(`${base}/v1/calls`, {
    method: 'POST',
    body: form,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function getJson(
  base: string,
  key: string | null,
  urlPath: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}${urlPath}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls the status endpoint until the call is completed or failed. */
export async function waitForCall(base: string, key: string, id: string): Promise<Record<string, unknown>> {
  return waitFor(`call ${id}`, async () => {
    const { body } = await getJson(base, key, `/v1/calls/${id}`);
    return body.state === 'completed' || body.state === 'failed' ? body : undefined;
  });
}
