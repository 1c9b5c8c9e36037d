/**
 * /v1/session: the review console's sign-in. POST takes an API key and sets the session cookie
 * (HttpOnly, SameSite=Strict, Secure when the request came over https); GET tells the page who is
 * signed in and its CSRF token; DELETE signs out. The key itself never reaches the browser again.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { AuthenticationError, InputError } from '../../errors.js';
import { createSession, deleteExpiredSessions, deleteSession, findSession } from '../../console/sessions.js';
import { SESSION_COOKIE, sessionCookieOf } from '../auth.js';
import { sessionSchema } from '../schemas.js';

const signInSchema = z.object({ key: z.string().min(1).max(200) }).strict();

export function sessionRouter(deps: { db: Db; sessionTtlMs: number }): Router {
  const router = Router();

  router.post('/', express.json({ limit: '4kb' }), async (req, res) => {
    const parsed = signInSchema.safeParse(req.body);
    if (!parsed.success) throw new InputError('send {"key": "cr_..."}');
    await deleteExpiredSessions(deps.db);
    const session = await createSession(deps.db, parsed.data.key, deps.sessionTtlMs);
    if (!session) throw new AuthenticationError('invalid API key');
    res
      .cookie(SESSION_COOKIE, session.sessionId, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: '/',
        maxAge: deps.sessionTtlMs,
      })
      .set('Cache-Control', 'no-store')
      .json(sessionSchema.parse(bodyOf(session)));
  });

  router.get('/', async (req, res) => {
    const id = sessionCookieOf(req);
    const session = id ? await findSession(deps.db, id) : null;
    if (!session) throw new AuthenticationError('not signed in');
    res.set('Cache-Control', 'no-store').json(sessionSchema.parse(bodyOf(session)));
  });

  // Signing out is a state change too, but needs no CSRF token: a forged sign-out only signs out.
  router.delete('/', async (req, res) => {
    const id = sessionCookieOf(req);
    if (id) await deleteSession(deps.db, id);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    res.status(204).end();
  });

  return router;
}

function bodyOf(session: {
  principal: { role: string; tenant: string; label: string };
  csrfToken: string;
  expiresAt: string;
}) {
  return {
    role: session.principal.role,
    tenant: session.principal.tenant,
    label: session.principal.label,
    csrf_token: session.csrfToken,
    expires_at: session.expiresAt,
  };
}
