/**
 * API key authentication (`Authorization: Bearer cr_...` or `X-Api-Key: cr_...`), or the review
 * console's session cookie, and role checks. The authenticated key is kept in res.locals.principal.
 * A request authenticated by the cookie must carry the session's CSRF token (`X-CSRF-Token`) on
 * every state change: the cookie is SameSite=Strict already, the token is the second fence.
 */
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/database.js';
import { AuthenticationError, ForbiddenError } from '../errors.js';
import { findApiKey, type ApiKeyPrincipal, type Role } from '../keys/api-keys.js';
import { findSession } from '../console/sessions.js';

export const SESSION_COOKIE = 'cr_session';
function sameSecret(presented: string | undefined, expected: string): boolean {
  const a = Buffer.from(presented ?? '', 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session id from the Cookie header (one cookie is all this API reads: no parser needed). */
export function sessionCookieOf(req: Request): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

function presentedKey(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  return req.get('x-api-key')?.trim() || undefined;
}

export function authenticate(db: Db): RequestHandler {
  return (req, res, next) => {
    const key = presentedKey(req);
    if (!key) {
      const sessionId = sessionCookieOf(req);
      if (!sessionId) {
        next(new AuthenticationError('missing API key'));
        return;
      }
      findSession(db, sessionId)
        .then((session) => {
          if (!session) throw new AuthenticationError('session expired or signed out');
          if (!SAFE_METHODS.has(req.method) && !sameSecret(req.get('x-csrf-token'), session.csrfToken)) {
            throw new ForbiddenError('missing or wrong CSRF token');
          }
          res.locals.principal = session.principal;
          next();
        }, next)
        .catch(next);
      return;
    }
    findApiKey(db, key)
      .then((principal) => {
        if (!principal) throw new AuthenticationError('invalid API key');
        res.locals.principal = principal;
        next();
      }, next)
      .catch(next);
  };
}

export function principalOf(res: Response): ApiKeyPrincipal {
  const principal = res.locals.principal as ApiKeyPrincipal | undefined;
  if (!principal) throw new AuthenticationError('missing API key');
  return principal;
}

export function requireRole(...roles: Role[]): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const principal = principalOf(res);
    next(
      roles.includes(principal.role)
        ? undefined
        : new ForbiddenError(`this endpoint needs one of the roles: ${roles.join(', ')}`),
    );
  };
}
