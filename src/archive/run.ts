/**
 * Archive runs: every call of a SOURCE (a folder or an s3:// prefix) redacted into DEST, with the
 * run's state in the database so it can be followed from any terminal, stopped and resumed.
 *
 * - The listing is streamed page by page and paired on the fly (pairing.ts) into bounded batches.
 *   After each batch the listing cursor is saved; every call's outcome is saved as it finishes.
 *   A resumed run lists from the saved cursor and passes over calls this run already finished.
 * - `inline`: a pool of `concurrency` calls in this process. `queue`: each batch becomes `queued`
 *   items in the database and one bulk-lane job per call (addBulk), while the bulk lane holds
 *   fewer than `maxBacklog` waiting jobs (back-pressure); workers on any machine process them
 *   (processArchiveJob) and the last one marks the run finished.
 * - A call's work key is its content hashes + policy hash + tenant (the call-id recipe) and the
 *   pipeline version. A call whose outputs are published at DEST under that key is skipped; under
 *   another policy it is skipped too when the change cannot alter its outputs (policy-change.ts),
 *   so a changed policy redoes only the calls it affects.
 * - Failures are recorded per call with the error's code and PII-free message (the project's
 *   errors carry no personal data by contract), and `retry` runs the failed calls again.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.js';
import { callId, canonicalJson } from '../calls/call-id.js';
import { NO_ENGINE_MESSAGE } from '../asr/from-config.js';
import { coerceError, ConfigError, InputError, NotFoundError } from '../errors.js';
import type { Logger } from '../log.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall, type RedactCallDeps } from '../pipeline/redact-call.js';
import { parsePolicy, type Policy } from '../policy.js';
import { sha256File } from '../storage/publish.js';
import { withLocalFiles } from '../storage/local-copies.js';
import { listAll, MANIFEST_FILE, readPublishedManifest, type ObjectStore } from '../storage/store.js';
import type { ArchivePublishedTable } from '../db/schema.js';
import type { Selectable } from 'kysely';
import { compilePairing, pairListing, type Group, type PairingRules } from './pairing.js';
import { affectedBy } from './policy-change.js';

/** Bump when the pipeline's outputs change for the same inputs: archive re-runs then redo calls. */
export const PIPELINE_VERSION = 'callredact-pipeline/1';

export type ArchiveMode = 'inline' | 'queue';

export interface ArchiveRunOptions {
  source: string;
  dest: string;
  tenant: string;
  /** policy JSON text; absent: the default policy */
  policyJson?: string | undefined;
  /** pairing rules; absent: same base name */
  pairing?: PairingRules | null | undefined;
  /** default inline */
  mode?: ArchiveMode | undefined;
  /** inline: calls in parallel */
  concurrency: number;
  /** calls per batch (the cursor is saved after each; one addBulk per batch) */
  batchSize?: number | undefined;
  /** queue: wait while the bulk lane has this many jobs waiting (default 1000) */
  maxBacklog?: number | undefined;
  /** queue: after listing, follow the run until the workers have finished it (default true) */
  wait?: boolean | undefined;
}

/** The bulk lane as the archive runner sees it (src/queue/archive-queue.ts implements it). */
export interface ArchiveQueue {
  /** one job per item; ids `archive-<run>-<pass>-<item>`, so adding one twice adds nothing */
  addBulk(jobs: ArchiveJobData[]): Promise<void>;
  /** jobs waiting or delayed in the bulk lane (all kinds) */
  backlog(): Promise<number>;
}

/** What an archive job carries in Redis: ids only (an item's name is a file name: it stays in the database). */
export interface ArchiveJobData {
  run: string;
  pass: number;
  item: string;
}

export interface ArchiveDeps {
  db: Db;
  openStore(url: string): ObjectStore;
  /** the redaction pipeline (inline mode and retries in this process; a feeder needs none) */
  pipeline?: RedactCallDeps | undefined;
  logger: Logger;
  scratchDir: string;
  /** queue mode: the bulk lane */
  queue?: ArchiveQueue | undefined;
  /** set to stop after the batch in flight (Ctrl-C, SIGTERM) */
  shouldStop?: () => boolean;
  onProgress?: (status: ArchiveStatus) => void;
  /** queue mode: how often the runner looks at the backlog and progress (default 500 ms) */
  pollMs?: number | undefined;
}

export interface ArchiveStatus {
  id: string;
  state: string;
  mode: string;
  source: string;
  dest: string;
  /** calls and unpaired files found so far */
  discovered: number;
  /** queue mode: calls handed to the bulk lane and not finished yet */
  queued: number;
  done: number;
  skipped: number;
  failed: number;
  unpaired: number;
  /** calls finished (done + skipped + failed) per minute since the run (or its last pass) started */
  callsPerMinute: number;
  /** seconds until the calls found so far are finished; null while unknown */
  etaSeconds: number | null;
  enumerating: boolean;
  startedAt: string;
  finishedAt: string | null;
}

const now = (): string => new Date().toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function runIdOf(
  tenant: string,
  source: string,
  dest: string,
  policySha: string,
  pairingJson: string | null = null,
): string {
  return createHash('sha256')
    .update(`archive/v1\n${tenant}\n${source}\n${dest}\n${policySha}\n${PIPELINE_VERSION}`)
    .update(pairingJson === null ? '' : `\n${pairingJson}`)
    .digest('hex')
    .slice(0, 20);
}

/**
 * A call's source fingerprint: tenant, keys, sizes and versions (ETag, modification time) of its
 * files. Equal fingerprints mean unchanged files, so a re-run can skip the call without reading
 * it; a different one only means the files must be read and hashed.
 */
export function sourceFingerprint(tenant: string, listed: string): string {
  return createHash('sha256').update(`${tenant}\u0000${listed}`).digest('hex');
}

/** Short stable id of an item (its name hashed): names the queue job. */
export function itemKeyOf(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 24);
}

export interface PreparedRun {
  id: string;
  policy: Policy;
  /** the run was finished and starts a fresh pass */
  fresh: boolean;
}

/**
 * Creates the run of these options, or resumes it: a finished run starts a fresh pass (finished
 * calls are then skipped by their work key), a stopped or interrupted one continues.
 */
export async function prepareRun(options: ArchiveRunOptions, db: Db): Promise<PreparedRun> {
  const policy = parsePolicy(options.policyJson ? (JSON.parse(options.policyJson) as unknown) : {});
  const policyText = canonicalJson(policy);
  const policySha = createHash('sha256').update(policyText).digest('hex');
  if (options.pairing) compilePairing(options.pairing);
  const pairingJson = options.pairing ? canonicalJson(options.pairing) : null;
  const mode = options.mode ?? 'inline';
  const id = runIdOf(options.tenant, options.source, options.dest, policySha, pairingJson);
  await db
    .insertInto('archive_policies')
    .values({ policy_sha: policySha, policy_json: policyText })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const existing = await db.selectFrom('archive_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!existing) {
    await db
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
        mode,
        pass: 1,
        pairing_json: pairingJson,
        started_at: now(),
        updated_at: now(),
        finished_at: null,
      })
      .execute();
    return { id, policy, fresh: true };
  }
  if (existing.state === 'finished') {
    await db.deleteFrom('archive_items').where('run_id', '=', id).execute();
    await db
      .updateTable('archive_runs')
      .set({
        state: 'running',
        cursor: null,
        enumerated: 0,
        mode,
        pass: existing.pass + 1,
        started_at: now(),
        updated_at: now(),
        finished_at: null,
      })
      .where('id', '=', id)
      .execute();
    return { id, policy, fresh: true };
  }
  await db
    .updateTable('archive_runs')
    .set({ state: 'running', mode, updated_at: now() })
    .where('id', '=', id)
    .execute();
  return { id, policy, fresh: false };
}

/** Starts or resumes the run of these options; returns its id when it has stopped or finished. */
export async function runArchive(options: ArchiveRunOptions, deps: ArchiveDeps): Promise<string> {
  const { id, policy } = await prepareRun(options, deps.db);
  await processRun(id, policy, options, deps);
  return id;
}

/**
 * A worker's feeder (POST /v1/archives): lists run `id` onto the bulk lane from its saved cursor,
 * unless it is finished. Returns without following the workers.
 */
export async function feedRun(id: string, deps: ArchiveDeps): Promise<void> {
  const run = await deps.db.selectFrom('archive_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!run) throw new NotFoundError('no such archive run');
  if (run.state === 'finished' || run.state === 'draining') return;
  await setState(deps.db, id, 'running');
  const options: ArchiveRunOptions = {
    source: run.source,
    dest: run.dest,
    tenant: run.tenant,
    policyJson: run.policy_json,
    pairing: run.pairing_json ? (JSON.parse(run.pairing_json) as PairingRules) : null,
    mode: 'queue',
    concurrency: 1,
    wait: false,
  };
  await processRun(id, parsePolicy(JSON.parse(run.policy_json) as unknown), options, deps);
}

async function processRun(
  id: string,
  policy: Policy,
  options: ArchiveRunOptions,
  deps: ArchiveDeps,
): Promise<void> {
  const run = (await deps.db.selectFrom('archive_runs').selectAll().where('id', '=', id).executeTakeFirst())!;
  const mode = options.mode ?? 'inline';
  if (mode === 'queue' && !deps.queue)
    throw new ConfigError('archive queue mode needs the bulk lane (Redis)');
  const source = deps.openStore(options.source);
  const dest = deps.openStore(options.dest);
  const batchSize = options.batchSize ?? 100;
  const ctx: BatchContext = {
    policy,
    tenant: options.tenant,
    source,
    dest,
    concurrency: options.concurrency,
  };
  let enumerated = run.enumerated;
  try {
    // queue mode: items queued before an interruption get their jobs again (same ids: no duplicates)
    if (mode === 'queue') await requeue(id, run.pass, deps);
    let batch: Group[] = [];
    const flush = async (): Promise<void> => {
      if (mode === 'queue') await queueBatch(id, run.pass, batch, ctx, options, deps);
      else await processBatch(id, batch, ctx, deps);
      enumerated += batch.length;
      await deps.db
        .updateTable('archive_runs')
        .set({ cursor: batch[batch.length - 1]!.cursor, enumerated, updated_at: now() })
        .where('id', '=', id)
        .execute();
      batch = [];
      deps.onProgress?.(await archiveStatus(deps.db, id));
    };
    const listing = listAll(source, '', { cursor: run.cursor, pageSize: 1000 });
    const pairing = run.pairing_json ? (JSON.parse(run.pairing_json) as PairingRules) : null;
    // audio alone is a call when an engine can transcribe it, else it is reported unpaired
    const audioOnly = Boolean(deps.pipeline?.transcriber);
    for await (const group of pairListing(listing, pairing, { audioOnly })) {
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
    if (mode === 'inline') {
      await finish(deps.db, id, 'running');
    } else {
      await setState(deps.db, id, 'draining');
      await maybeFinish(deps.db, id);
      if (options.wait ?? true) await follow(id, deps);
    }
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

async function finish(db: Db, id: string, from: string): Promise<void> {
  await db
    .updateTable('archive_runs')
    .set({ state: 'finished', finished_at: now(), updated_at: now() })
    .where('id', '=', id)
    .where('state', '=', from)
    .execute();
}

/** Queue mode: a listed run with no queued item left is finished (called by runner and workers). */
export async function maybeFinish(db: Db, id: string): Promise<void> {
  const queued = await db
    .selectFrom('archive_items')
    .select('name')
    .where('run_id', '=', id)
    .where('state', '=', 'queued')
    .limit(1)
    .executeTakeFirst();
  if (!queued) await finish(db, id, 'draining');
}

/** Queue mode, after listing: progress until the workers have finished the run (or Ctrl-C). */
async function follow(id: string, deps: ArchiveDeps): Promise<void> {
  for (;;) {
    const status = await archiveStatus(deps.db, id);
    deps.onProgress?.(status);
    if (status.state !== 'draining' || deps.shouldStop?.()) return;
    await sleep(deps.pollMs ?? 500);
  }
}

interface BatchContext {
  policy: Policy;
  tenant: string;
  source: ObjectStore;
  dest: ObjectStore;
  concurrency: number;
}

/** Names of the batch's groups this run already has items for, with their states. */
async function knownItems(db: Db, id: string, batch: Group[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('archive_items')
    .select(['name', 'state'])
    .where('run_id', '=', id)
    .where(
      'name',
      'in',
      batch.map((g) => g.name),
    )
    .execute();
  return new Map(rows.map((r) => [r.name, r.state]));
}

async function processBatch(id: string, batch: Group[], ctx: BatchContext, deps: ArchiveDeps): Promise<void> {
  const pipeline = deps.pipeline;
  if (!pipeline) throw new ConfigError('an inline archive run needs the redaction pipeline');
  // calls this run finished before it was stopped (after the saved cursor) are not redone
  const known = await knownItems(deps.db, id, batch);
  const todo = batch.filter((g) => !known.has(g.name) || known.get(g.name) === 'queued');
  // unpaired files and calls whose unchanged files have standing outputs: one write for the batch
  const engine = pipeline.transcriber;
  const calls = todo
    .filter((g) => g.kind === 'call')
    .map((g) => ({
      name: g.name,
      audioKey: g.audioKey,
      transcriptKey: g.transcriptKey,
      sourceFp: sourceFingerprint(ctx.tenant, g.fingerprint),
    }));
  const skips = await fingerprintSkips(deps.db, ctx, calls, engine);
  await recordItems(deps.db, id, [
    ...todo
      .filter((g) => g.kind === 'unpaired')
      .map((g) => ({
        name: g.name,
        state: 'unpaired',
        audio_key: null,
        transcript_key: g.transcriptKey,
        call_id: null,
        reason: g.reason,
      })),
    ...calls
      .filter((c) => skips.has(c.name))
      .map((c) => ({
        name: c.name,
        state: 'skipped',
        audio_key: c.audioKey,
        transcript_key: c.transcriptKey,
        ...skips.get(c.name)!,
      })),
  ]);
  // the others are read and hashed (their fingerprint is already known not to decide them)
  const queue = calls.filter((c) => !skips.has(c.name)).map((c) => ({ ...c, fingerprintChecked: true }));
  const workers = Array.from({ length: Math.max(1, ctx.concurrency) }, async () => {
    for (let call = queue.shift(); call; call = queue.shift())
      await processCall(id, call, ctx, { ...deps, pipeline });
  });
  await Promise.all(workers);
}

/** Stats (manifest checks) of one batch in flight at once. */
const STAT_CONCURRENCY = 16;
/** Names per `in (...)` query (SQLite allows 32,766 parameters, PostgreSQL 65,535). */
const LOOKUP_CHUNK = 500;

/**
 * A call's fingerprint as published: an audio-only call is made from its audio and the engine
 * that transcribes it, so another engine or model is other input whatever the files say. Null
 * when it cannot be known (no fingerprint, or audio only without an engine).
 */
function effectiveFingerprint(
  call: { transcriptKey: string | null; sourceFp: string | null },
  engine: RedactCallDeps['transcriber'],
): string | null {
  if (!call.sourceFp) return null;
  if (call.transcriptKey) return call.sourceFp;
  return engine ? sourceFingerprint(`${engine.engine}\u0000${engine.model}`, call.sourceFp) : null;
}

/** `<bytes>:<version>` of an object, null when the backend gives no version. */
function versionOf(info: { bytes: number; version?: string | undefined } | null): string | null {
  return info?.version ? `${info.bytes}:${info.version}` : null;
}

/**
 * The calls of a batch whose files are unchanged (same fingerprint as when published) and whose
 * outputs still stand at DEST, decided without reading any source file: one query for the
 * batch's published rows, one per earlier policy, and one `stat` of each manifest (compared with
 * the size and version recorded when it was published; the manifest is read only when they
 * differ or were never recorded). Returns name -> call id and skip reason.
 */
async function fingerprintSkips(
  db: Db,
  ctx: BatchContext,
  calls: { name: string; transcriptKey: string | null; sourceFp: string | null }[],
  engine: RedactCallDeps['transcriber'],
): Promise<Map<string, { call_id: string; reason: string | null }>> {
  const skips = new Map<string, { call_id: string; reason: string | null }>();
  const wanted = new Map<string, string>();
  for (const call of calls) {
    const fp = effectiveFingerprint(call, engine);
    if (fp) wanted.set(call.name, fp);
  }
  if (wanted.size === 0) return skips;
  const names = [...wanted.keys()];
  const rows: Selectable<ArchivePublishedTable>[] = [];
  for (let i = 0; i < names.length; i += LOOKUP_CHUNK) {
    rows.push(
      ...(await db
        .selectFrom('archive_published')
        .selectAll()
        .where('dest', '=', ctx.dest.description)
        .where('name', 'in', names.slice(i, i + LOOKUP_CHUNK))
        .execute()),
    );
  }
  const policySha = policyShaOf(ctx.policy);
  const earlier = await earlierPolicies(
    db,
    rows.map((r) => r.policy_sha).filter((sha) => sha !== policySha),
  );
  const candidates = rows.flatMap((row) => {
    if (row.source_fp !== wanted.get(row.name) || row.pipeline_version !== PIPELINE_VERSION) return [];
    const reason = outputsStand(row, ctx.policy, policySha, earlier);
    return reason === false ? [] : [{ row, reason }];
  });
  const pending = [...candidates];
  const stale: { name: string; version: string }[] = [];
  await Promise.all(
    Array.from({ length: Math.min(STAT_CONCURRENCY, pending.length) }, async () => {
      for (let next = pending.shift(); next; next = pending.shift()) {
        const { row, reason } = next;
        try {
          const info = await ctx.dest.stat(`${row.name}/${MANIFEST_FILE}`);
          // no manifest: the outputs are gone (the call is redone)
          if (!info) continue;
          const version = versionOf(info);
          if (version !== null && version === row.manifest_version) {
            skips.set(row.name, { call_id: row.call_id, reason });
          } else if ((await readPublishedManifest(ctx.dest, row.name))?.callId === row.call_id) {
            skips.set(row.name, { call_id: row.call_id, reason });
            if (version !== null) stale.push({ name: row.name, version });
          }
        } catch {
          // an unreadable manifest decides nothing: the call is read, and fails or is redone there
        }
      }
    }),
  );
  // manifests checked by reading (published before their version was recorded): record it now
  for (const { name, version } of stale) {
    await db
      .updateTable('archive_published')
      .set({ manifest_version: version })
      .where('dest', '=', ctx.dest.description)
      .where('name', '=', name)
      .execute();
  }
  return skips;
}

function policyShaOf(policy: Policy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex');
}

/** The policies (by hash) of earlier publications, parsed; absent: unknown. */
async function earlierPolicies(db: Db, shas: string[]): Promise<Map<string, Policy>> {
  const distinct = [...new Set(shas)];
  const out = new Map<string, Policy>();
  if (distinct.length === 0) return out;
  const rows = await db
    .selectFrom('archive_policies')
    .select(['policy_sha', 'policy_json'])
    .where('policy_sha', 'in', distinct)
    .execute();
  for (const row of rows) out.set(row.policy_sha, parsePolicy(JSON.parse(row.policy_json) as unknown));
  return out;
}

/**
 * Whether outputs published under policy `row.policy_sha` stand for `policy`: null (the same
 * policy), a reason (a change that cannot alter them), or false (they must be redone).
 */
function outputsStand(
  row: { policy_sha: string; types_json: string },
  policy: Policy,
  policySha: string,
  earlier: Map<string, Policy>,
): string | null | false {
  if (row.policy_sha === policySha) return null;
  const before = earlier.get(row.policy_sha);
  const found = JSON.parse(row.types_json) as string[];
  if (before && !affectedBy(before, policy, found)) return 'the policy change does not affect it';
  return false;
}

/** Waits while the bulk lane is long (back-pressure), then queues the batch's new calls. */
async function queueBatch(
  id: string,
  pass: number,
  batch: Group[],
  ctx: BatchContext,
  options: ArchiveRunOptions,
  deps: ArchiveDeps,
): Promise<void> {
  const queue = deps.queue!;
  const maxBacklog = options.maxBacklog ?? 1000;
  while ((await queue.backlog()) >= maxBacklog) {
    if (deps.shouldStop?.()) break;
    await sleep(deps.pollMs ?? 500);
  }
  const known = await knownItems(deps.db, id, batch);
  const fresh = batch.filter((g) => !known.has(g.name));
  // unchanged calls with standing outputs are skipped here: no job, no worker
  const skips = await fingerprintSkips(
    deps.db,
    ctx,
    fresh
      .filter((g) => g.kind === 'call')
      .map((g) => ({
        name: g.name,
        transcriptKey: g.transcriptKey,
        sourceFp: sourceFingerprint(options.tenant, g.fingerprint),
      })),
    deps.pipeline?.transcriber,
  );
  const rows = fresh.map((g) => ({
    run_id: id,
    name: g.name,
    item_key: itemKeyOf(g.name),
    source_fp: sourceFingerprint(options.tenant, g.fingerprint),
    state: g.kind === 'call' ? (skips.has(g.name) ? 'skipped' : 'queued') : 'unpaired',
    audio_key: g.audioKey,
    transcript_key: g.transcriptKey,
    call_id: skips.get(g.name)?.call_id ?? null,
    reason: skips.has(g.name) ? skips.get(g.name)!.reason : g.reason,
    updated_at: now(),
  }));
  if (rows.length > 0) {
    await deps.db
      .insertInto('archive_items')
      .values(rows)
      .onConflict((oc) => oc.columns(['run_id', 'name']).doNothing())
      .execute();
  }
  const jobs = batch
    .filter((g) => g.kind === 'call' && !skips.has(g.name) && (known.get(g.name) ?? 'queued') === 'queued')
    .map((g) => ({ run: id, pass, item: itemKeyOf(g.name) }));
  if (jobs.length > 0) await queue.addBulk(jobs);
}

/** Queue mode: every item still queued gets its job again (a no-op for jobs that are there). */
async function requeue(id: string, pass: number, deps: ArchiveDeps): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await deps.db
      .selectFrom('archive_items')
      .select('item_key')
      .where('run_id', '=', id)
      .where('state', '=', 'queued')
      .where('item_key', '>', after)
      .orderBy('item_key')
      .limit(500)
      .execute();
    if (rows.length === 0) return;
    await deps.queue!.addBulk(rows.map((r) => ({ run: id, pass, item: r.item_key! })));
    after = rows[rows.length - 1]!.item_key!;
  }
}

interface CallDeps {
  db: Db;
  pipeline: RedactCallDeps;
  scratchDir: string;
}

/**
 * One call: hash, skip when its outputs stand, else redact and publish. A call without a
 * transcript (audio only) is transcribed by the pipeline's engine; the engine and model are part
 * of its id and content key, so changing the engine redoes it.
 */
export async function processCall(
  id: string,
  call: {
    name: string;
    audioKey: string | null;
    transcriptKey: string | null;
    sourceFp: string | null;
    /** the fingerprint was already looked at for this batch (fingerprintSkips): go read the files */
    fingerprintChecked?: boolean;
  },
  ctx: BatchContext,
  deps: CallDeps,
): Promise<void> {
  const keys = { audio_key: call.audioKey, transcript_key: call.transcriptKey };
  try {
    const policySha = policyShaOf(ctx.policy);
    const engine = deps.pipeline.transcriber;
    if (!call.transcriptKey && !engine) {
      throw new InputError(`audio without transcript: ${NO_ENGINE_MESSAGE}`);
    }
    const sourceFp = effectiveFingerprint(call, engine);
    // unchanged files (same fingerprint as when published): decided without reading them
    if (sourceFp && !call.fingerprintChecked) {
      const skip = (await fingerprintSkips(deps.db, ctx, [call], engine)).get(call.name);
      if (skip) {
        await recordItem(deps.db, id, call.name, 'skipped', { ...keys, ...skip });
        return;
      }
    }
    const sourceKeys = [call.transcriptKey, call.audioKey].filter((k): k is string => k !== null);
    const outcome = await withLocalFiles(ctx.source, sourceKeys, deps.scratchDir, async (files) => {
      const [transcript, audio] = call.transcriptKey ? files : [undefined, files[0]];
      const audioSha = audio ? await sha256File(audio) : null;
      const transcriptSha = transcript ? await sha256File(transcript) : null;
      const transcriber = transcript ? null : { engine: engine!.engine, model: engine!.model };
      const cid = callId({
        audioSha256: audioSha,
        transcriptSha256: transcriptSha,
        tenant: ctx.tenant,
        policy: ctx.policy,
        audio: audio ? DEFAULT_AUDIO_OPTIONS : null,
        ...(transcriber ? { transcriber } : {}),
      });
      const transcriptPart = transcriptSha ?? `asr:${transcriber!.engine}:${transcriber!.model}`;
      const contentSha = `${ctx.tenant}:${audioSha ?? '-'}:${transcriptPart}`;
      const standing = await standingOutputs(deps.db, ctx.dest, call.name, contentSha);
      const reason = standing
        ? outputsStand(standing, ctx.policy, policySha, await earlierPolicies(deps.db, [standing.policy_sha]))
        : false;
      if (standing && reason !== false) {
        // same content under another fingerprint (a touched file): remember the new one
        if (sourceFp) {
          await deps.db
            .updateTable('archive_published')
            .set({
              source_fp: sourceFp,
              manifest_version: versionOf(await ctx.dest.stat(`${call.name}/${MANIFEST_FILE}`)),
            })
            .where('dest', '=', ctx.dest.description)
            .where('name', '=', call.name)
            .execute();
        }
        return { state: 'skipped', cid: standing.call_id, reason };
      }
      const result = await redactCall(
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
      const row = {
        call_id: cid,
        content_sha: contentSha,
        policy_sha: policySha,
        pipeline_version: PIPELINE_VERSION,
        source_fp: sourceFp,
        // what a re-run compares instead of reading the manifest (written last by publish)
        manifest_version: versionOf(await ctx.dest.stat(`${call.name}/${MANIFEST_FILE}`)),
        types_json: JSON.stringify(
          Object.keys(result.counts).filter((t) => result.counts[t as keyof typeof result.counts] > 0),
        ),
        updated_at: now(),
      };
      await deps.db
        .insertInto('archive_published')
        .values({ dest: ctx.dest.description, name: call.name, ...row })
        .onConflict((oc) => oc.columns(['dest', 'name']).doUpdateSet(row))
        .execute();
      return { state: 'done', cid, reason: null };
    });
    await recordItem(deps.db, id, call.name, outcome.state, {
      ...keys,
      call_id: outcome.cid,
      reason: outcome.reason,
    });
  } catch (err) {
    const error = coerceError(err);
    // local scratch paths mean nothing to the reader: name the call instead
    const message = error.message.replace(/\/\S*\/job-[^/\s]+\/[0-9a-f-]{36}(\.[A-Za-z0-9]+)?/g, call.name);
    await recordItem(deps.db, id, call.name, 'failed', { ...keys, reason: `${error.code}: ${message}` });
  }
}

/**
 * What is published at DEST under `name`, when it was made from this content by this pipeline
 * and is still there (its manifest names the same call).
 */
async function standingOutputs(db: Db, dest: ObjectStore, name: string, contentSha: string) {
  const row = await db
    .selectFrom('archive_published')
    .selectAll()
    .where('dest', '=', dest.description)
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row || row.content_sha !== contentSha || row.pipeline_version !== PIPELINE_VERSION) return null;
  return (await readPublishedManifest(dest, name))?.callId === row.call_id ? row : null;
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
    .values({ run_id: runId, name, item_key: itemKeyOf(name), ...row })
    .onConflict((oc) => oc.columns(['run_id', 'name']).doUpdateSet(row))
    .execute();
}

/** Items of a batch in one statement (skipped and unpaired ones: nothing else to do for them). */
async function recordItems(
  db: Db,
  runId: string,
  items: {
    name: string;
    state: string;
    audio_key: string | null;
    transcript_key: string | null;
    call_id: string | null;
    reason: string | null;
  }[],
): Promise<void> {
  const at = now();
  for (let i = 0; i < items.length; i += LOOKUP_CHUNK) {
    await db
      .insertInto('archive_items')
      .values(
        items
          .slice(i, i + LOOKUP_CHUNK)
          .map((item) => ({ run_id: runId, item_key: itemKeyOf(item.name), ...item, updated_at: at })),
      )
      .onConflict((oc) =>
        oc.columns(['run_id', 'name']).doUpdateSet((eb) => ({
          state: eb.ref('excluded.state'),
          audio_key: eb.ref('excluded.audio_key'),
          transcript_key: eb.ref('excluded.transcript_key'),
          call_id: eb.ref('excluded.call_id'),
          reason: eb.ref('excluded.reason'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Stores opened for archive jobs, kept between jobs (the caller closes them). */
export interface ArchiveJobDeps extends CallDeps {
  storeFor(url: string): ObjectStore;
}

/** A worker's side of queue mode: one queued call of a run. */
export async function processArchiveJob(job: ArchiveJobData, deps: ArchiveJobDeps): Promise<string> {
  const run = await deps.db
    .selectFrom('archive_runs')
    .selectAll()
    .where('id', '=', job.run)
    .executeTakeFirst();
  const item = await deps.db
    .selectFrom('archive_items')
    .selectAll()
    .where('run_id', '=', job.run)
    .where('item_key', '=', job.item)
    .executeTakeFirst();
  // a job of an earlier pass, or an item finished by an earlier delivery of this job
  if (!run || run.pass !== job.pass || !item || item.state !== 'queued') return 'stale';
  await processCall(
    run.id,
    {
      name: item.name,
      audioKey: item.audio_key,
      transcriptKey: item.transcript_key,
      sourceFp: item.source_fp,
    },
    {
      policy: parsePolicy(JSON.parse(run.policy_json) as unknown),
      tenant: run.tenant,
      source: deps.storeFor(run.source),
      dest: deps.storeFor(run.dest),
      concurrency: 1,
    },
    deps,
  );
  await maybeFinish(deps.db, run.id);
  return 'processed';
}

/** A queue job that failed for good (its sandbox crashed every attempt): the item fails. */
export async function failArchiveJob(db: Db, job: ArchiveJobData, reason: string): Promise<void> {
  await db
    .updateTable('archive_items')
    .set({ state: 'failed', reason, updated_at: now() })
    .where('run_id', '=', job.run)
    .where('item_key', '=', job.item)
    .where('state', '=', 'queued')
    .execute();
  await maybeFinish(db, job.run);
}

/**
 * Runs the failed calls of a run again: in this process, or (a run fed to the bulk lane, with the
 * queue given) as queued items for the workers, in a new pass.
 */
export async function retryFailed(runId: string, deps: ArchiveDeps, concurrency: number): Promise<void> {
  const run = await deps.db.selectFrom('archive_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw new NotFoundError('no such archive run');
  if (run.mode === 'queue' && deps.queue) {
    const pass = run.pass + 1;
    await deps.db
      .updateTable('archive_runs')
      .set({
        pass,
        state: run.state === 'finished' ? 'draining' : run.state,
        finished_at: null,
        updated_at: now(),
      })
      .where('id', '=', runId)
      .execute();
    await deps.db
      .updateTable('archive_items')
      .set({ state: 'queued', reason: null, updated_at: now() })
      .where('run_id', '=', runId)
      .where('state', '=', 'failed')
      .execute();
    await requeue(runId, pass, deps);
    await maybeFinish(deps.db, runId);
    return;
  }
  const pipeline = deps.pipeline;
  if (!pipeline) throw new ConfigError('retrying in this process needs the redaction pipeline');
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
            // a retry reads and hashes the files again (no fingerprint shortcut)
            {
              name: item.name,
              audioKey: item.audio_key,
              transcriptKey: item.transcript_key,
              sourceFp: null,
            },
            ctx,
            { ...deps, pipeline },
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
  if (!run) throw new NotFoundError('no such archive run');
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
  const queued = count('queued');
  const finished = done + skipped + failed;
  const discovered = Math.max(run.enumerated, finished + unpaired + queued);
  const end = run.finished_at ? Date.parse(run.finished_at) : Date.now();
  const minutes = Math.max(1e-6, (end - Date.parse(run.started_at)) / 60_000);
  const callsPerMinute = finished / minutes;
  const remaining = discovered - finished - unpaired;
  return {
    id,
    state: run.state,
    mode: run.mode,
    source: run.source,
    dest: run.dest,
    discovered,
    queued,
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
    enumerating: run.state === 'running' || run.state === 'stopped',
    startedAt: run.started_at,
    finishedAt: run.finished_at,
  };
}

/** The failed and unpaired files of a run with their reasons (no PII: codes and messages of the error hierarchy). */
export async function archiveFailures(
  db: Db,
  id: string,
  limit = 10_000,
): Promise<{ name: string; reason: string }[]> {
  const rows = await db
    .selectFrom('archive_items')
    .select(['name', 'reason', 'state'])
    .where('run_id', '=', id)
    .where('state', 'in', ['failed', 'unpaired'])
    .orderBy('name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ name: r.name, reason: `${r.state}: ${r.reason ?? ''}` }));
}
