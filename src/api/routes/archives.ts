/**
 * /v1/archives (admin): start an archive run over a folder or an s3:// prefix on the workers, and
 * follow it. POST records the run (or finds the same run: same tenant, source, destination,
 * policy and pairing) and asks a worker to list it onto the bulk lane; GET reports its figures
 * and its failed and unpaired files. The run is the one `callredact archive run --queue` makes:
 * `archive status ID` and `archive retry ID` work on it too.
 */
import express, { Router } from 'express';
import { archiveFailures, archiveStatus, prepareRun } from '../../archive/run.js';
import { compilePairing } from '../../archive/pairing.js';
import type { Db } from '../../db/database.js';
import { InputError } from '../../errors.js';
import { policySchema } from '../../policy.js';
import { enqueueFeed } from '../../queue/archive-queue.js';
import type { Queues } from '../../queue/producer.js';
import { whileRedisUp } from '../../queue/producer.js';
import { formatIssues } from '../../schema-issues.js';
import { openStoreAt, type S3Settings } from '../../storage/open-store.js';
import { principalOf, requireRole } from '../auth.js';
import { archiveRequestSchema, archiveStatusSchema } from '../schemas.js';

export interface ArchivesRouteDeps {
  db: Db;
  queues: Queues;
  queuePrefix: string;
  s3Settings: S3Settings;
}

const FAILURES_SHOWN = 1_000;

export function archivesRouter(deps: ArchivesRouteDeps): Router {
  const router = Router();
  router.post('/', requireRole('admin'), express.json({ limit: '256kb' }), async (req, res) => {
    const parsed = archiveRequestSchema.safeParse(req.body);
    if (!parsed.success)
      throw new InputError(`invalid archive request: ${formatIssues(parsed.error.issues)}`);
    const body = parsed.data;
    if (body.pairing) compilePairing(body.pairing);
    const policy = policySchema.safeParse(body.policy ?? {});
    if (!policy.success) throw new InputError(`invalid policy: ${formatIssues(policy.error.issues)}`);
    // both locations must be ones the workers can open (checked here, not at the first call)
    for (const url of [body.source, body.dest]) await openStoreAt(url, deps.s3Settings).close();
    const principal = principalOf(res);
    const { id } = await prepareRun(
      {
        source: body.source,
        dest: body.dest,
        tenant: principal.tenant,
        policyJson: body.policy ? JSON.stringify(body.policy) : undefined,
        pairing: body.pairing ?? null,
        mode: 'queue',
        concurrency: 1,
      },
      deps.db,
    );
    const run = await deps.db
      .selectFrom('archive_runs')
      .select('pass')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await whileRedisUp(deps.queues.connection, () =>
      enqueueFeed(deps.queuePrefix, deps.queues.connection, id, run.pass),
    );
    res
      .status(202)
      .location(`/v1/archives/${id}`)
      .json(await statusBody(deps.db, id));
  });
  router.get('/:id', requireRole('admin'), async (req, res) => {
    const id = String(req.params.id);
    if (!/^[a-f0-9]{20}$/.test(id)) throw new InputError('archive id: 20 hexadecimal characters');
    res.json(await statusBody(deps.db, id));
  });
  return router;
}

async function statusBody(db: Db, id: string) {
  const status = await archiveStatus(db, id);
  const failures = await archiveFailures(db, id, FAILURES_SHOWN);
  return archiveStatusSchema.parse({ ...status, failures });
}
