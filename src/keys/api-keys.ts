/**
 * API keys: `cr_<random>` handed out once; only their sha256 is stored, so a leaked database
 * does not leak working keys. Each key has one role and belongs to one tenant.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { InputError } from '../errors.js';
import { formatIssues } from '../schema-issues.js';

/** manager: aggregated statistics only (GET /v1/stats), never a call */
export const ROLES = ['uploader', 'reviewer', 'admin', 'dpo', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKeyPrincipal {
  id: string;
  role: Role;
  tenant: string;
  label: string;
}

export interface CreatedApiKey extends ApiKeyPrincipal {
  /** the secret key; shown once, never stored */
  key: string;
}

const createSchema = z.object({
  role: z.enum(ROLES),
  tenant: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'tenant: letters, digits, "-" and "_", at most 64 characters'),
  label: z.string().max(200).default(''),
});

export type CreateApiKeyInput = z.input<typeof createSchema>;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export async function createApiKey(db: Db, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) {
    throw new InputError(`invalid API key request: ${formatIssues(parsed.error.issues)}`);
  }
  const { role, tenant, label } = parsed.data;
  const id = `key_${randomBytes(8).toString('hex')}`;
  const key = `cr_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('api_keys')
    .values({
      id,
      key_hash: hashApiKey(key),
      role,
      tenant,
      label,
      created_at: new Date().toISOString(),
      revoked_at: null,
    })
    .execute();
  return { id, key, role, tenant, label };
}

/** The principal for a presented key, or null when it is unknown, malformed or revoked. */
export async function findApiKey(db: Db, key: string): Promise<ApiKeyPrincipal | null> {
  if (!/^cr_[A-Za-z0-9_-]{20,100}$/.test(key)) return null;
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'role', 'tenant', 'label'])
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || !(ROLES as readonly string[]).includes(row.role)) return null;
  return { id: row.id, role: row.role as Role, tenant: row.tenant, label: row.label };
}

export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listApiKeys(
  db: Db,
): Promise<(ApiKeyPrincipal & { createdAt: string; revokedAt: string | null })[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role as Role,
    tenant: r.tenant,
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}
