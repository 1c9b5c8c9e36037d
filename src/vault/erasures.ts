/**
 * Erasure requests as records: each erasure keeps the calls it affects and which of them have
 * been re-rendered, so a re-render that fails half-way (or was never asked for) can be resumed
 * with `vault rerender ERASURE_ID`. The erased token is kept only while published outputs still
 * carry it, and dropped once every affected call is re-rendered.
 */
import type { Db } from '../db/database.js';
import type { Transaction } from 'kysely';
import type { Tables } from '../db/schema.js';
import { coerceError, NotFoundError } from '../errors.js';

export type ErasureState = 'rerender_pending' | 'complete';

export interface ErasureFailure {
  callId: string;
  code: string;
  message: string;
}

export interface ErasureProgress {
  id: string;
  tenant: string;
  type: string;
  state: ErasureState;
  callIds: string[];
  rerendered: string[];
  failures: ErasureFailure[];
  createdAt: string;
  updatedAt: string;
}

/** Re-renders one call's published outputs without the token; returns how many folders changed. */
export type RerenderCall = (callId: string, token: string) => Promise<number>;

export async function recordErasure(
  trx: Transaction<Tables>,
  e: { id: string; tenant: string; type: string; token: string | null; callIds: string[]; now: string },
): Promise<void> {
  const pending = e.token !== null && e.callIds.length > 0;
  await trx
    .insertInto('vault_erasures')
    .values({
      id: e.id,
      tenant: e.tenant,
      entity_type: e.type,
      token: pending ? e.token : null,
      state: pending ? 'rerender_pending' : 'complete',
      call_ids: JSON.stringify(e.callIds),
      rerendered: '[]',
      failures: '[]',
      created_at: e.now,
      updated_at: e.now,
    })
    .execute();
}

type ErasureRow = Tables['vault_erasures'];

const progressOf = (row: ErasureRow): ErasureProgress => ({
  id: row.id,
  tenant: row.tenant,
  type: row.entity_type,
  state: row.state as ErasureState,
  callIds: JSON.parse(row.call_ids) as string[],
  rerendered: JSON.parse(row.rerendered) as string[],
  failures: JSON.parse(row.failures) as ErasureFailure[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function readErasure(db: Db, tenant: string, id: string): Promise<ErasureRow> {
  const row = await db
    .selectFrom('vault_erasures')
    .selectAll()
    .where('id', '=', id)
    .where('tenant', '=', tenant)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('erasure not found');
  return row;
}

export async function erasureProgress(db: Db, tenant: string, id: string): Promise<ErasureProgress> {
  return progressOf(await readErasure(db, tenant, id));
}

/**
 * Re-renders every affected call not yet done, recording progress after each call; a failing call
 * is recorded (code and PII-free message) and the others go on. Complete when none is left.
 */
export async function resumeErasure(
  db: Db,
  tenant: string,
  id: string,
  rerender: RerenderCall,
  clock: () => Date,
  onProgress?: (p: ErasureProgress) => void,
): Promise<ErasureProgress> {
  const row = await readErasure(db, tenant, id);
  const progress = progressOf(row);
  if (progress.state === 'complete' || row.token === null) return progress;
  const done = new Set(progress.rerendered);
  const failures: ErasureFailure[] = [];
  for (const callId of progress.callIds) {
    if (done.has(callId)) continue;
    try {
      await rerender(callId, row.token);
      done.add(callId);
    } catch (err) {
      const e = coerceError(err, 're-render failed');
      failures.push({ callId, code: e.code, message: e.message });
    }
    const complete = done.size === progress.callIds.length;
    await db
      .updateTable('vault_erasures')
      .set({
        rerendered: JSON.stringify(progress.callIds.filter((c) => done.has(c))),
        failures: JSON.stringify(failures),
        state: complete ? 'complete' : 'rerender_pending',
        // the outputs no longer carry the token: nothing needs it any more
        ...(complete ? { token: null } : {}),
        updated_at: clock().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    onProgress?.(progressOf(await readErasure(db, tenant, id)));
  }
  return progressOf(await readErasure(db, tenant, id));
}
