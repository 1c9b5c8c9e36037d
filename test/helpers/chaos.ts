/**
 * Shared pieces of the infrastructure-fault tests (test/chaos/): a redis-server of the test's own
 * on a free port (optionally with AOF and a memory limit) that can be killed and restarted, and
 * the end-of-case checks every fault case makes: each call completed exactly once, no temp file or
 * staging folder left, nothing half published.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { readManifest } from '../../src/storage/publish.js';
import { callStorageKeys, resolveStorageKey } from '../../src/storage/uploads.js';
import { Queue, QueueEvents } from 'bullmq';
import { queueName } from '../../src/queue/jobs.js';
import { expect } from 'vitest';
import { getJson, startHarness, waitFor, type Harness } from './api-harness.js';
import { freePort } from './free-port.js';
export { freePort };

async function accepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A redis-server child on its own port and data folder; `start` again after `kill` reuses both. */
export class OwnRedis {
  child: ChildProcess | null = null;
  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly args: string[],
  ) {}

  static async create(args: string[] = ['--save', '', '--appendonly', 'no']): Promise<OwnRedis> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-redis-'));
    return new OwnRedis(await freePort(), dir, args);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, ...this.args],
      { stdio: 'ignore' },
    );
    await waitFor(
      'redis-server to accept',
      async () => ((await accepts(this.port)) ? true : undefined),
      10_000,
    );
  }

  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async dispose(): Promise<void> {
    await this.kill();
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** Worker log lines (JSON, pino) that say a call job completed, per call id. */
export function completionsById(workerLogs: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of workerLogs.join('').split('\n')) {
    if (!line.includes('call job completed')) continue;
    try {
      const { callId } = JSON.parse(line) as { callId?: string };
      if (callId) counts.set(callId, (counts.get(callId) ?? 0) + 1);
    } catch {
      // a partial line of a chunk still being written
    }
  }
  return counts;
}

/** Files anywhere under `dir` (recursively), as paths relative to it; [] when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * Leftovers of an interrupted write: upload bytes in raw/.incoming, `.staging-*` folders, the
 * folder store's hidden `.<name>.tmp-*` files, audio work folders in `tmpDir`, job scratch copies.
 */
export async function leftovers(storageDir: string, tmpDir?: string): Promise<string[]> {
  const found: string[] = [];
  for (const rel of await filesUnder(storageDir)) {
    if (/(^|\/)raw\/\.incoming\//.test(rel) || /(^|\/)\.staging-/.test(rel) || /\.tmp-/.test(rel))
      found.push(rel);
    if (rel.startsWith('.scratch/')) found.push(rel);
  }
  const dirs = await fs.readdir(path.join(storageDir, 'outputs')).catch(() => [] as string[]);
  found.push(...dirs.filter((d) => d.startsWith('.staging-')).map((d) => `outputs/${d}/`));
  if (tmpDir) {
    const tmp = await fs.readdir(tmpDir).catch(() => [] as string[]);
    found.push(...tmp.filter((d) => d.startsWith('callredact-')).map((d) => `tmp/${d}`));
  }
  return found;
}

/** The published manifest of a call's output folder (null when nothing is published). */
export async function publishedManifest(storageDir: string, callId: string) {
  return readManifest(resolveStorageKey(storageDir, callStorageKeys(callId).outputKey));
}

/** Every file of a call's output folder: either none, or a manifest and exactly the files it lists. */
export async function assertWholeOrNothing(storageDir: string, callId: string): Promise<'none' | 'whole'> {
  const dir = resolveStorageKey(storageDir, callStorageKeys(callId).outputKey);
  const files = await filesUnder(dir);
  const manifest = await readManifest(dir);
  if (!manifest) {
    if (files.length > 0) throw new Error(`call output without a manifest: ${files.length} files`);
    return 'none';
  }
  const listed = new Set(Object.values(manifest.artefacts).map((a) => a.file));
  for (const entry of Object.values(manifest.artefacts)) {
    const stat = await fs.stat(path.join(dir, entry.file));
    if (stat.size !== entry.bytes)
      throw new Error(`published ${entry.file} has ${stat.size} of ${entry.bytes} bytes`);
  }
  const unlisted = files.filter((f) => !listed.has(f) && !/manifest/.test(f));
  if (unlisted.length > 0) throw new Error(`unlisted files in a published output: ${unlisted.join(', ')}`);
  return 'whole';
}

/**
 * A TCP relay to `target` on a port of its own: `down()` stops accepting and cuts every relayed
 * connection (a database host that went away), `up()` listens on the same port again.
 */
export class TcpRelay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async create(target: { host: string; port: number }): Promise<TcpRelay> {
    const relay = new TcpRelay(await freePort(), target);
    await relay.up();
    return relay;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

/**
 * Polls a call's status until it is completed or failed; longer than the harness's default, since
 * a worker process may take a minute to start on a loaded machine.
 */
export async function settledCall(
  base: string,
  key: string,
  id: string,
  timeoutMs = 300_000,
): Promise<Record<string, unknown>> {
  return waitFor(
    `call ${id}`,
    async () => {
      const { body } = await getJson(base, key, `/v1/calls/${id}`);
      return body.state === 'completed' || body.state === 'failed' ? body : undefined;
    },
    timeoutMs,
  );
}

/** The harness's interactive queue, with the ids of its jobs in the order their completion was seen. */
export async function watchInteractiveQueue(
  h: Harness,
): Promise<{ queue: Queue; completions: string[]; close: () => Promise<void> }> {
  const name = queueName(h.env.QUEUE_PREFIX!, 'interactive');
  const queue = new Queue(name, { connection: { url: h.config.REDIS_URL } });
  const events = new QueueEvents(name, { connection: { url: h.config.REDIS_URL } });
  await events.waitUntilReady();
  const completions: string[] = [];
  events.on('completed', ({ jobId }) => completions.push(jobId));
  return {
    queue,
    completions,
    close: async () => {
      await events.close();
      await queue.close();
    },
  };
}

/** A harness of the worker-fault tests: its workers' temp folders in `tmp`, its interactive queue watched. */
export interface WatchedHarness {
  h: Harness;
  /** The workers' TMPDIR (their ffmpeg work folders), where a test can check nothing is left. */
  tmp: string;
  queue: Queue;
  /** Ids of the interactive queue's jobs in the order their completion was seen. */
  completions: string[];
  close: () => Promise<void>;
}

/** Starts a harness with `env` and a fresh TMPDIR named after `prefix`, and watches its queue. */
export async function startWatchedHarness(
  prefix: string,
  env: Record<string, string>,
): Promise<WatchedHarness> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  const removeTmp = () => fs.rm(tmp, { recursive: true, force: true });
  const h = await startHarness({ ...env, TMPDIR: tmp }).catch(async (err: unknown) => {
    await removeTmp();
    throw err;
  });
  const watched = await watchInteractiveQueue(h);
  return {
    h,
    tmp,
    queue: watched.queue,
    completions: watched.completions,
    close: async () => {
      await watched.close();
      await h.close();
      await removeTmp();
    },
  };
}

/**
 * Each call completed, its outputs whole, and logged as completed exactly once by the workers
 * (the fault tests' "nothing lost, nothing published twice").
 */
export async function expectEachCompletedOnce(h: Harness, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const done = await settledCall(h.base, h.keys.uploader, id);
    expect(done.state, `${id}: ${JSON.stringify(done.failure)}`).toBe('completed');
    expect(await assertWholeOrNothing(h.config.STORAGE_DIR, id)).toBe('whole');
  }
  await waitFor(
    'completion logs',
    async () => (ids.every((id) => completionsById(h.workerLogs).has(id)) ? true : undefined),
    10_000,
  );
  for (const id of ids) expect(completionsById(h.workerLogs).get(id), id).toBe(1);
}

/** Files and folders under `dir` whose names mark them as temporary (staging, tmp, work folders). */
export async function tempEntries(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (/^\.staging-|\.tmp-|^callredact-|^job-|^asr-/.test(entry.name)) found.push(entry.name);
      else if (entry.isDirectory()) await walk(path.join(d, entry.name));
    }
  };
  await walk(dir);
  return found;
}

/** Starts a worker of the harness and waits until it logs that it is ready. */
export async function readyWorker(
  h: Harness,
  opts: { detached?: boolean } = {},
  timeoutMs?: number,
): Promise<ChildProcess> {
  const started = () => h.workerLogs.join('').split('"worker started"').length;
  const before = started();
  const child = h.spawnWorker(opts);
  await waitFor('a worker ready', async () => (started() > before ? true : undefined), timeoutMs);
  return child;
}
