/**
 * Archive runs: every call of a SOURCE (a folder or an s3:// prefix) redacted into DEST, with the
 * run's state in the database so it can be followed from any terminal, stopped and resumed.
 *
 * - The listing is streamed page by page and paired on the fly (pairing.ts); calls are processed
 *   in bounded batches by a pool of `concurrency` workers in this process (--inline).
 * - After each batch the listing cursor is saved; every call's outcome is saved as it finishes.
 *   A resumed run lists from the saved cursor and passes over calls this run already finished.
 * - Before processing, a call's id (content hashes + policy + tenant, the one call-id recipe) and
 *   the pipeline version form its work key; a call whose outputs are already published at DEST
 *   under that key is skipped, so a re-run with the same policy redoes nothing.
 * - Failures are recorded per call with the error's code and PII-free message (the project's
 *   errors carry no personal data by contract), and `retry` runs the failed calls again.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import { callId, canonicalJson } from '../calls/call-id.js';
import { NO_ENGINE_MESSAGE } from '../asr/from-config.js';
import { coerceError, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall, type RedactCallDeps } from '../pipeline/redact-call.js';
import { parsePolicy, type Policy } from '../policy.js';
import { sha256File } from '../storage/publish.js';
import { withLocalFiles } from '../storage/local-copies.js';
import { listAll, readPublishedManifest, type ObjectStore } from '../storage/store.js';
import { pairListing, type Group } from './pairing.js';

/** Bump when the pipeline's outputs change for the same inputs: archive re-runs then redo calls. */
export const PIPELINE_VERSION = 'callredact-pipeline/1';

export interface ArchiveRunOptions {
  source: string;
  dest: string;
  tenant: string;
  /** policy JSON text; absent: the default policy */
  policyJson?: string | undefined;
  concurrency: number;
  /** calls per batch (the cursor is saved after each) */
  batchSize?: number | undefined;
}

export interface ArchiveDeps {
  db: Db;
  openStore(url: string): ObjectStore;
  pipeline: RedactCallDeps;
  logger: Logger;
  scratchDir: string;
  /** set to stop after the batch in flight (Ctrl-C, SIGTERM) */
  shouldStop?: () => boolean;
  onProgress?: (status: ArchiveStatus) => void;
}

export interface ArchiveStatus {
  id: string;
  state: string;
  source: string;
  dest: string;
  /** calls and unpaired files found so far */
  discovered: number;
  done: number;
  skipped: number;
  failed: number;
  unpaired: number;
  /** calls finished (done + skipped + failed) per minute since the run started */
  callsPerMinute: number;
  /** seconds until the calls found so far are finished; null while unknown */
  etaSeconds: number | null;
  enumerating: boolean;
  startedAt: string;
  finishedAt: string | null;
}

const now = (): string => new Date().toISOString();

export function runIdOf(tenant: string, source: string, dest: string, policySha: string): string {
  return createHash('sha256')
    .update(`archive/v1\n${tenant}\n${source}\n${dest}\n${policySha}\n${PIPELINE_VERSION}`)
    .digest('hex')
    .slice(0, 20);
}

/** Starts or resumes the run of these options; returns its id when it has stopped or finished. */
export async function runArchive(options: ArchiveRunOptions, deps: ArchiveDeps): Promise<string> {
  const policy = parsePolicy(options.policyJson ? (JSON.parse(options.policyJson) as unknown) : {});
  const policyText = canonicalJson(policy);
  const policySha = createHash('sha256').update(policyText).digest('hex');
  const id = runIdOf(options.tenant, options.source, options.dest, policySha);
  const existing = await deps.db
    .selectFrom('archive_runs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing) {
    await deps.db
      .insertInto('archive_runs')
      .values({
        id,
        tenant: options.tenant,
        source: options.source,
        dest: options.dest,
        policy_sha: policySha,
        policy_json: policyText,
        state: 'running',
        cursor: null,
        enumerated: 0,
        started_at: now(),
        updated_at: now(),
        finished_at: null,
      })
      .execute();
  } else if (existing.state === 'finished') {
    // the same command again: a fresh pass in which finished calls are skipped by their work key
    await deps.db.deleteFrom('archive_items').where('run_id', '=', id).execute();
    await deps.db
      .updateTable('archive_runs')
      .set({
        state: 'running',
        cursor: null,
        enumerated: 0,
        started_at: now(),
        updated_at: now(),
        finished_at: null,
      })
      .where('id', '=', id)
      .execute();
  } else {
    await deps.db
      .updateTable('archive_runs')
      .set({ state: 'running', updated_at: now() })
      .where('id', '=', id)
      .execute();
  }
  await processRun(id, policy, options, deps);
  return id;
}

async function processRun(
  id: string,
  policy: Policy,
  options: ArchiveRunOptions,
  deps: ArchiveDeps,
): Promise<void> {
  const run = (await deps.db.selectFrom('archive_runs').selectAll().where('id', '=', id).executeTakeFirst())!;
  const source = deps.openStore(options.source);
  const dest = deps.openStore(options.dest);
  const batchSize = options.batchSize ?? 100;
  let enumerated = run.enumerated;
  try {
    let batch: Group[] = [];
    const flush = async (): Promise<void> => {
      await processBatch(
        id,
        batch,
        { policy, tenant: options.tenant, source, dest, concurrency: options.concurrency },
        deps,
      );
      enumerated += batch.length;
      await deps.db
        .updateTable('archive_runs')
        .set({ cursor: batch[batch.length - 1]!.lastKey, enumerated, updated_at: now() })
        .where('id', '=', id)
        .execute();
      batch = [];
      deps.onProgress?.(await archiveStatus(deps.db, id));
    };
    const listing = listAll(source, '', { cursor: run.cursor, pageSize: 1000 });
    // audio alone is a call when an engine can transcribe it, else it is reported unpaired
    const audioOnly = Boolean(deps.pipeline.transcriber);
    for await (const group of pairListing(listing, { audioOnly })) {
      batch.push(group);
      if (batch.length >= batchSize) {
        await flush();
        if (deps.shouldStop?.()) {
          await setState(deps.db, id, 'stopped');
          return;
        }
      }
    }
    if (batch.length > 0) await flush();
    await deps.db
      .updateTable('archive_runs')
      .set({ state: 'finished', finished_at: now(), updated_at: now() })
      .where('id', '=', id)
      .execute();
    deps.onProgress?.(await archiveStatus(deps.db, id));
  } catch (err) {
    await setState(deps.db, id, 'stopped');
    throw err;
  } finally {
    await source.close();
    await dest.close();
  }
}

async function setState(db: Db, id: string, state: string): Promise<void> {
  await db.updateTable('archive_runs').set({ state, updated_at: now() }).where('id', '=', id).execute();
}

interface BatchContext {
  policy: Policy;
  tenant: string;
  source: ObjectStore;
  dest: ObjectStore;
  concurrency: number;
}

async function processBatch(id: string, batch: Group[], ctx: BatchContext, deps: ArchiveDeps): Promise<void> {
  // calls this run finished before it was stopped (after the saved cursor) are not redone
  const finished = new Set(
    (
      await deps.db
        .selectFrom('archive_items')
        .select('name')
        .where('run_id', '=', id)
        .where(
          'name',
          'in',
          batch.map((g) => g.name),
        )
        .execute()
    ).map((r) => r.name),
  );
  const queue = batch.filter((g) => !finished.has(g.name));
  const workers = Array.from({ length: Math.max(1, ctx.concurrency) }, async () => {
    for (let group = queue.shift(); group; group = queue.shift()) await processGroup(id, group, ctx, deps);
  });
  await Promise.all(workers);
}

async function processGroup(id: string, group: Group, ctx: BatchContext, deps: ArchiveDeps): Promise<void> {
  if (group.kind === 'unpaired') {
    await recordItem(deps.db, id, group.name, 'unpaired', {
      audio_key: null,
      transcript_key: group.keys[0] ?? null,
      reason: group.reason,
    });
    return;
  }
  await processCall(id, group, ctx, deps);
}

/**
 * One call: hash, skip when published under the same work key, else redact and publish. A call
 * without a transcript (audio only) is transcribed by the pipeline's engine; the engine and model
 * are part of its id, so changing the engine redoes it.
 */
export async function processCall(
  id: string,
  call: { name: string; audioKey: string | null; transcriptKey: string | null },
  ctx: BatchContext,
  deps: ArchiveDeps,
): Promise<void> {
  const keys = { audio_key: call.audioKey, transcript_key: call.transcriptKey };
  try {
    const sourceKeys = [call.transcriptKey, call.audioKey].filter((k): k is string => k !== null);
    const engine = deps.pipeline.transcriber;
    if (!call.transcriptKey && !engine) {
      throw new InputError(`audio without transcript: ${NO_ENGINE_MESSAGE}`);
    }
    const outcome = await withLocalFiles(ctx.source, sourceKeys, deps.scratchDir, async (files) => {
      const [transcript, audio] = call.transcriptKey ? files : [undefined, files[0]];
      const cid = callId({
        audioSha256: audio ? await sha256File(audio) : null,
        transcriptSha256: transcript ? await sha256File(transcript) : null,
        tenant: ctx.tenant,
        policy: ctx.policy,
        audio: audio ? DEFAULT_AUDIO_OPTIONS : null,
        ...(transcript ? {} : { transcriber: { engine: engine!.engine, model: engine!.model } }),
      });
      const workKey = `${cid}:${PIPELINE_VERSION}`;
      const done = await deps.db
        .selectFrom('archive_outputs')
        .select('work_key')
        .where('work_key', '=', workKey)
        .where('dest', '=', ctx.dest.description)
        .where('name', '=', call.name)
        .executeTakeFirst();
      if (done && (await readPublishedManifest(ctx.dest, call.name))?.callId === cid) {
        return { state: 'skipped', cid };
      }
      await redactCall(
        {
          ...(transcript ? { transcriptPath: transcript } : {}),
          ...(audio ? { audioPath: audio } : {}),
          policy: ctx.policy,
          audio: DEFAULT_AUDIO_OPTIONS,
          publishTo: { store: ctx.dest, prefix: call.name },
          tenant: ctx.tenant,
          callId: cid,
        },
        deps.pipeline,
      );
      await deps.db
        .insertInto('archive_outputs')
        .values({ work_key: workKey, dest: ctx.dest.description, name: call.name, created_at: now() })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return { state: 'done', cid };
    });
    await recordItem(deps.db, id, call.name, outcome.state, { ...keys, call_id: outcome.cid, reason: null });
  } catch (err) {
    const error = coerceError(err);
    // local scratch paths mean nothing to the reader: name the call instead
    const message = error.message.replace(/\/\S*\/job-[^/\s]+\/[0-9a-f-]{36}(\.[A-Za-z0-9]+)?/g, call.name);
    await recordItem(deps.db, id, call.name, 'failed', { ...keys, reason: `${error.code}: ${message}` });
  }
}

async function recordItem(
  db: Db,
  runId: string,
  name: string,
  state: string,
  fields: {
    audio_key: string | null;
    transcript_key: string | null;
    call_id?: string | null;
    reason: string | null;
  },
): Promise<void> {
  const row = { state, ...fields, call_id: fields.call_id ?? null, updated_at: now() };
  await db
    .insertInto('archive_items')
    .values({ run_id: runId, name, ...row })
    .onConflict((oc) => oc.columns(['run_id', 'name']).doUpdateSet(row))
    .execute();
}

/** Runs the failed calls of a run again. */
export async function retryFailed(runId: string, deps: ArchiveDeps, concurrency: number): Promise<void> {
  const run = await deps.db.selectFrom('archive_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw new (await import('../errors.js')).NotFoundError('no such archive run');
  const source = deps.openStore(run.source);
  const dest = deps.openStore(run.dest);
  try {
    const ctx: BatchContext = {
      policy: parsePolicy(JSON.parse(run.policy_json) as unknown),
      tenant: run.tenant,
      source,
      dest,
      concurrency,
    };
    const failed = await deps.db
      .selectFrom('archive_items')
      .selectAll()
      .where('run_id', '=', runId)
      .where('state', '=', 'failed')
      .execute();
    const queue = [...failed];
    await Promise.all(
      Array.from({ length: Math.max(1, concurrency) }, async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
          await processCall(
            runId,
            { name: item.name, audioKey: item.audio_key, transcriptKey: item.transcript_key },
            ctx,
            deps,
          );
        }
      }),
    );
  } finally {
    await source.close();
    await dest.close();
  }
}

export async function archiveStatus(db: Db, id: string): Promise<ArchiveStatus> {
  const run = await db.selectFrom('archive_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!run) throw new (await import('../errors.js')).NotFoundError('no such archive run');
  const rows = await db
    .selectFrom('archive_items')
    .select(['state', db.fn.countAll<number>().as('n')])
    .where('run_id', '=', id)
    .groupBy('state')
    .execute();
  const count = (state: string): number => Number(rows.find((r) => r.state === state)?.n ?? 0);
  const done = count('done');
  const skipped = count('skipped');
  const failed = count('failed');
  const unpaired = count('unpaired');
  const finished = done + skipped + failed;
  const discovered = Math.max(run.enumerated, finished + unpaired);
  const end = run.finished_at ? Date.parse(run.finished_at) : Date.now();
  const minutes = Math.max(1e-6, (end - Date.parse(run.started_at)) / 60_000);
  const callsPerMinute = finished / minutes;
  const remaining = discovered - finished - unpaired;
  return {
    id,
    state: run.state,
    source: run.source,
    dest: run.dest,
    discovered,
    done,
    skipped,
    failed,
    unpaired,
    callsPerMinute: Math.round(callsPerMinute * 10) / 10,
    etaSeconds:
      run.state === 'finished'
        ? 0
        : callsPerMinute > 0
          ? Math.round((remaining / callsPerMinute) * 60)
          : null,
    enumerating: run.state !== 'finished',
    startedAt: run.started_at,
    finishedAt: run.finished_at,
  };
}

/** The failed calls of a run with their reasons (no PII: codes and messages of the error hierarchy). */
export async function archiveFailures(db: Db, id: string): Promise<{ name: string; reason: string }[]> {
  const rows = await db
    .selectFrom('archive_items')
    .select(['name', 'reason', 'state'])
    .where('run_id', '=', id)
    .where('state', 'in', ['failed', 'unpaired'])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ name: r.name, reason: `${r.state}: ${r.reason ?? ''}` }));
}
