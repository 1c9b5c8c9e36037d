/** GET /v1/stats: aggregated statistics (src/calls/stats.ts) for managers and admins. */
import { Router } from 'express';
import { z } from 'zod';
import { callStats } from '../../calls/stats.js';
import type { Db } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { formatIssues } from '../../schema-issues.js';
import { principalOf, requireRole } from '../auth.js';
import { statsSchema } from '../schemas.js';

const querySchema = z.object({
  period: z.enum(['day', 'week']).default('day'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export function statsRouter(deps: { db: Db; statsMinGroup: number }): Router {
  const router = Router();
  router.get('/', requireRole('manager', 'admin'), async (req, res) => {
    const q = querySchema.safeParse(req.query);
    if (!q.success) throw new InputError(`invalid query: ${formatIssues(q.error.issues)}`);
    const stats = await callStats(deps.db, {
      tenant: principalOf(res).tenant,
      period: q.data.period,
      k: deps.statsMinGroup,
      ...(q.data.from ? { from: `${q.data.from}T00:00:00.000Z` } : {}),
      ...(q.data.to ? { to: `${q.data.to}T23:59:59.999Z` } : {}),
    });
    res.set('Cache-Control', 'private, no-store').json(statsSchema.parse(stats));
  });
  return router;
}
