/**
 * Review console sessions: signing in with an API key creates a session whose random id goes to
 * the browser in an HttpOnly cookie; only its sha256 is stored, so a leaked database holds no
 * working session. Each session carries a CSRF token the page must echo on every state change.
 * A session dies with its key: revoking the key ends every session opened with it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { findApiKey, ROLES, type ApiKeyPrincipal, type Role } from '../keys/api-keys.js';

export interface Session {
  principal: ApiKeyPrincipal;
  csrfToken: string;
  expiresAt: string;
}

export interface CreatedSession extends Session {
  /** the secret session id: goes into the cookie, never stored */
  sessionId: string;
}

const hash = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** A session for a valid API key, or null when the key is unknown, malformed or revoked. */
export async function createSession(db: Db, apiKey: string, ttlMs: number): Promise<CreatedSession | null> {
  const principal = await findApiKey(db, apiKey);
  if (!principal) return null;
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hash(sessionId),
      key_id: principal.id,
      csrf_token: csrfToken,
      created_at: new Date(now).toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { sessionId, principal, csrfToken, expiresAt };
}

export async function findSession(db: Db, sessionId: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('api_keys', 'api_keys.id', 'sessions.key_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'api_keys.id',
      'api_keys.role',
      'api_keys.tenant',
      'api_keys.label',
    ])
    .where('sessions.id_hash', '=', hash(sessionId))
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return null;
  if (!(ROLES as readonly string[]).includes(row.role)) return null;
  return {
    principal: { id: row.id, role: row.role as Role, tenant: row.tenant, label: row.label },
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hash(sessionId)).execute();
}

/** Drops expired sessions (called on sign-in, so the table never grows without bound). */
export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute();
}
