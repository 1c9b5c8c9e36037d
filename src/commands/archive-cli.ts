/**
 * `callredact archive run SOURCE --out DEST`, `archive status ID`, `archive retry ID`: archive
 * runs (src/archive/run.ts) with their state in the database (DATABASE_URL or SQLITE_PATH), so
 * status works from any terminal and the same command resumes a stopped run. SOURCE and DEST are
 * folders or s3:// prefixes (S3 settings from the environment, as for STORAGE_URL). `--queue`
 * feeds the bulk lane (REDIS_URL, QUEUE_PREFIX) for `callredact worker` processes on any machine.
 */
import os from 'node:os';
import fs from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  archiveFailures,
  archiveStatus,
  retryFailed,
  runArchive,
  type ArchiveStatus,
} from '../archive/run.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { InputError } from '../errors.js';
import { createLogger } from '../log.js';
import { createPipelineDeps } from '../pipeline/deps.js';
import type { PairingRules } from '../archive/pairing.js';
import { createProducerConnection } from '../queue/connections.js';
import { bulkArchiveQueue } from '../queue/archive-queue.js';
import { openStoreAt, s3SettingsOf, scratchDirOf } from '../storage/open-store.js';

function formatStatus(s: ArchiveStatus): string {
  const eta = s.etaSeconds === null ? '?' : `${Math.round(s.etaSeconds)} s`;
  return (
    `archive ${s.id} ${s.state}: discovered ${s.discovered}, queued ${s.queued}, done ${s.done}, skipped ${s.skipped}, ` +
    `failed ${s.failed}, unpaired ${s.unpaired}; ${s.callsPerMinute} calls/min, ETA ${eta}${s.enumerating ? ' (still listing)' : ''}`
  );
}

async function withArchiveDeps<T>(
  fn: (deps: Parameters<typeof runArchive>[1]) => Promise<T>,
  opts: { queue: boolean; stopFlag?: { stop: boolean }; onProgress?: (s: ArchiveStatus) => void },
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'error' });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  // queue mode needs no pipeline here (the workers run it); inline mode no Redis
  const pipeline = opts.queue ? null : await createPipelineDeps(config, logger);
  const connection = opts.queue ? createProducerConnection(config.REDIS_URL, logger) : null;
  const queue = connection ? bulkArchiveQueue(config.QUEUE_PREFIX, connection) : null;
  try {
    return await fn({
      db: database.db,
      openStore: (url) => openStoreAt(url, s3SettingsOf(config)),
      ...(pipeline ? { pipeline } : {}),
      ...(queue ? { queue } : {}),
      logger,
      scratchDir: scratchDirOf(config),
      shouldStop: () => opts.stopFlag?.stop ?? false,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
  } finally {
    await queue?.close();
    connection?.disconnect();
    await pipeline?.close();
    await database.close();
  }
}

async function pairingOf(opts: {
  pairing?: string;
  audioPattern?: string;
  transcriptPattern?: string;
}): Promise<PairingRules | null> {
  if (opts.pairing) {
    const text = await fs.readFile(opts.pairing, 'utf8').catch(() => {
      throw new InputError(`${opts.pairing}: cannot read pairing rules`);
    });
    try {
      return JSON.parse(text) as PairingRules;
    } catch {
      throw new InputError(`${opts.pairing}: pairing rules are not JSON`);
    }
  }
  if (!opts.audioPattern && !opts.transcriptPattern) return null;
  if (!opts.audioPattern || !opts.transcriptPattern) {
    throw new InputError('--audio-pattern and --transcript-pattern go together');
  }
  return { audio: opts.audioPattern, transcript: opts.transcriptPattern };
}

export function registerArchiveCommands(program: Command): void {
  const archive = program
    .command('archive')
    .description('archive runs over folders or s3:// prefixes, resumable, state in the database');

  archive
    .command('run')
    .description('redact every call of SOURCE into DEST (audio + transcript paired by base name)')
    .argument('<source>', 'folder or s3://bucket/prefix')
    .requiredOption('-o, --out <dest>', 'folder or s3://bucket/prefix for the outputs')
    .option('--policy <file>', 'policy JSON for every call')
    .option('--tenant <name>', 'tenant (default $TENANT)')
    .option('--inline', 'process in this process with a pool sized to the cores (the default)')
    .option('--queue', 'feed the bulk lane; `callredact worker` processes on any machine do the calls')
    .option('--concurrency <n>', 'inline: calls in parallel (default: cores)')
    .option('--batch <n>', 'calls per batch; the listing cursor is saved after each', '100')
    .option('--max-queued <n>', 'queue: wait while the bulk lane has this many jobs waiting', '1000')
    .option('--no-wait', 'queue: return once everything is listed (the workers finish the run)')
    .option('--pairing <file>', 'pairing rules JSON {"audio": regex, "transcript": regex, "window"?}')
    .option('--audio-pattern <regex>', 'audio keys, with a (?<name>...) group naming the call')
    .option('--transcript-pattern <regex>', 'transcript keys, with a (?<name>...) group')
    .action(
      async (
        source: string,
        opts: {
          out: string;
          policy?: string;
          tenant?: string;
          concurrency?: string;
          batch: string;
          queue?: boolean;
          inline?: boolean;
          maxQueued: string;
          wait: boolean;
          pairing?: string;
          audioPattern?: string;
          transcriptPattern?: string;
        },
      ) => {
        if (opts.queue && opts.inline) throw new InputError('--inline and --queue exclude each other');
        const config = loadConfig();
        const policyJson = opts.policy
          ? await fs.readFile(opts.policy, 'utf8').catch(() => {
              throw new InputError(`${opts.policy}: cannot read policy`);
            })
          : undefined;
        const pairing = await pairingOf(opts);
        const stop = { stop: false };
        const onSignal = (): void => {
          stop.stop = true;
          process.stderr.write('stopping after the batch in flight (run the same command to resume)\n');
        };
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const bar = process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: 'archive [{bar}] {value}/{total} {text}', stream: process.stderr, hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
        bar?.start(0, 0, { text: '' });
        const id = await withArchiveDeps(
          (deps) =>
            runArchive(
              {
                source,
                dest: opts.out,
                tenant: opts.tenant ?? config.TENANT,
                policyJson,
                pairing,
                mode: opts.queue ? 'queue' : 'inline',
                concurrency: Number(opts.concurrency ?? os.availableParallelism()),
                batchSize: Number(opts.batch),
                maxBacklog: Number(opts.maxQueued),
                wait: opts.wait,
              },
              deps,
            ),
          {
            queue: opts.queue ?? false,
            stopFlag: stop,
            onProgress: throttled((s) => {
              if (bar) {
                bar.setTotal(s.discovered);
                bar.update(s.done + s.skipped + s.failed + s.unpaired, { text: formatStatus(s) });
              } else {
                process.stderr.write(`${formatStatus(s)}\n`);
              }
            }),
          },
        );
        bar?.stop();
        await printStatus(id);
        if (stop.stop) process.exitCode = 130;
      },
    );

  archive
    .command('status')
    .description('progress of an archive run (from any terminal)')
    .argument('<id>')
    .option('--json', 'machine-readable')
    .action(async (id: string, opts: { json?: boolean }) => {
      await printStatus(id, opts.json ?? false);
    });

  archive
    .command('retry')
    .description('run the failed calls of an archive run again (a --queue run: on the workers)')
    .argument('<id>')
    .option('--concurrency <n>', 'inline: calls in parallel (default: cores)')
    .option('--inline', 'retry in this process even when the run was fed to the queue')
    .action(async (id: string, opts: { concurrency?: string; inline?: boolean }) => {
      const queued = !opts.inline && (await runMode(id)) === 'queue';
      await withArchiveDeps(
        (deps) => retryFailed(id, deps, Number(opts.concurrency ?? os.availableParallelism())),
        { queue: queued },
      );
      await printStatus(id);
    });
}

/** At most one progress line every 2 s on a pipe (a bar redraws in place: every update). */
function throttled(fn: (s: ArchiveStatus) => void): (s: ArchiveStatus) => void {
  let last = 0;
  return (s) => {
    const t = Date.now();
    if (!process.stderr.isTTY && t - last < 2_000 && s.state !== 'finished') return;
    last = t;
    fn(s);
  };
}

async function runMode(id: string): Promise<string> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  try {
    return (await archiveStatus(database.db, id)).mode;
  } finally {
    await database.close();
  }
}

async function printStatus(id: string, json = false): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  try {
    const status = await archiveStatus(database.db, id);
    const failures = await archiveFailures(database.db, id);
    if (json) {
      process.stdout.write(`${JSON.stringify({ ...status, failures })}\n`);
    } else {
      process.stdout.write(`${formatStatus(status)}\n`);
      for (const f of failures) process.stdout.write(`  ${f.name}\t${f.reason}\n`);
    }
    if (status.failed > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}
