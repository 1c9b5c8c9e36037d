/**
 * API key authentication (`Authorization: Bearer cr_...` or `X-Api-Key: cr_...`) and role checks.
 * The authenticated key is kept in res.locals.principal.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/database.js';
import { AuthenticationError, ForbiddenError } from '../errors.js';
import { findApiKey, type ApiKeyPrincipal, type Role } from '../keys/api-keys.js';

function presentedKey(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  return req.get('x-api-key')?.trim() || undefined;
}

export function authenticate(db: Db): RequestHandler {
  return (req, res, next) => {
    const key = presentedKey(req);
    if (!key) {
      next(new AuthenticationError('missing API key'));
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
