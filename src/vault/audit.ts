/**
 * The audit log: append-only (database triggers refuse UPDATE/DELETE) and hash-chained, so an
 * edit made after disabling the triggers is still detected: record n stores
 * sha256(hash of record n-1 + canonical JSON of record n), and verifyAudit() walks the chain.
 */
import { createHash } from 'node:crypto';
import { VaultError } from '../errors.js';
import type { Db } from '../db/database.js';
import type { VaultAuditTable } from '../db/schema.js';

export interface Actor {
  id: string;
  role: string;
}

export type AuditAction = 'reveal' | 'access' | 'erase' | 'rerender' | 'rotate' | 'retention';

export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  tenant: string;
  /** tokens only, never values */
  tokens: readonly string[];
  purpose: string;
  outcome: string;
  at: Date;
}

const GENESIS = '0'.repeat(64);
const MAX_APPEND_ATTEMPTS = 50;
const VERIFY_PAGE = 1000;

type AuditRow = Omit<VaultAuditTable, 'hash'>;

function recordHash(row: AuditRow): string {
  const canonical = JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor_role,
    row.action,
    row.tenant,
    row.tokens,
    row.purpose,
    row.outcome,
  ]);
  return createHash('sha256').update(row.prev_hash).update(canonical).digest('hex');
}

/**
 * Appends one record and returns its id. Concurrent appenders race for the next id (primary key)
 * and the previous hash (unique); the loser re-reads the head and tries again.
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<number> {
  for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
    const head = await db
      .selectFrom('vault_audit')
      .select(['id', 'hash'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const row: AuditRow = {
      id: (head?.id ?? 0) + 1,
      at: entry.at.toISOString(),
      actor_id: entry.actor.id,
      actor_role: entry.actor.role,
      action: entry.action,
      tenant: entry.tenant,
      tokens: JSON.stringify(entry.tokens),
      purpose: entry.purpose,
      outcome: entry.outcome,
      prev_hash: head?.hash ?? GENESIS,
      key_id: null,
    };
    const result = await db
      .insertInto('vault_audit')
      .values({ ...row, hash: recordHash(row) })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) return row.id;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
  }
  throw new VaultError('audit log is too busy to append; retry');
}

export type AuditVerification =
  { ok: true; records: number } | { ok: false; brokenId: number; records: number };

/** Walks the chain from the first record; reports the first record whose hash or link is wrong. */
export async function verifyAudit(db: Db): Promise<AuditVerification> {
  let prevHash = GENESIS;
  let prevId = 0;
  let records = 0;
  for (;;) {
    const page = await db
      .selectFrom('vault_audit')
      .selectAll()
      .where('id', '>', prevId)
      .orderBy('id')
      .limit(VERIFY_PAGE)
      .execute();
    for (const { hash, ...row } of page) {
      records++;
      if (row.id !== prevId + 1 || row.prev_hash !== prevHash || recordHash(row) !== hash) {
        return { ok: false, brokenId: row.id, records };
      }
      prevHash = hash;
      prevId = row.id;
    }
    if (page.length < VERIFY_PAGE) return { ok: true, records };
  }
}
