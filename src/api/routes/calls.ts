/**
 * /v1/calls: submit a call, read its status, download its published artefacts. Raw uploads are
 * never served: artefacts come from the output folder and only once its manifest exists.
 */
import { Router, type Response } from 'express';
import { submitCall, type IntakeDeps } from '../../calls/intake.js';
import { ARTEFACT_KINDS, artefactLinks, publishedKinds } from '../../calls/artefact-links.js';
import { getCall, type CallRow } from '../../calls/ledger.js';
import type { Db } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import type { ApiKeyPrincipal } from '../../keys/api-keys.js';
import { STAGES, type Stage } from '../../pipeline/redact-call.js';
import { readPublishedManifest, type Manifest } from '../../storage/store.js';
import { sendArtefact } from '../artefact.js';
import { principalOf, requireRole } from '../auth.js';
import { receiveMultipart } from '../multipart.js';
import { callAcceptedSchema, callManifestSchema, callStatusSchema, type CallStatus } from '../schemas.js';

export interface CallsRouteDeps extends IntakeDeps {
  maxUploadBytes: number;
}

const MAX_FIELD_BYTES = 256 * 1024;

export function callsRouter(deps: CallsRouteDeps): Router {
  const router = Router();

  router.post('/', requireRole('uploader', 'admin'), async (req, res) => {
    const upload = await receiveMultipart(req, deps.incomingDir, {
      maxFileBytes: deps.maxUploadBytes,
      maxFieldBytes: MAX_FIELD_BYTES,
    });
    const principal = principalOf(res);
    const { id } = await submitCall(deps, {
      tenant: principal.tenant,
      ownerKeyId: principal.id,
      lane: 'interactive',
      audio: upload.files.audio,
      transcript: upload.files.transcript,
      transcriptFormat: upload.transcriptFormat,
      policyJson: upload.fields.policy,
      audioOptionsJson: upload.fields.audio_options,
      callbackUrl: upload.fields.callback_url,
      tags: upload.fields.tags,
    });
    const statusUrl = `${req.baseUrl}/${id}`;
    res
      .status(202)
      .location(statusUrl)
      .json(callAcceptedSchema.parse({ id, status_url: statusUrl }));
  });

  router.get('/:id', requireRole('uploader', 'reviewer', 'admin'), async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    // links only to what was published (a transcript-only call has no audio)
    const manifest =
      row.state === 'completed' ? await readPublishedManifest(deps.store, row.output_key) : null;
    res.json(callStatusSchema.parse(statusOf(row, `${req.baseUrl}/${row.id}`, manifest)));
  });

  // the published manifest: every artefact's size and sha256, so a client can verify its downloads
  router.get('/:id/manifest', requireRole('uploader', 'reviewer', 'admin'), async (req, res) => {
    const row = await visibleCall(deps.db, principalOf(res), req.params.id);
    const manifest = await readPublishedManifest(deps.store, row.output_key);
    if (!manifest) throw new NotFoundError('no published manifest for this call');
    const artefacts = Object.fromEntries(
      Object.entries(manifest.artefacts).map(([name, a]) => [name, { bytes: a.bytes, sha256: a.sha256 }]),
    );
    res
      .set('Cache-Control', 'private, no-store')
      .json(callManifestSchema.parse({ version: manifest.version, call_id: manifest.callId, artefacts }));
  });

  for (const [artefact, matches] of Object.entries(ARTEFACT_KINDS)) {
    router.get(
      `/:id/${artefact}`,
      requireRole('uploader', 'reviewer', 'admin'),
      async (req, res: Response) => {
        const row = await visibleCall(deps.db, principalOf(res), req.params.id);
        await sendArtefact(req, res, deps.store, row.output_key, matches, {
          what: artefact,
          headers: (name) => ({
            'Content-Disposition': `attachment; filename="${row.id}-${name}"`,
            'Cache-Control': 'private, no-store',
          }),
        });
      },
    );
  }

  return router;
}

/** The call if this key may see it: same tenant, and for uploaders only their own calls. 404 otherwise. */
export async function visibleCall(db: Db, principal: ApiKeyPrincipal, id: unknown): Promise<CallRow> {
  const row = typeof id === 'string' && /^[a-f0-9]{32,64}$/.test(id) ? await getCall(db, id) : undefined;
  if (
    !row ||
    row.tenant !== principal.tenant ||
    (principal.role === 'uploader' && row.owner_key_id !== principal.id)
  ) {
    throw new NotFoundError('no such call');
  }
  return row;
}

function statusOf(row: CallRow, base: string, manifest: Manifest | null): CallStatus {
  const state = row.state === 'received' ? 'queued' : (row.state as CallStatus['state']);
  const stage = STAGES.includes(row.stage as Stage) ? (row.stage as Stage) : null;
  return {
    id: row.id,
    state,
    progress: state === 'active' && stage ? { stage, percent: row.percent ?? 0 } : null,
    counts: row.counts ? (JSON.parse(row.counts) as CallStatus['counts']) : null,
    timings_ms: row.timings ? (JSON.parse(row.timings) as CallStatus['timings_ms']) : null,
    failure:
      state === 'failed'
        ? { code: row.failure_code ?? 'INTERNAL', message: row.failure_message ?? 'failed' }
        : null,
    links: state === 'completed' ? artefactLinks(base, publishedKinds(manifest)) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
