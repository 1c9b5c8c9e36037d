/**
 * /v1/shared/<token>: what a share link opens, without an API key. Only the approved, redacted
 * version the link names: its view (redacted words, types, bleeped spans) and its bleeped audio.
 * Every opening is recorded; an expired, revoked or unknown link gets one and the same 404.
 */
import { Router, type RequestHandler } from 'express';
import { getCall } from '../../calls/ledger.js';
import { openShare } from '../../console/shares.js';
import type { Db } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { versionKey } from '../../console/corrections.js';
import type { ObjectStore } from '../../storage/store.js';
import { sendArtefact } from '../artefact.js';
import { viewBody } from './review.js';

/** `limit`: the per-address limit (rate-limits.ts), counted in Redis so every API process shares it */
export function sharedRouter(deps: { db: Db; store: ObjectStore }, limit: RequestHandler): Router {
  const router = Router();
  router.use(limit);

  const sharedCall = async (token: string, record: boolean) => {
    const link = await openShare(deps.db, token, { record });
    const row = await getCall(deps.db, link.call_id);
    if (!row || row.tenant !== link.tenant) throw new NotFoundError('this link does not exist');
    return { link, row };
  };

  router.get('/:token', async (req, res) => {
    const { link, row } = await sharedCall(req.params.token, true);
    const view = await viewBody(deps.db, deps.store, row, link.version);
    res
      .set('Cache-Control', 'private, no-store')
      .set('Referrer-Policy', 'no-referrer')
      .json({ ...view, expires_at: link.expires_at });
  });

  router.get('/:token/audio', async (req, res) => {
    const { link, row } = await sharedCall(req.params.token, false);
    await sendArtefact(
      req,
      res,
      deps.store,
      await versionKey(deps.db, row, link.version),
      (name) => name.startsWith('audio'),
      {
        what: 'audio',
        headers: () => ({ 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' }),
      },
    );
  });
  return router;
}
