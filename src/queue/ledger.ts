/**
 * The call ledger: the durable record of every submitted call (the database, not Redis, is the
 * source of truth). Redis only holds the work in flight; the reconciler re-creates jobs for rows
 * that have none. State moves received -> queued -> active -> completed | failed; updates are
 * conditional so late or repeated events never move a call backwards.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { CallsTable } from '../db/schema.js';
import type { CallJobData, Lane } from './jobs.js';

export const CALL_STATES = ['received', 'queued', 'active', 'completed', 'failed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export type CallRow = Selectable<CallsTable>;

export interface NewCall extends CallJobData {
  ownerKeyId: string;
  lane: Lane;
  callbackUrl: string | null;
}

const now = (): string => new Date().toISOString();

export function jobDataOf(row: CallRow): CallJobData {
  return {
    callId: row.id,
    tenant: row.tenant,
    audioKey: row.audio_key,
    transcriptKey: row.transcript_key,
    policyKey: row.policy_key,
    outputKey: row.output_key,
  };
}

export async function getCall(db: Db, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts the call as 'received'; returns false when the id is already recorded. */
export async function recordCall(db: Db, call: NewCall): Promise<boolean> {
  const ts = now();
  const result = await db
    .insertInto('calls')
    .values({
      id: call.callId,
      tenant: call.tenant,
      owner_key_id: call.ownerKeyId,
      lane: call.lane,
      state: 'received',
      stage: null,
      percent: null,
      audio_key: call.audioKey,
      transcript_key: call.transcriptKey,
      policy_key: call.policyKey,
      output_key: call.outputKey,
      callback_url: call.callbackUrl,
      counts: null,
      timings: null,
      failure_code: null,
      failure_message: null,
      created_at: ts,
      updated_at: ts,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function markQueued(db: Db, id: string): Promise<void> {
  await db
    .updateTable('calls')
    .set({ state: 'queued', updated_at: now() })
    .where('id', '=', id)
    .where('state', '=', 'received')
    .execute();
}

/** An attempt failed and the job waits for its retry (backoff). */
export async function markRetrying(db: Db, id: string): Promise<void> {
  await db
    .updateTable('calls')
    .set({ state: 'queued', stage: null, percent: null, updated_at: now() })
    .where('id', '=', id)
    .where('state', '=', 'active')
    .execute();
}

/** A failed call submitted again starts over. */
export async function resetForRetry(db: Db, id: string): Promise<void> {
  await db
    .updateTable('calls')
    .set({
      state: 'received',
      stage: null,
      percent: null,
      failure_code: null,
      failure_message: null,
      updated_at: now(),
    })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .execute();
}

export async function markActive(
  db: Db,
  id: string,
  stage: string | null,
  percent: number | null,
): Promise<void> {
  await db
    .updateTable('calls')
    .set({ state: 'active', stage, percent, updated_at: now() })
    .where('id', '=', id)
    .where('state', 'in', ['received', 'queued', 'active'])
    .execute();
}

export async function markCompleted(
  db: Db,
  id: string,
  counts: Record<string, number>,
  timings: Record<string, number>,
): Promise<void> {
  await db
    .updateTable('calls')
    .set({
      state: 'completed',
      stage: null,
      percent: 100,
      counts: JSON.stringify(counts),
      timings: JSON.stringify(timings),
      failure_code: null,
      failure_message: null,
      updated_at: now(),
    })
    .where('id', '=', id)
    .where('state', '!=', 'completed')
    .execute();
}

export async function markFailed(db: Db, id: string, code: string, message: string): Promise<void> {
  await db
    .updateTable('calls')
    .set({ state: 'failed', stage: null, failure_code: code, failure_message: message, updated_at: now() })
    .where('id', '=', id)
    .where('state', '!=', 'completed')
    .execute();
}

/** Calls never enqueued (e.g. recorded while Redis was down), oldest first. */
export async function unqueuedCalls(db: Db, limit: number): Promise<CallRow[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('state', '=', 'received')
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** queued/active calls not updated for `staleMs`: their job may have vanished from Redis. */
export async function staleCalls(db: Db, staleMs: number, limit: number): Promise<CallRow[]> {
  const staleBefore = new Date(Date.now() - staleMs).toISOString();
  return db
    .selectFrom('calls')
    .selectAll()
    .where('state', 'in', ['queued', 'active'])
    .where('updated_at', '<', staleBefore)
    .orderBy('updated_at')
    .limit(limit)
    .execute();
}

/** Marks a call as checked, so the reconciler looks at it again only after another stale period. */
export async function touchCall(db: Db, id: string): Promise<void> {
  await db.updateTable('calls').set({ updated_at: now() }).where('id', '=', id).execute();
}
