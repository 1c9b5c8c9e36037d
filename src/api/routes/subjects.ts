/**
 * /v1/subjects/access and /v1/subjects/erase: data subject requests for the dpo role. Role checks and
 * audit records live in the vault (refusals are audited too). Answers may hold personal data: never
 * cached, never logged.
 */
import express, { Router } from 'express';
import { subjectAccess, subjectErase } from '../../calls/subject-requests.js';
import type { Db } from '../../db/database.js';
import { ConfigError, ForbiddenError, InputError } from '../../errors.js';
import { storeOutputs } from '../../storage/call-outputs.js';
import type { ObjectStore } from '../../storage/store.js';
import { formatIssues } from '../../schema-issues.js';
import type { Vault } from '../../vault/vault.js';
import { principalOf } from '../auth.js';
import {
  subjectAccessRequestSchema,
  subjectAccessResponseSchema,
  subjectEraseRequestSchema,
  subjectEraseResponseSchema,
} from '../schemas.js';

export function subjectsRouter(vault: Vault | null, db: Db, store: ObjectStore): Router {
  const router = Router();
  const base = (res: express.Response) => {
    const principal = principalOf(res);
    if (!vault) {
      // the role check first: a key that may not use these learns nothing of the configuration
      if (principal.role !== 'dpo') throw new ForbiddenError('this endpoint needs one of the roles: dpo');
      throw new ConfigError('the vault is not configured on this server (VAULT_MASTER_KEY)');
    }
    return {
      vault,
      tenant: principal.tenant,
      actor: { id: principal.id, role: principal.role },
      // the calls' outputs and their corrected versions, through the store (folder or bucket)
      outputs: storeOutputs(db, store, principal.tenant),
    };
  };
  router.post('/access', express.json({ limit: '64kb' }), async (req, res) => {
    const b = base(res);
    const parsed = subjectAccessRequestSchema.safeParse(req.body);
    if (!parsed.success) throw new InputError(`invalid access request: ${formatIssues(parsed.error.issues)}`);
    const result = await subjectAccess({ ...b, ...parsed.data });
    res.set('Cache-Control', 'no-store').json(subjectAccessResponseSchema.parse(result));
  });
  router.post('/erase', express.json({ limit: '64kb' }), async (req, res) => {
    const b = base(res);
    const parsed = subjectEraseRequestSchema.safeParse(req.body);
    if (!parsed.success)
      throw new InputError(`invalid erasure request: ${formatIssues(parsed.error.issues)}`);
    const result = await subjectErase({ ...b, ...parsed.data });
    res.set('Cache-Control', 'no-store').json(subjectEraseResponseSchema.parse(result));
  });
  return router;
}
