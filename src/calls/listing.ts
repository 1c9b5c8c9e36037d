/**
 * The calls list: newest first, keyset-paged on (created_at, id) so page 2,000 costs what page 1
 * costs (an index range scan, no OFFSET), filtered by state, creation date and tag (a tag pages on
 * the tag table's own index). Uploaders see only the calls they submitted, everyone else every
 * call of their tenant.
 *
 * The cursor is a row-value comparison, `(created_at, id) < (?, ?)`: SQLite and PostgreSQL both
 * turn it into the bound of a range scan on (tenant, created_at, id). The equivalent
 * `created_at < ? OR (created_at = ? AND id < ?)` is not an index bound on PostgreSQL (it filters
 * every row from the newest one down: deep pages got slower the deeper they were).
 */
import type { Compilable } from 'kysely';
import type { Db } from '../db/database.js';
import { InputError } from '../errors.js';
import type { CallRow } from './ledger.js';

export interface ListCallsQuery {
  tenant: string;
  /** only calls submitted by this key (uploaders) */
  ownerKeyId?: string;
  /** ledger states (the API's "queued" covers received and queued) */
  states?: string[];
  /** ISO timestamps, inclusive from, exclusive to */
  from?: string;
  to?: string;
  /** only calls given this tag at upload */
  tag?: string;
  limit: number;
  /** the `next` cursor of the previous page */
  cursor?: string;
}

export interface CallsPage {
  calls: CallRow[];
  /** opaque cursor of the next page, null on the last one */
  next: string | null;
}

export function encodeCursor(row: Pick<CallRow, 'created_at' | 'id'>): string {
  return Buffer.from(`${row.created_at}|${row.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || extra !== undefined || !/^[a-f0-9]{32,64}$/.test(id)) {
    throw new InputError('cursor: not a cursor this API handed out');
  }
  return { createdAt, id };
}

export async function listCalls(db: Db, q: ListCallsQuery): Promise<CallsPage> {
  return pageOf(await pageQuery(db, q).execute(), q.limit);
}

/** The query of one page (one row more than the limit: whether a next page exists). */
export function pageQuery(
  db: Db,
  q: ListCallsQuery,
): Compilable<CallRow> & { execute(): Promise<CallRow[]> } {
  return q.tag === undefined ? listAll(db, q) : listTagged(db, q, q.tag);
}

function listAll(db: Db, q: ListCallsQuery) {
  let query = db.selectFrom('calls').selectAll().where('tenant', '=', q.tenant);
  if (q.ownerKeyId) query = query.where('owner_key_id', '=', q.ownerKeyId);
  if (q.states?.length) query = query.where('state', 'in', q.states);
  if (q.from) query = query.where('created_at', '>=', q.from);
  if (q.to) query = query.where('created_at', '<', q.to);
  if (q.cursor) {
    const { createdAt, id } = decodeCursor(q.cursor);
    query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(createdAt, id)));
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
}

/** The same list through the tag index: (tenant, tag, created_at, call_id), then each call's row. */
function listTagged(db: Db, q: ListCallsQuery, tag: string) {
  let query = db
    .selectFrom('call_tags as t')
    .innerJoin('calls as c', 'c.id', 't.call_id')
    .selectAll('c')
    .where('t.tenant', '=', q.tenant)
    .where('t.tag', '=', tag);
  if (q.ownerKeyId) query = query.where('c.owner_key_id', '=', q.ownerKeyId);
  if (q.states?.length) query = query.where('c.state', 'in', q.states);
  if (q.from) query = query.where('t.created_at', '>=', q.from);
  if (q.to) query = query.where('t.created_at', '<', q.to);
  if (q.cursor) {
    const { createdAt, id } = decodeCursor(q.cursor);
    query = query.where((eb) => eb(eb.refTuple('t.created_at', 't.call_id'), '<', eb.tuple(createdAt, id)));
  }
  return query
    .orderBy('t.created_at', 'desc')
    .orderBy('t.call_id', 'desc')
    .limit(q.limit + 1);
}

function pageOf(rows: CallRow[], limit: number): CallsPage {
  const calls = rows.slice(0, limit);
  const last = calls[calls.length - 1];
  return { calls, next: rows.length > limit && last ? encodeCursor(last) : null };
}
