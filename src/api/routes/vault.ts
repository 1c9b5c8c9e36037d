/**
 * /v1/vault/reveal: re-identification of tokens for the dpo role, with a stated purpose. Role
 * enforcement and the audit record live in the vault (a refused attempt is audited too), so every
 * authenticated key reaches it. The answer holds personal data: never cached, never logged.
 */
import express, { Router } from 'express';
import { ConfigError, ForbiddenError, InputError } from '../../errors.js';
import { formatIssues } from '../../schema-issues.js';
import type { Vault } from '../../vault/vault.js';
import { principalOf } from '../auth.js';
import { revealRequestSchema, revealResponseSchema } from '../schemas.js';

export function vaultRouter(vault: Vault | null): Router {
  const router = Router();
  router.post('/reveal', express.json({ limit: '64kb' }), async (req, res) => {
    const principal = principalOf(res);
    if (!vault) {
      // the role check first: a key that may not reveal learns nothing of the server's configuration
      if (principal.role !== 'dpo') throw new ForbiddenError('this endpoint needs one of the roles: dpo');
      throw new ConfigError('the vault is not configured on this server (VAULT_MASTER_KEY)');
    }
    const parsed = revealRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      // the role check answers first (403, audited by the vault): a malformed request from a key
      // that may not reveal is refused as such, not as malformed
      await vault.requireRevealRole({
        tenant: principal.tenant,
        tokens: stringsOf((req.body as { tokens?: unknown } | undefined)?.tokens),
        purpose: '',
        actor: { id: principal.id, role: principal.role },
      });
      throw new InputError(`invalid reveal request: ${formatIssues(parsed.error.issues)}`);
    }
    const values = await vault.reveal({
      tenant: principal.tenant,
      tokens: parsed.data.tokens,
      purpose: parsed.data.purpose,
      actor: { id: principal.id, role: principal.role },
    });
    res.set('Cache-Control', 'no-store').json(revealResponseSchema.parse({ values }));
  });
  return router;
}

/** The well-typed, bounded part of an untrusted token list (for the audit of a refusal). */
function stringsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is string => typeof t === 'string' && t.length <= 40).slice(0, 1_000);
}
