/**
 * The review console's call routes (mounted beside /v1/calls): the calls list (keyset paging,
 * state and date filters), a call's redacted view for the console, approval of a version, and
 * share links to approved versions. Managers reach none of them: they see statistics only.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import { listCalls } from '../../calls/listing.js';
import type { CallRow } from '../../calls/ledger.js';
import { readCallView } from '../../calls/view.js';
import {
  approvalOf,
  approveVersion,
  createShare,
  FIRST_VERSION,
  listShares,
  revokeShare,
} from '../../console/shares.js';
import type { Db } from '../../db/database.js';
import { InputError, NotFoundError } from '../../errors.js';
import { formatIssues } from '../../schema-issues.js';
import { resolveStorageKey } from '../../storage/uploads.js';
import { principalOf, requireRole } from '../auth.js';
import { callListSchema, callViewSchema, shareCreatedSchema, shareSchema } from '../schemas.js';
import { visibleCall } from './calls.js';

export interface ReviewRouteDeps {
  db: Db;
  storageDir: string;
  shareMaxHours: number;
}

const API_STATES = {
  queued: ['received', 'queued'],
  active: ['active'],
  completed: ['completed'],
  failed: ['failed'],
};

const listQuerySchema = z.object({
  state: z.enum(['queued', 'active', 'completed', 'failed']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});

const versionSchema = z.object({ version: z.number().int().min(1).default(FIRST_VERSION) }).strict();

function parsed<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(`invalid ${what}: ${formatIssues(result.error.issues)}`);
  return result.data;
}

/** The output folder of a version of a completed call (only version 1 exists before corrections). */
export function versionDir(storageDir: string, row: CallRow, version: number): string {
  if (row.state !== 'completed') throw new NotFoundError('this call has no published output yet');
  if (version !== FIRST_VERSION) throw new NotFoundError('no such version');
  return resolveStorageKey(storageDir, row.output_key);
}

export async function viewBody(db: Db, storageDir: string, row: CallRow, version: number) {
  const dir = versionDir(storageDir, row, version);
  const view = await readCallView(dir);
  const approval = await approvalOf(db, row.id, version);
  return callViewSchema.parse({
    id: row.id,
    version,
    approval: approval ? { version, ...approval } : null,
    ...view,
  });
}

export function reviewRouter(deps: ReviewRouteDeps): Router {
  const router = Router();
  const readers = requireRole('uploader', 'reviewer', 'admin');
  const reviewers = requireRole('reviewer', 'admin');

  router.get('/', readers, async (req, res) => {
    const q = parsed(listQuerySchema, req.query, 'query');
    const principal = principalOf(res);
    const page = await listCalls(deps.db, {
      tenant: principal.tenant,
      ...(principal.role === 'uploader' ? { ownerKeyId: principal.id } : {}),
      ...(q.state ? { states: API_STATES[q.state] } : {}),
      ...(q.from ? { from: `${q.from}T00:00:00.000Z` } : {}),
      ...(q.to ? { to: nextDay(q.to) } : {}),
      limit: q.limit,
      ...(q.cursor ? { cursor: q.cursor } : {}),
    });
    res.set('Cache-Control', 'private, no-store').json(
      callListSchema.parse({
        calls: page.calls.map((row) => ({
          id: row.id,
          state: row.state === 'received' ? 'queued' : row.state,
          counts: row.counts ? JSON.parse(row.counts) : null,
          created_at: row.created_at,
          updated_at: row.updated_at,
        })),
        next: page.next,
      }),
    );
  });

  router.get('/:id/view', readers, async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    const version = parsed(
      z.coerce.number().int().min(1).default(FIRST_VERSION),
      req.query.version,
      'version',
    );
    res
      .set('Cache-Control', 'private, no-store')
      .json(await viewBody(deps.db, deps.storageDir, row, version));
  });

  router.post('/:id/approve', reviewers, express.json({ limit: '4kb' }), async (req, res) => {
    const principal = principalOf(res);
    const row = await visibleCall(deps.db, principal, req.params.id);
    const { version } = parsed(versionSchema, req.body ?? {}, 'approval');
    versionDir(deps.storageDir, row, version);
    const approval = await approveVersion(deps.db, row, version, principal.id);
    res.json({ version, ...approval });
  });

  router.get('/:id/shares', reviewers, async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    res.set('Cache-Control', 'private, no-store').json({
      shares: (await listShares(deps.db, row.id)).map((s) => shareSchema.parse(s)),
    });
  });

  const shareRequestSchema = z
    .object({
      version: z.number().int().min(1).default(FIRST_VERSION),
      expires_in_hours: z
        .number()
        .int()
        .min(1)
        .max(deps.shareMaxHours)
        .default(Math.min(72, deps.shareMaxHours)),
    })
    .strict();

  router.post('/:id/shares', reviewers, express.json({ limit: '4kb' }), async (req, res) => {
    const principal = principalOf(res);
    const row = await visibleCall(deps.db, principal, req.params.id);
    const body = parsed(shareRequestSchema, req.body ?? {}, 'share request');
    versionDir(deps.storageDir, row, body.version);
    const { share, token } = await createShare(
      deps.db,
      row,
      body.version,
      principal.id,
      body.expires_in_hours,
    );
    res
      .status(201)
      .set('Cache-Control', 'no-store')
      .json(shareCreatedSchema.parse({ share, url: `/s/${token}` }));
  });

  router.delete('/:id/shares/:shareId', reviewers, async (req, res) => {
    const principal = principalOf(res);
    const row = await visibleCall(deps.db, principal, req.params.id);
    await revokeShare(deps.db, row.id, String(req.params.shareId), principal.id);
    res.status(204).end();
  });

  return router;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
