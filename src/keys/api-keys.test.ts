import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { InputError } from '../errors.js';
import { createApiKey, findApiKey, hashApiKey, listApiKeys, revokeApiKey } from './api-keys.js';

describe('API keys', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ sqlitePath: ':memory:' });
  });
  afterEach(async () => {
    await database.close();
  });

  it('returns the key once and stores only its sha256', async () => {
    const created = await createApiKey(database.db, { role: 'uploader', tenant: 'acme', label: 'qa team' });
    expect(created.key).toMatch(/^cr_[A-Za-z0-9_-]{43}$/);
    const rows = await database.db.selectFrom('api_keys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key_hash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(rows)).not.toContain(created.key);
    expect(await findApiKey(database.db, created.key)).toEqual({
      id: created.id,
      role: 'uploader',
      tenant: 'acme',
      label: 'qa team',
    });
  });

  it('rejects unknown, malformed and revoked keys', async () => {
    const created = await createApiKey(database.db, { role: 'reviewer', tenant: 'acme' });
    expect(await findApiKey(database.db, `${created.key.slice(0, -1)}x`)).toBeNull();
    expect(await findApiKey(database.db, 'not-a-key')).toBeNull();
    expect(await revokeApiKey(database.db, created.id)).toBe(true);
    expect(await findApiKey(database.db, created.key)).toBeNull();
    expect(await revokeApiKey(database.db, created.id)).toBe(false);
    expect((await listApiKeys(database.db))[0]!.revokedAt).not.toBeNull();
  });

  it('validates role and tenant', async () => {
    await expect(
      createApiKey(database.db, { role: 'root' as 'admin', tenant: 'acme' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(createApiKey(database.db, { role: 'admin', tenant: '../x' })).rejects.toBeInstanceOf(
      InputError,
    );
  });
});
