/**
 * The review console's call routes (mounted beside /v1/calls): the calls list (keyset paging,
 * state, date and tag filters), a call's redacted view for the console, corrections that re-render
 * it as a new version (queued for a worker: 202, then the version turns ready or failed), approval
 * of a version, and share links to approved versions. Managers reach none of them: they see
 * statistics only.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import { listCalls } from '../../calls/listing.js';
import { isTag, tagsOf } from '../../calls/tags.js';
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
import {
  correctCall,
  latestReadyVersion,
  listCorrections,
  listVersions,
  versionKey,
} from '../../console/corrections.js';
import type { RedactCallDeps } from '../../pipeline/redact-call.js';
import type { VersionRenderQueue } from '../../console/render-job.js';
import type { ObjectStore } from '../../storage/store.js';
import { ENTITY_TYPES } from '../../types.js';
import { sendArtefact } from '../artefact.js';
import { principalOf, requireRole } from '../auth.js';
import {
  callListSchema,
  callViewSchema,
  shareCreatedSchema,
  shareSchema,
  versionListSchema,
  versionSchema as versionInfoSchema,
} from '../schemas.js';
import { visibleCall } from './calls.js';

export interface ReviewRouteDeps {
  db: Db;
  store: ObjectStore;
  shareMaxHours: number;
  /** re-rendering corrected versions: scratch folder and the pipeline (ffmpeg, operators) */
  scratchDir: string;
  pipeline: RedactCallDeps;
  /** where corrected versions are rendered: a worker through this queue, or (absent) this process */
  renderQueue?: VersionRenderQueue | undefined;
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
  tag: z
    .string()
    .transform((t) => t.trim().toLowerCase())
    .refine(isTag, 'a tag: 1-40 characters of a-z, 0-9 and ._:/-')
    .optional(),
});

const versionSchema = z.object({ version: z.number().int().min(1).default(FIRST_VERSION) }).strict();

function parsed<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(`invalid ${what}: ${formatIssues(result.error.issues)}`);
  return result.data;
}

export async function viewBody(db: Db, store: ObjectStore, row: CallRow, version: number) {
  const view = await readCallView(store, await versionKey(db, row, version));
  const approval = await approvalOf(db, row.id, version);
  return callViewSchema.parse({
    id: row.id,
    version,
    latest_version: await latestReadyVersion(db, row.id),
    approval: approval ? { version, ...approval } : null,
    ...view,
  });
}

const correctionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('add'),
      type: z.enum(ENTITY_TYPES),
      start_word: z.number().int().min(0),
      end_word: z.number().int().min(1),
    })
    .strict(),
  z
    .object({
      action: z.literal('remove'),
      start_word: z.number().int().min(0),
      end_word: z.number().int().min(1),
    })
    .strict(),
]);

const correctionRequestSchema = z
  .object({
    base_version: z.number().int().min(1),
    corrections: z
      .array(
        correctionSchema.refine((c) => c.end_word > c.start_word && c.end_word - c.start_word <= 50, {
          message: 'a range of 1 to 50 words (end_word after start_word)',
        }),
      )
      .min(1)
      .max(100),
  })
  .strict();

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
      ...(q.tag ? { tag: q.tag } : {}),
    });
    const tags = await tagsOf(
      deps.db,
      page.calls.map((row) => row.id),
    );
    res.set('Cache-Control', 'private, no-store').json(
      callListSchema.parse({
        calls: page.calls.map((row) => ({
          id: row.id,
          state: row.state === 'received' ? 'queued' : row.state,
          counts: row.counts ? JSON.parse(row.counts) : null,
          tags: tags.get(row.id) ?? [],
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
    res.set('Cache-Control', 'private, no-store').json(await viewBody(deps.db, deps.store, row, version));
  });

  router.get('/:id/versions/:version/audio', readers, async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    const version = parsed(z.coerce.number().int().min(1), req.params.version, 'version');
    const prefix = await versionKey(deps.db, row, version);
    await sendArtefact(req, res, deps.store, prefix, (name) => name.startsWith('audio'), {
      what: 'audio',
      headers: (name) => ({
        'Content-Disposition': `attachment; filename="${row.id}-v${version}-${name}"`,
        'Cache-Control': 'private, no-store',
      }),
    });
  });

  router.get('/:id/versions', readers, async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    if (row.state !== 'completed') throw new NotFoundError('this call has no published output yet');
    const versions = await listVersions(deps.db, row);
    const approvals = await deps.db
      .selectFrom('call_approvals')
      .select(['version', 'approved_by', 'approved_at'])
      .where('call_id', '=', row.id)
      .execute();
    const byVersion = new Map(approvals.map((a) => [Number(a.version), a]));
    res.set('Cache-Control', 'private, no-store').json(
      versionListSchema.parse({
        versions: versions.map((v) => {
          const a = byVersion.get(v.version);
          return { ...v, approval: a ? { approved_by: a.approved_by, approved_at: a.approved_at } : null };
        }),
      }),
    );
  });

  router.get('/:id/corrections', readers, async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    res
      .set('Cache-Control', 'private, no-store')
      .json({ corrections: await listCorrections(deps.db, row.id) });
  });

  router.post('/:id/corrections', reviewers, express.json({ limit: '64kb' }), async (req, res) => {
    const principal = principalOf(res);
    const row = await visibleCall(deps.db, principal, req.params.id);
    const body = parsed(correctionRequestSchema, req.body ?? {}, 'corrections');
    const version = await correctCall(deps, row, {
      base: body.base_version,
      corrections: body.corrections,
      actorId: principal.id,
    });
    // 202: the version is being rendered (by a worker); GET .../versions says when it is ready
    res
      .status(202)
      .set('Cache-Control', 'no-store')
      .set('Location', `/v1/calls/${row.id}/view?version=${version.version}`)
      .json(versionInfoSchema.parse(version));
  });

  router.post('/:id/approve', reviewers, express.json({ limit: '4kb' }), async (req, res) => {
    const principal = principalOf(res);
    const row = await visibleCall(deps.db, principal, req.params.id);
    const { version } = parsed(versionSchema, req.body ?? {}, 'approval');
    await versionKey(deps.db, row, version);
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
    await versionKey(deps.db, row, body.version);
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
