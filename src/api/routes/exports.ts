/**
 * Dataset and clip exports over HTTP (reviewers and admins): POST /v1/exports records and queues an
 * export of the tenant's ledger calls (src/export/jobs.ts), GET /v1/exports/{id} is its state and
 * summary, GET /v1/exports/{id}/result the dataset as one tar archive once it is completed.
 */
import express, { Router } from 'express';
import { ConflictError, InputError } from '../../errors.js';
import { exportRequestSchema, type ExportJobs } from '../../export/jobs.js';
import { formatIssues } from '../../schema-issues.js';
import type { ObjectStore } from '../../storage/store.js';
import { principalOf, requireRole } from '../auth.js';

export interface ExportsRouteDeps {
  exportJobs: ExportJobs;
  store: ObjectStore;
}

export function exportsRouter(deps: ExportsRouteDeps): Router {
  const router = Router();
  const reviewers = requireRole('reviewer', 'admin');

  router.post('/', reviewers, express.json({ limit: '64kb' }), async (req, res) => {
    const parsed = exportRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new InputError(`invalid export: ${formatIssues(parsed.error.issues)}`);
    const principal = principalOf(res);
    const id = await deps.exportJobs.submit(principal.tenant, principal.id, parsed.data);
    res
      .status(202)
      .location(`/v1/exports/${id}`)
      .json({
        id,
        state: 'running',
        links: { self: `/v1/exports/${id}`, result: `/v1/exports/${id}/result` },
      });
  });

  router.get('/:id', reviewers, async (req, res) => {
    const { result_key: _key, ...record } = await deps.exportJobs.get(
      principalOf(res).tenant,
      String(req.params.id),
    );
    res.set('Cache-Control', 'private, no-store').json(record);
  });

  router.get('/:id/result', reviewers, async (req, res) => {
    const record = await deps.exportJobs.get(principalOf(res).tenant, String(req.params.id));
    if (record.state !== 'completed' || !record.result_key)
      throw new ConflictError(`export ${record.id} is ${record.state}: no result`);
    const info = await deps.store.stat(record.result_key);
    const body = await deps.store.get(record.result_key);
    res.set({
      'Content-Type': 'application/x-tar',
      'Content-Disposition': `attachment; filename="${record.id}.tar"`,
      'Cache-Control': 'private, no-store',
      ...(info ? { 'Content-Length': String(info.bytes) } : {}),
    });
    body.on('error', (err) => res.destroy(err));
    body.pipe(res);
  });

  return router;
}
