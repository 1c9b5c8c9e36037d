/**
 * The call ledger: the durable record of every submitted call (the database, not Redis, is the
 * source of truth). Redis only holds the work in flight; the reconciler re-creates jobs for rows
 * that have none. State moves received -> queued -> active -> completed | failed; every change
 * goes through `transition`, which only applies from the states it names, so late or repeated
 * events never move a call backwards.
 */
import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import type { CallsTable } from '../db/schema.js';
import type { CallJobData, Lane } from './job.js';

export const CALL_STATES = ['received', 'queued', 'active', 'completed', 'failed'] as const;
export type CallState = (typeof CALL_STATES)[number];

export type CallRow = Selectable<CallsTable>;

export interface NewCall extends CallJobData {
  ownerKeyId: string;
  lane: Lane;
  callbackUrl: string | null;
}

const now = (): string => new Date().toISOString();

/** Every state but completed: a completed call is final, whatever an earlier attempt reports late. */
const UNFINISHED: readonly CallState[] = ['received', 'queued', 'active', 'failed'];

/** The one guarded state change: applies `changes` only while the call is in one of `from`. */
async function transition(
  db: Db,
  id: string,
  from: readonly CallState[],
  changes: Omit<Updateable<CallsTable>, 'id' | 'updated_at'>,
): Promise<void> {
  await db
    .updateTable('calls')
    .set({ ...changes, updated_at: now() })
    .where('id', '=', id)
    .where('state', 'in', [...from])
    .execute();
}

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

export const markQueued = (db: Db, id: string): Promise<void> =>
  transition(db, id, ['received'], { state: 'queued' });

/** An attempt failed and the job waits for its retry (backoff). */
export const markRetrying = (db: Db, id: string): Promise<void> =>
  transition(db, id, ['active'], { state: 'queued', stage: null, percent: null });

/** A failed call submitted again starts over. */
export const resetForRetry = (db: Db, id: string): Promise<void> =>
  transition(db, id, ['failed'], {
    state: 'received',
    stage: null,
    percent: null,
    failure_code: null,
    failure_message: null,
  });

export const markActive = (db: Db, id: string, stage: string | null, percent: number | null): Promise<void> =>
  transition(db, id, ['received', 'queued', 'active'], { state: 'active', stage, percent });

export const markCompleted = (
  db: Db,
  id: string,
  counts: Record<string, number>,
  timings: Record<string, number>,
  audioSeconds: number | null = null,
): Promise<void> =>
  transition(db, id, UNFINISHED, {
    state: 'completed',
    stage: null,
    percent: 100,
    counts: JSON.stringify(counts),
    timings: JSON.stringify(timings),
    audio_seconds: audioSeconds,
    failure_code: null,
    failure_message: null,
  });

export const markFailed = (db: Db, id: string, code: string, message: string): Promise<void> =>
  transition(db, id, UNFINISHED, {
    state: 'failed',
    stage: null,
    failure_code: code,
    failure_message: message,
  });

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
