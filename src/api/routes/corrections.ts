/**
 * GET /v1/corrections/export: the tenant's review corrections as labelled data (admins only: it
 * carries raw text from the raw uploads). `format=eval` (default): JSON Lines for `callredact
 * eval`; `format=lists`: `{allow, deny}` entries for a policy.
 */
import { Router } from 'express';
import { z } from 'zod';
import { evalJsonl, exportCorrections } from '../../console/corrections-export.js';
import type { Db } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { formatIssues } from '../../schema-issues.js';
import type { ObjectStore } from '../../storage/store.js';
import { principalOf, requireRole } from '../auth.js';

const querySchema = z.object({ format: z.enum(['eval', 'lists']).default('eval') });

export function correctionsRouter(deps: { db: Db; store: ObjectStore }): Router {
  const router = Router();
  router.get('/export', requireRole('admin'), async (req, res) => {
    const q = querySchema.safeParse(req.query);
    if (!q.success) throw new InputError(`invalid query: ${formatIssues(q.error.issues)}`);
    const out = await exportCorrections(deps.db, deps.store, { tenant: principalOf(res).tenant });
    res.set('Cache-Control', 'private, no-store').set('X-Skipped-Calls', String(out.skipped));
    if (q.data.format === 'lists') res.json(out.lists);
    else res.type('application/x-ndjson').send(evalJsonl(out.calls));
  });
  return router;
}
