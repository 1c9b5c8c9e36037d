/**
 * Retention: occurrence rows older than the cutoff go, then every vault entry that is itself
 * older than the cutoff and no longer referenced by a newer call. A value a customer repeats in a
 * recent call therefore stays reversible for as long as that call is retained.
 */
import type { Db } from '../db/database.js';
import { InputError } from '../errors.js';

/** Destroys expired entries' subject keys (the key store's deleteSubjectKeys). */
export type DeleteSubjectKeys = (db: Db, tenant: string, refs: readonly string[]) => Promise<number>;

export interface RetentionOptions {
  olderThanDays: number;
  now: Date;
  /** storage's raw-upload deletion, run with the same cutoff; returns how many it deleted */
  deleteRawOlderThan?: (cutoff: Date) => Promise<number>;
}

export interface RetentionResult {
  cutoff: string;
  entries: number;
  occurrences: number;
  /** undefined when no raw-upload hook was given */
  rawFiles?: number;
}

const DAY_MS = 86_400_000;

export async function runRetention(
  db: Db,
  options: RetentionOptions,
  deleteSubjectKeys?: DeleteSubjectKeys,
): Promise<RetentionResult> {
  if (!Number.isFinite(options.olderThanDays) || options.olderThanDays < 0) {
    throw new InputError('retention age must be a non-negative number of days');
  }
  const cutoff = new Date(options.now.getTime() - options.olderThanDays * DAY_MS).toISOString();
  const counts = await db.transaction().execute(async (trx) => {
    const occ = await trx.deleteFrom('vault_occurrences').where('created_at', '<', cutoff).executeTakeFirst();
    const expired = await trx
      .deleteFrom('vault_entries')
      .where('created_at', '<', cutoff)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('vault_occurrences as o')
              .select('o.token')
              .whereRef('o.tenant', '=', 'vault_entries.tenant')
              .whereRef('o.token', '=', 'vault_entries.token'),
          ),
        ),
      )
      .returning(['tenant', 'subject_ref'])
      .execute();
    // an expired value's key goes with it, so backups cannot decrypt it either
    const refsByTenant = new Map<string, string[]>();
    for (const e of expired) {
      if (e.subject_ref) refsByTenant.set(e.tenant, [...(refsByTenant.get(e.tenant) ?? []), e.subject_ref]);
    }
    for (const [tenant, refs] of refsByTenant) {
      for (let i = 0; i < refs.length; i += 500)
        await deleteSubjectKeys?.(trx, tenant, refs.slice(i, i + 500));
    }
    return { occurrences: Number(occ.numDeletedRows), entries: expired.length };
  });
  const result: RetentionResult = { cutoff, ...counts };
  if (options.deleteRawOlderThan) result.rawFiles = await options.deleteRawOlderThan(new Date(cutoff));
  return result;
}
