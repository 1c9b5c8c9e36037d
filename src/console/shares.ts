/**
 * Approval of a call's published version and share links to approved versions. A link carries a
 * random 256-bit token (unguessable; only its sha256 is stored, so the database cannot hand out
 * working links), expires, and can be revoked. Every share and every opening of a link, refused
 * ones included, is recorded.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { ConflictError, NotFoundError } from '../errors.js';

/** The published output of a call today; corrected versions will number from 2. */
export const FIRST_VERSION = 1;

export interface ShareLink {
  id: string;
  call_id: string;
  version: number;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  openings: number;
}

const hash = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');
const now = (): string => new Date().toISOString();

export async function approveVersion(
  db: Db,
  call: { id: string; tenant: string },
  version: number,
  actorId: string,
): Promise<{ approved_by: string; approved_at: string }> {
  await db
    .insertInto('call_approvals')
    .values({ call_id: call.id, version, tenant: call.tenant, approved_by: actorId, approved_at: now() })
    .onConflict((oc) => oc.columns(['call_id', 'version']).doNothing())
    .execute();
  const row = await approvalOf(db, call.id, version);
  if (!row) throw new NotFoundError('no such version');
  return row;
}

export async function approvalOf(
  db: Db,
  callId: string,
  version: number,
): Promise<{ approved_by: string; approved_at: string } | undefined> {
  return db
    .selectFrom('call_approvals')
    .select(['approved_by', 'approved_at'])
    .where('call_id', '=', callId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** A new link to an approved version; the token is returned once. */
export async function createShare(
  db: Db,
  call: { id: string; tenant: string },
  version: number,
  actorId: string,
  ttlHours: number,
): Promise<{ share: ShareLink; token: string }> {
  if (!(await approvalOf(db, call.id, version))) {
    throw new ConflictError('only an approved version can be shared');
  }
  const token = randomBytes(32).toString('base64url');
  const id = `shr_${randomBytes(8).toString('hex')}`;
  const createdAt = now();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000).toISOString();
  await db
    .insertInto('share_links')
    .values({
      id,
      token_hash: hash(token),
      call_id: call.id,
      version,
      tenant: call.tenant,
      created_by: actorId,
      created_at: createdAt,
      expires_at: expiresAt,
      revoked_by: null,
      revoked_at: null,
    })
    .execute();
  return {
    token,
    share: {
      id,
      call_id: call.id,
      version,
      created_by: actorId,
      created_at: createdAt,
      expires_at: expiresAt,
      revoked_at: null,
      revoked_by: null,
      openings: 0,
    },
  };
}

export async function listShares(db: Db, callId: string): Promise<ShareLink[]> {
  const rows = await db
    .selectFrom('share_links')
    .leftJoin('share_openings', (join) =>
      join
        .onRef('share_openings.share_id', '=', 'share_links.id')
        .on('share_openings.outcome', '=', 'opened'),
    )
    .select((eb) => [
      'share_links.id',
      'share_links.call_id',
      'share_links.version',
      'share_links.created_by',
      'share_links.created_at',
      'share_links.expires_at',
      'share_links.revoked_at',
      'share_links.revoked_by',
      eb.fn.count<number | string | bigint>('share_openings.share_id').as('openings'),
    ])
    .where('share_links.call_id', '=', callId)
    .groupBy([
      'share_links.id',
      'share_links.call_id',
      'share_links.version',
      'share_links.created_by',
      'share_links.created_at',
      'share_links.expires_at',
      'share_links.revoked_at',
      'share_links.revoked_by',
    ])
    .orderBy('share_links.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, openings: Number(r.openings) }));
}

export async function revokeShare(db: Db, callId: string, shareId: string, actorId: string): Promise<void> {
  const result = await db
    .updateTable('share_links')
    .set({ revoked_at: now(), revoked_by: actorId })
    .where('id', '=', shareId)
    .where('call_id', '=', callId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new NotFoundError('no such active share link');
}

export type ShareOutcome = 'opened' | 'expired' | 'revoked';

/**
 * The link behind a token, if it is still valid. Every attempt on a known link is recorded with
 * its outcome (`record: false` for the audio's range requests, which follow an opening).
 * Unknown tokens are not recorded: they name no link.
 */
export async function openShare(
  db: Db,
  token: string,
  options: { record: boolean },
): Promise<{ call_id: string; version: number; tenant: string; expires_at: string }> {
  const refused = new NotFoundError('this link does not exist, has expired or was revoked');
  if (!/^[A-Za-z0-9_-]{40,50}$/.test(token)) throw refused;
  const row = await db
    .selectFrom('share_links')
    .selectAll()
    .where('token_hash', '=', hash(token))
    .executeTakeFirst();
  if (!row) throw refused;
  const outcome: ShareOutcome = row.revoked_at ? 'revoked' : row.expires_at <= now() ? 'expired' : 'opened';
  if (options.record || outcome !== 'opened') {
    await db.insertInto('share_openings').values({ share_id: row.id, at: now(), outcome }).execute();
  }
  if (outcome !== 'opened') throw refused;
  return { call_id: row.call_id, version: row.version, tenant: row.tenant, expires_at: row.expires_at };
}
