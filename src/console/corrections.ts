/**
 * Review corrections: a reviewer adds a redaction the detectors missed or removes a false
 * positive, and the call is re-rendered (transcript and audio) from its raw upload as a new
 * version, published under its own prefix (`versions/<id>-v<N>`); earlier versions stay as they
 * are. Version 1 is the worker's output. Each version N is the pipeline with every correction of
 * versions 2..N applied in order, and every correction records who made it and when.
 *
 * A correction request only records the corrections and reserves the version (`rendering`); the
 * render (ffmpeg and detection, seconds of CPU) runs on a worker through the interactive lane
 * (render-job.ts), which marks the version `ready`, or `failed` with a PII-free reason. Without a
 * queue (in-process use) the version is rendered by the caller. A failed version keeps its row
 * (who, when, why) until the next correction takes its number again.
 */
import type { CallRow } from '../calls/ledger.js';
import { getCall, jobDataOf } from '../calls/ledger.js';
import { redactStoredCall, shownFailure } from '../calls/processing.js';
import { readPublishedReport } from '../calls/view.js';
import type { Db } from '../db/database.js';
import { ConflictError, InputError, NotFoundError, coerceError } from '../errors.js';
import type { Correction } from '../pipeline/corrections.js';
import type { RedactCallDeps } from '../pipeline/redact-call.js';
import type { ObjectStore } from '../storage/store.js';
import type { EntityType } from '../types.js';
import type { RenderJobData, VersionRenderQueue } from './render-job.js';
import { FIRST_VERSION } from './shares.js';

export interface CorrectionContext {
  db: Db;
  store: ObjectStore;
  scratchDir: string;
  pipeline: RedactCallDeps;
}

export type VersionState = 'rendering' | 'ready' | 'failed';

export interface VersionInfo {
  version: number;
  state: VersionState;
  /** the key id that made it (version 1: the uploader's) */
  created_by: string;
  created_at: string;
  corrections: number;
  render_ms: number | null;
  /** a failed version: why (`CODE: message`, PII-free) */
  failure: string | null;
}

export interface CorrectionRecord {
  version: number;
  action: 'add' | 'remove';
  type: EntityType;
  start_word: number;
  end_word: number;
  created_by: string;
  created_at: string;
}

/** Where version N of a call is published (version 1: the call's own output key). */
export const versionPrefix = (callId: string, version: number): string => `versions/${callId}-v${version}`;

/**
 * A version still `rendering` this long after it was reserved is given up (failed): its job was
 * lost (Redis flushed) or the process rendering it inline died. Long enough for a render job to
 * wait behind a full interactive lane.
 */
export const STALE_RENDER_MS = 30 * 60_000;
const now = (): string => new Date().toISOString();

/** The storage prefix of a published version; NotFoundError when there is none (yet). */
export async function versionKey(db: Db, row: CallRow, version: number): Promise<string> {
  if (row.state !== 'completed') throw new NotFoundError('this call has no published output yet');
  if (version === FIRST_VERSION) return row.output_key;
  const v = await db
    .selectFrom('call_versions')
    .select(['output_key', 'state'])
    .where('call_id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!v) throw new NotFoundError('no such version');
  if (v.state === 'failed') throw new NotFoundError('this version failed to render');
  if (v.state !== 'ready') throw new NotFoundError('this version is still being rendered');
  return v.output_key;
}

/** The newest version that is ready or being rendered: corrections must be based on it. */
export async function latestVersion(db: Db, callId: string): Promise<number> {
  const row = await db
    .selectFrom('call_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('call_id', '=', callId)
    .where('state', '!=', 'failed')
    .executeTakeFirst();
  return Number(row?.v ?? FIRST_VERSION) || FIRST_VERSION;
}

/** The newest version that can be shown (published). */
export async function latestReadyVersion(db: Db, callId: string): Promise<number> {
  const row = await db
    .selectFrom('call_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('call_id', '=', callId)
    .where('state', '=', 'ready')
    .executeTakeFirst();
  return Number(row?.v ?? FIRST_VERSION) || FIRST_VERSION;
}

const stateOf = (stored: string): VersionState =>
  stored === 'ready' || stored === 'failed' ? stored : 'rendering';

export async function listVersions(db: Db, row: CallRow): Promise<VersionInfo[]> {
  const rows = await db
    .selectFrom('call_versions')
    .selectAll()
    .where('call_id', '=', row.id)
    .orderBy('version')
    .execute();
  const counts = await db
    .selectFrom('call_corrections')
    .select(['version', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('call_id', '=', row.id)
    .groupBy('version')
    .execute();
  const n = new Map(counts.map((c) => [Number(c.version), Number(c.n)]));
  return [
    {
      version: FIRST_VERSION,
      state: 'ready',
      created_by: row.owner_key_id,
      created_at: row.updated_at,
      corrections: 0,
      render_ms: null,
      failure: null,
    },
    ...rows.map((v) => ({
      version: Number(v.version),
      state: stateOf(v.state),
      created_by: v.created_by,
      created_at: v.created_at,
      corrections: n.get(Number(v.version)) ?? 0,
      render_ms: v.render_ms === null ? null : Number(v.render_ms),
      failure: v.state === 'failed' ? (v.failure ?? 'INTERNAL: rendering failed') : null,
    })),
  ];
}

export async function listCorrections(db: Db, callId: string, upTo?: number): Promise<CorrectionRecord[]> {
  let q = db
    .selectFrom('call_corrections')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('version')
    .orderBy('seq');
  if (upTo !== undefined) q = q.where('version', '<=', upTo);
  return (await q.execute()).map((c) => ({
    version: Number(c.version),
    action: c.action === 'add' ? 'add' : 'remove',
    type: c.entity_type as EntityType,
    start_word: Number(c.start_word),
    end_word: Number(c.end_word),
    created_by: c.created_by,
    created_at: c.created_at,
  }));
}

export const asCorrection = (c: CorrectionRecord): Correction =>
  c.action === 'add'
    ? { action: 'add', type: c.type, start_word: c.start_word, end_word: c.end_word }
    : { action: 'remove', start_word: c.start_word, end_word: c.end_word };

export interface CorrectionRequest {
  base: number;
  corrections: readonly Correction[];
  actorId: string;
}

/**
 * Records `corrections` on top of version `base` (which must be the latest: two reviewers
 * correcting at once get a conflict instead of losing one's work) and reserves the next version
 * in state `rendering`. The render job's data comes back with it.
 */
export async function reserveVersion(
  ctx: Pick<CorrectionContext, 'db' | 'store'>,
  row: CallRow,
  req: CorrectionRequest,
): Promise<{ info: VersionInfo; job: RenderJobData }> {
  await failStaleRenders(ctx.db, row.id);
  const latest = await latestVersion(ctx.db, row.id);
  if (req.base !== latest)
    throw new ConflictError(`version ${req.base} is not the latest (${latest}): reload the call`);
  const baseKey = await versionKey(ctx.db, row, req.base).catch((err: unknown) => {
    // the latest version is still being rendered: corrections wait for it
    if (err instanceof NotFoundError && row.state === 'completed')
      throw new ConflictError(`version ${req.base} is still being rendered: wait for it`);
    throw err;
  });
  // the stored settings are kept as long as the raw upload (a transcript-only call has no audio)
  if ((await ctx.store.stat(row.policy_key)) === null) {
    throw new ConflictError('the raw upload of this call is no longer kept: it cannot be re-rendered');
  }
  // a removal names the type it removes: read from the base version's report
  const { report } = await readPublishedReport(ctx.store, baseKey);
  const typed = req.corrections.map((c, i) => {
    if (c.end_word > report.transcript.words) {
      throw new InputError(`corrections[${i}]: the transcript has ${report.transcript.words} words`);
    }
    if (c.action === 'add') return { ...c, type: c.type };
    const hits = report.entities.filter((e) => e.start_word < c.end_word && c.start_word < e.end_word);
    if (hits.length === 0) {
      throw new InputError(`corrections[${i}]: no redaction at words ${c.start_word}..${c.end_word}`);
    }
    // recorded as the removed redactions' whole range: the allow list gets their full text
    return {
      ...c,
      type: hits[0]!.type,
      start_word: Math.min(c.start_word, ...hits.map((e) => e.start_word)),
      end_word: Math.max(c.end_word, ...hits.map((e) => e.end_word)),
    };
  });

  const version = latest + 1;
  const createdAt = now();
  const reserved = await ctx.db.transaction().execute(async (trx) => {
    // a failed version of this number gives its number up (it is always the newest row)
    await trx
      .deleteFrom('call_versions')
      .where('call_id', '=', row.id)
      .where('version', '=', version)
      .where('state', '=', 'failed')
      .execute();
    const inserted = await trx
      .insertInto('call_versions')
      .values({
        call_id: row.id,
        version,
        tenant: row.tenant,
        output_key: versionPrefix(row.id, version),
        state: 'rendering',
        created_by: req.actorId,
        created_at: createdAt,
        render_ms: null,
        failure: null,
      })
      .onConflict((oc) => oc.columns(['call_id', 'version']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await trx
      .deleteFrom('call_corrections')
      .where('call_id', '=', row.id)
      .where('version', '=', version)
      .execute();
    await trx
      .insertInto('call_corrections')
      .values(
        typed.map((c, seq) => ({
          call_id: row.id,
          version,
          seq,
          tenant: row.tenant,
          action: c.action,
          entity_type: c.type,
          start_word: c.start_word,
          end_word: c.end_word,
          created_by: req.actorId,
          created_at: createdAt,
        })),
      )
      .execute();
    return true;
  });
  if (!reserved) throw new ConflictError(`version ${version} is being made by someone else: reload the call`);
  return {
    info: {
      version,
      state: 'rendering',
      created_by: req.actorId,
      created_at: createdAt,
      corrections: typed.length,
      render_ms: null,
      failure: null,
    },
    job: { callId: row.id, version, reservedAt: createdAt },
  };
}

/** Removes a reserved version whose render job could not be queued: the request failed as a whole. */
export async function releaseVersion(db: Db, job: RenderJobData): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('call_versions')
      .where('call_id', '=', job.callId)
      .where('version', '=', job.version)
      .where('created_at', '=', job.reservedAt)
      .where('state', '=', 'rendering')
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) return;
    await trx
      .deleteFrom('call_corrections')
      .where('call_id', '=', job.callId)
      .where('version', '=', job.version)
      .execute();
  });
}

/**
 * Renders a reserved version and marks it ready. Nothing to do (null) when the version is no
 * longer this job's to render: done already, failed, or its number taken again. A failed render
 * leaves nothing published and throws (PII-free): the caller decides whether it is final
 * (failVersion) or retried.
 */
export async function renderVersion(ctx: CorrectionContext, job: RenderJobData): Promise<VersionInfo | null> {
  const reserved = await ctx.db
    .selectFrom('call_versions')
    .selectAll()
    .where('call_id', '=', job.callId)
    .where('version', '=', job.version)
    .executeTakeFirst();
  if (!reserved || reserved.state !== 'rendering' || reserved.created_at !== job.reservedAt) return null;
  const row = await getCall(ctx.db, job.callId);
  if (!row) throw new NotFoundError('the call is gone');
  const data = jobDataOf(row);
  const prefix = reserved.output_key;
  const started = performance.now();
  try {
    const all = (await listCorrections(ctx.db, row.id, job.version)).map(asCorrection);
    await redactStoredCall(ctx, data, { prefix, corrections: all });
  } catch (err) {
    await ctx.store.deletePrefix(`${prefix}/`).catch(() => undefined);
    throw shownFailure(ctx.store, data, err);
  }
  const renderMs = Math.round(performance.now() - started);
  const marked = await ctx.db
    .updateTable('call_versions')
    .set({ state: 'ready', render_ms: renderMs })
    .where('call_id', '=', job.callId)
    .where('version', '=', job.version)
    .where('created_at', '=', job.reservedAt)
    .where('state', '=', 'rendering')
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) === 0) return null;
  const count = await ctx.db
    .selectFrom('call_corrections')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('call_id', '=', job.callId)
    .where('version', '=', job.version)
    .executeTakeFirst();
  return {
    version: job.version,
    state: 'ready',
    created_by: reserved.created_by,
    created_at: reserved.created_at,
    corrections: Number(count?.n ?? 0),
    render_ms: renderMs,
    failure: null,
  };
}

/**
 * Marks a version's render failed for good with `reason` (`CODE: message`, PII-free). Its
 * corrections go (they were never applied); the row stays to say who, when and why.
 */
export async function failVersion(db: Db, job: RenderJobData, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const failed = await trx
      .updateTable('call_versions')
      .set({ state: 'failed', failure: reason.slice(0, 500) })
      .where('call_id', '=', job.callId)
      .where('version', '=', job.version)
      .where('created_at', '=', job.reservedAt)
      .where('state', '=', 'rendering')
      .executeTakeFirst();
    if (Number(failed.numUpdatedRows) === 0) return;
    await trx
      .deleteFrom('call_corrections')
      .where('call_id', '=', job.callId)
      .where('version', '=', job.version)
      .execute();
  });
}

async function failStaleRenders(db: Db, callId: string): Promise<void> {
  const stale = await db
    .selectFrom('call_versions')
    .select(['version', 'created_at'])
    .where('call_id', '=', callId)
    .where('state', '=', 'rendering')
    .where('created_at', '<', new Date(Date.now() - STALE_RENDER_MS).toISOString())
    .execute();
  for (const v of stale) {
    await failVersion(
      db,
      { callId, version: Number(v.version), reservedAt: v.created_at },
      'STALLED: the render did not finish in time',
    );
  }
}

/**
 * A correction request: records the corrections and reserves the next version, then either queues
 * its render (answering with the version `rendering`) or, without a queue, renders it here
 * (answering `ready`, or throwing after marking it failed).
 */
export async function correctCall(
  ctx: CorrectionContext & { renderQueue?: VersionRenderQueue | undefined },
  row: CallRow,
  req: CorrectionRequest,
): Promise<VersionInfo> {
  const { info, job } = await reserveVersion(ctx, row, req);
  if (ctx.renderQueue) {
    try {
      await ctx.renderQueue.enqueue(job);
    } catch (err) {
      await releaseVersion(ctx.db, job);
      throw err;
    }
    return info;
  }
  try {
    return (await renderVersion(ctx, job)) ?? info;
  } catch (err) {
    const error = coerceError(err);
    await failVersion(ctx.db, job, `${error.code}: ${error.message}`);
    throw error;
  }
}
