/**
 * The audit log: append-only (database triggers refuse UPDATE/DELETE) and HMAC-chained under the
 * audit key: record n stores HMAC(audit key, hash of record n-1 + canonical JSON of record n), so
 * neither an edit nor a recomputed chain passes verification without the key. The chain alone
 * cannot show that its tail was deleted; signed checkpoints (head id, head hash, count, time),
 * written out of band (a file, stdout for a log shipper) on a schedule, anchor it: verifying
 * against a checkpoint detects truncation. Records hold subject references, never tokens.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
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
  /** subject references and counts, never tokens or values */
  tokens: readonly string[];
  purpose: string;
  outcome: string;
  at: Date;
}

/** The audit key and its public id (which key a record or checkpoint needs, without revealing it). */
export interface AuditKey {
  key: Buffer;
  id: string;
}

export function auditKeyFrom(key: Buffer): AuditKey {
  const id = createHmac('sha256', key).update('callredact audit key id v1').digest('hex').slice(0, 16);
  return { key, id };
}

/** Without a configured audit key, one derived from the master key (HKDF, its own label). */
export function deriveAuditKey(masterKey: Buffer): AuditKey {
  return auditKeyFrom(
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'callredact audit key v1', 32)),
  );
}

const GENESIS = '0'.repeat(64);
const MAX_APPEND_ATTEMPTS = 50;
const VERIFY_PAGE = 1000;

type AuditRow = Omit<VaultAuditTable, 'hash'>;

function canonicalRecord(row: AuditRow): string {
  return JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor_role,
    row.action,
    row.tenant,
    row.tokens,
    row.purpose,
    row.outcome,
    row.key_id,
  ]);
}

function recordHash(row: AuditRow, key: AuditKey): string {
  return createHmac('sha256', key.key).update(row.prev_hash).update(canonicalRecord(row)).digest('hex');
}

/**
 * Appends one record and returns its id. Concurrent appenders race for the next id (primary key)
 * and the previous hash (unique); the loser re-reads the head and tries again.
 */
export async function appendAudit(db: Db, key: AuditKey, entry: AuditEntry): Promise<number> {
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
      key_id: key.id,
    };
    const result = await db
      .insertInto('vault_audit')
      .values({ ...row, hash: recordHash(row, key) })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 1) return row.id;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
  }
  throw new VaultError('audit log is too busy to append; retry');
}

export interface AuditCheckpoint {
  version: 1;
  /** id and hash of the last record when the checkpoint was taken (0 and the genesis hash: empty) */
  headId: number;
  headHash: string;
  count: number;
  at: string;
  keyId: string;
  /** HMAC-SHA256 under the audit key of the fields above */
  mac: string;
}

const checkpointMac = (key: AuditKey, c: Omit<AuditCheckpoint, 'mac'>): string =>
  createHmac('sha256', key.key)
    .update(
      JSON.stringify([
        'callredact audit checkpoint',
        c.version,
        c.headId,
        c.headHash,
        c.count,
        c.at,
        c.keyId,
      ]),
    )
    .digest('hex');

/** A signed checkpoint of the chain's current head, to be written out of band. */
export async function auditCheckpoint(db: Db, key: AuditKey, at: Date): Promise<AuditCheckpoint> {
  const head = await db
    .selectFrom('vault_audit')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const body = {
    version: 1 as const,
    headId: head?.id ?? 0,
    headHash: head?.hash ?? GENESIS,
    // ids are gapless from 1 (verification refuses gaps), so the head id is the count
    count: head?.id ?? 0,
    at: at.toISOString(),
    keyId: key.id,
  };
  return { ...body, mac: checkpointMac(key, body) };
}

export type AuditVerification =
  | { ok: true; records: number; keyId: string }
  | { ok: false; records: number; keyId: string; brokenId: number; reason: string };

const macEqual = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Walks the chain from the first record; reports the first record whose MAC, link or key is wrong,
 * and, given checkpoints, any that the log no longer reaches or matches (tail deleted, chain rebuilt).
 */
export async function verifyAudit(
  db: Db,
  key: AuditKey,
  checkpoints: readonly AuditCheckpoint[] = [],
): Promise<AuditVerification> {
  for (const c of checkpoints) {
    const { mac, ...body } = c;
    if (c.keyId !== key.id) {
      return {
        ok: false,
        records: 0,
        keyId: key.id,
        brokenId: c.headId,
        reason: `checkpoint needs audit key ${c.keyId}`,
      };
    }
    if (typeof mac !== 'string' || !macEqual(mac, checkpointMac(key, body))) {
      return {
        ok: false,
        records: 0,
        keyId: key.id,
        brokenId: c.headId,
        reason: 'checkpoint signature invalid',
      };
    }
  }
  const byHead = new Map(checkpoints.map((c) => [c.headId, c]));
  let prevHash = GENESIS;
  let prevId = 0;
  let records = 0;
  const broken = (id: number, reason: string): AuditVerification => ({
    ok: false,
    records,
    keyId: key.id,
    brokenId: id,
    reason,
  });
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
      if (row.id !== prevId + 1 || row.prev_hash !== prevHash) return broken(row.id, 'link broken');
      // an unkeyed record is refused: otherwise a rewritten chain could pass as "unkeyed"
      if (row.key_id === null) return broken(row.id, 'unkeyed record');
      if (row.key_id !== key.id) return broken(row.id, `record needs audit key ${row.key_id}`);
      if (!macEqual(recordHash(row, key), hash)) return broken(row.id, 'record altered');
      const c = byHead.get(row.id);
      if (c && c.headHash !== hash) return broken(row.id, 'record differs from checkpoint');
      prevHash = hash;
      prevId = row.id;
    }
    if (page.length < VERIFY_PAGE) break;
  }
  for (const c of checkpoints) {
    if (c.headId > prevId) {
      return broken(
        prevId + 1,
        `log truncated: checkpoint of ${c.at} covers ${c.count} record(s), log has ${records}`,
      );
    }
  }
  return { ok: true, records, keyId: key.id };
}

/** Parses a checkpoint file: one JSON checkpoint per line (later lines are later checkpoints). */
export function parseCheckpoints(text: string): AuditCheckpoint[] {
  const out: AuditCheckpoint[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let c: AuditCheckpoint;
    try {
      c = JSON.parse(line) as AuditCheckpoint;
    } catch {
      throw new VaultError('checkpoint file is not JSON lines', { details: { line: i + 1 } });
    }
    if (
      c?.version !== 1 ||
      !Number.isInteger(c.headId) ||
      typeof c.headHash !== 'string' ||
      typeof c.keyId !== 'string'
    ) {
      throw new VaultError('not an audit checkpoint', { details: { line: i + 1 } });
    }
    out.push(c);
  }
  return out;
}
