/**
 * Review corrections: a reviewer adds a redaction the detectors missed or removes a false
 * positive, and the call is re-rendered (transcript and audio) from its raw upload as a new
 * version, published under its own prefix (`versions/<id>-v<N>`); earlier versions stay as they
 * are. Version 1 is the worker's output. Each version N is the pipeline with every correction of
 * versions 2..N applied in order, and every correction records who made it and when.
 */
import type { CallRow } from '../calls/ledger.js';
import { jobDataOf } from '../calls/ledger.js';
import { redactStoredCall } from '../calls/processing.js';
import { readPublishedReport } from '../calls/view.js';
import type { Db } from '../db/database.js';
import { ConflictError, InputError, NotFoundError } from '../errors.js';
import type { Correction } from '../pipeline/corrections.js';
import type { RedactCallDeps } from '../pipeline/redact-call.js';
import type { ObjectStore } from '../storage/store.js';
import type { EntityType } from '../types.js';
import { FIRST_VERSION } from './shares.js';

export interface CorrectionContext {
  db: Db;
  store: ObjectStore;
  scratchDir: string;
  pipeline: RedactCallDeps;
}

export interface VersionInfo {
  version: number;
  state: 'rendering' | 'ready';
  /** the key id that made it (version 1: the uploader's) */
  created_by: string;
  created_at: string;
  corrections: number;
  render_ms: number | null;
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

const STALE_RENDER_MS = 10 * 60_000;
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
  if (v.state !== 'ready') throw new NotFoundError('this version is still being rendered');
  return v.output_key;
}

export async function latestVersion(db: Db, callId: string): Promise<number> {
  const row = await db
    .selectFrom('call_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('call_id', '=', callId)
    .executeTakeFirst();
  return Number(row?.v ?? FIRST_VERSION) || FIRST_VERSION;
}

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
    },
    ...rows.map((v) => ({
      version: Number(v.version),
      state: v.state === 'ready' ? ('ready' as const) : ('rendering' as const),
      created_by: v.created_by,
      created_at: v.created_at,
      corrections: n.get(Number(v.version)) ?? 0,
      render_ms: v.render_ms === null ? null : Number(v.render_ms),
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

/**
 * Re-renders the call with `corrections` on top of version `base` (which must be the latest: two
 * reviewers correcting at once get a conflict instead of losing one's work) as the next version.
 */
export async function correctCall(
  ctx: CorrectionContext,
  row: CallRow,
  base: number,
  corrections: readonly Correction[],
  actorId: string,
): Promise<VersionInfo> {
  // a version left 'rendering' by a process that died mid-render is given up after 10 minutes
  await ctx.db
    .deleteFrom('call_versions')
    .where('call_id', '=', row.id)
    .where('state', '=', 'rendering')
    .where('created_at', '<', new Date(Date.now() - STALE_RENDER_MS).toISOString())
    .execute();
  const baseKey = await versionKey(ctx.db, row, base);
  const latest = await latestVersion(ctx.db, row.id);
  if (base !== latest)
    throw new ConflictError(`version ${base} is not the latest (${latest}): reload the call`);
  // the stored settings are kept as long as the raw upload (a transcript-only call has no audio)
  if ((await ctx.store.stat(row.policy_key)) === null) {
    throw new ConflictError('the raw upload of this call is no longer kept: it cannot be re-rendered');
  }
  // a removal names the type it removes: read from the base version's report
  const { report } = await readPublishedReport(ctx.store, baseKey);
  const typed = corrections.map((c, i) => {
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
  const prefix = versionPrefix(row.id, version);
  const reserved = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('call_versions')
      .values({
        call_id: row.id,
        version,
        tenant: row.tenant,
        output_key: prefix,
        state: 'rendering',
        created_by: actorId,
        created_at: createdAt,
        render_ms: null,
      })
      .onConflict((oc) => oc.columns(['call_id', 'version']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
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
          created_by: actorId,
          created_at: createdAt,
        })),
      )
      .execute();
    return true;
  });
  if (!reserved) throw new ConflictError(`version ${version} is being made by someone else: reload the call`);

  const started = performance.now();
  try {
    const all = (await listCorrections(ctx.db, row.id, version)).map(asCorrection);
    await redactStoredCall(ctx, jobDataOf(row), { prefix, corrections: all });
  } catch (err) {
    // nothing of a failed version stays: the next attempt takes its number again
    await ctx.store.deletePrefix(`${prefix}/`).catch(() => undefined);
    await ctx.db
      .deleteFrom('call_corrections')
      .where('call_id', '=', row.id)
      .where('version', '=', version)
      .execute();
    await ctx.db
      .deleteFrom('call_versions')
      .where('call_id', '=', row.id)
      .where('version', '=', version)
      .execute();
    throw err;
  }
  const renderMs = Math.round(performance.now() - started);
  await ctx.db
    .updateTable('call_versions')
    .set({ state: 'ready', render_ms: renderMs })
    .where('call_id', '=', row.id)
    .where('version', '=', version)
    .execute();
  return {
    version,
    state: 'ready',
    created_by: actorId,
    created_at: createdAt,
    corrections: typed.length,
    render_ms: renderMs,
  };
}
