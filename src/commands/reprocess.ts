/**
 * `callredact reprocess FOLDER`: bulk re-processing of an archive through the queue. Every call of
 * the folder (audio + transcript paired by base name; audio alone when a speech-to-text engine is
 * configured, transcribed by the workers) goes through intake, as an upload does:
 * copied into raw storage, recorded in the ledger and enqueued on the *bulk* lane, which workers
 * consume with their own slots so archive runs never starve interactive uploads.
 * With --wait it follows the ledger until every call has finished.
 */
import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { NO_ENGINE_MESSAGE, transcriberIdentity } from '../asr/from-config.js';
import { resolveFfmpeg } from '../audio/index.js';
import { submitCall, type IntakeDeps } from '../calls/intake.js';
import { getCall } from '../calls/ledger.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { coerceError, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import { callQueueOf, openQueues } from '../queue/producer.js';
import { openStore } from '../storage/open-store.js';
import { incomingDir, streamToTempFile } from '../storage/uploads.js';
import { collectCalls } from './collect-calls.js';

export interface ReprocessOptions {
  folder: string;
  tenant: string;
  /** raw policy JSON text, validated by the submission path */
  policyJson?: string;
  wait: boolean;
  /** tags for every call (src/calls/tags.ts) */
  tags?: string[];
}

export interface ReprocessResult {
  submitted: { name: string; id: string; created: boolean }[];
  rejected: { name: string; error: string }[];
  finished?: { completed: number; failed: number };
}

const POLL_MS = 1000;

export async function runReprocess(
  options: ReprocessOptions,
  config: Config,
  logger: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<ReprocessResult> {
  const jobs = await collectCalls(options.folder);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  const queues = openQueues(config, logger);
  const deps: IntakeDeps = {
    db: database.db,
    queue: callQueueOf(queues),
    store: openStore(config),
    incomingDir: incomingDir(config.STORAGE_DIR),
    tools: await resolveFfmpeg(config),
    logger,
    webhooksEnabled: false,
    transcriber: transcriberIdentity(config),
  };
  const result: ReprocessResult = { submitted: [], rejected: [] };
  const bar = progressBar(stream, 'submitting');
  bar.start(jobs.length, 0);
  try {
    for (const job of jobs) {
      try {
        if (!job.audioPath) {
          throw new InputError(
            'needs both audio and transcript (use `callredact redact` for transcript-only calls)',
          );
        }
        if (!job.transcriptPath && !deps.transcriber) {
          throw new InputError(`audio without transcript: ${NO_ENGINE_MESSAGE}`);
        }
        const { id, created } = await submitCall(deps, {
          tenant: options.tenant,
          ownerKeyId: 'cli-reprocess',
          lane: 'bulk',
          audio: await streamToTempFile(createReadStream(job.audioPath), deps.incomingDir),
          transcript: job.transcriptPath
            ? await streamToTempFile(createReadStream(job.transcriptPath), deps.incomingDir)
            : undefined,
          policyJson: options.policyJson,
          tags: options.tags,
        });
        result.submitted.push({ name: job.name, id, created });
      } catch (err) {
        result.rejected.push({ name: job.name, error: coerceError(err).message });
      }
      bar.increment();
    }
    bar.stop();
    if (options.wait && result.submitted.length > 0) {
      result.finished = await waitForCalls(
        database.db,
        result.submitted.map((s) => s.id),
        stream,
      );
    }
  } finally {
    bar.stop();
    await queues.close();
    await deps.store.close();
    await database.close();
  }
  return result;
}

function progressBar(stream: NodeJS.WriteStream, label: string) {
  if (!stream.isTTY) {
    return {
      start: (_total: number, _value: number) => undefined,
      increment: () => undefined,
      stop: () => undefined,
    };
  }
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

async function waitForCalls(
  db: Parameters<typeof getCall>[0],
  ids: string[],
  stream: NodeJS.WriteStream,
): Promise<{ completed: number; failed: number }> {
  const pending = new Set(ids);
  let completed = 0;
  let failed = 0;
  const bar = progressBar(stream, 'processing');
  bar.start(ids.length, 0);
  while (pending.size > 0) {
    for (const id of [...pending]) {
      const row = await getCall(db, id);
      if (row?.state === 'completed' || row?.state === 'failed') {
        pending.delete(id);
        if (row.state === 'completed') completed++;
        else failed++;
        bar.increment();
        if (!stream.isTTY)
          stream.write(`${id}: ${row.state}${row.failure_code ? ` (${row.failure_code})` : ''}\n`);
      }
    }
    if (pending.size > 0) await new Promise((r) => setTimeout(r, POLL_MS));
  }
  bar.stop();
  return { completed, failed };
}
