/**
 * `callredact archive run SOURCE --out DEST`, `archive status ID`, `archive retry ID`: archive
 * runs (src/archive/run.ts) with their state in the database (DATABASE_URL or SQLITE_PATH), so
 * status works from any terminal and the same command resumes a stopped run. SOURCE and DEST are
 * folders or s3:// prefixes (S3 settings from the environment, as for STORAGE_URL).
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
import { openStoreAt, s3SettingsOf, scratchDirOf } from '../storage/open-store.js';

function formatStatus(s: ArchiveStatus): string {
  const eta = s.etaSeconds === null ? '?' : `${Math.round(s.etaSeconds)} s`;
  return (
    `archive ${s.id} ${s.state}: discovered ${s.discovered}, done ${s.done}, skipped ${s.skipped}, ` +
    `failed ${s.failed}, unpaired ${s.unpaired}; ${s.callsPerMinute} calls/min, ETA ${eta}${s.enumerating ? ' (still listing)' : ''}`
  );
}

async function withArchiveDeps<T>(
  fn: (deps: Parameters<typeof runArchive>[1]) => Promise<T>,
  stopFlag?: { stop: boolean },
  onProgress?: (s: ArchiveStatus) => void,
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL ?? 'error' });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  const pipeline = await createPipelineDeps(config, logger);
  try {
    return await fn({
      db: database.db,
      openStore: (url) => openStoreAt(url, s3SettingsOf(config)),
      pipeline,
      logger,
      scratchDir: scratchDirOf(config),
      shouldStop: () => stopFlag?.stop ?? false,
      ...(onProgress ? { onProgress } : {}),
    });
  } finally {
    await pipeline.close();
    await database.close();
  }
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
    .option('--concurrency <n>', 'calls in parallel (default: cores)')
    .option('--batch <n>', 'calls per batch; the listing cursor is saved after each', '100')
    .action(
      async (
        source: string,
        opts: { out: string; policy?: string; tenant?: string; concurrency?: string; batch: string },
      ) => {
        const config = loadConfig();
        const policyJson = opts.policy
          ? await fs.readFile(opts.policy, 'utf8').catch(() => {
              throw new InputError(`${opts.policy}: cannot read policy`);
            })
          : undefined;
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
                concurrency: Number(opts.concurrency ?? os.availableParallelism()),
                batchSize: Number(opts.batch),
              },
              deps,
            ),
          stop,
          (s) => {
            if (bar) {
              bar.setTotal(s.discovered);
              bar.update(s.done + s.skipped + s.failed + s.unpaired, { text: formatStatus(s) });
            } else {
              process.stderr.write(`${formatStatus(s)}\n`);
            }
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
    .description('run the failed calls of an archive run again')
    .argument('<id>')
    .option('--concurrency <n>', 'calls in parallel (default: cores)')
    .action(async (id: string, opts: { concurrency?: string }) => {
      await withArchiveDeps((deps) =>
        retryFailed(id, deps, Number(opts.concurrency ?? os.availableParallelism())),
      );
      await printStatus(id);
    });
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
