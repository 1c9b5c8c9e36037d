/**
 * Re-identification over HTTP: a call redacted with the token operator, its tokens revealed for
 * the dpo role only, each attempt (refused ones too) audited before the answer, and the revealed
 * values never logged.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/keys/api-keys.js';
import {
  FIXTURE_PII,
  makeFixture,
  startHarness,
  upload,
  waitForCall,
  type Harness,
} from '../helpers/api-harness.js';

describe('vault reveal endpoint', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ VAULT_MASTER_KEY: randomBytes(32).toString('base64') });
  });
  afterAll(async () => {
    await h?.close();
  });

  const reveal = async (key: string, body: unknown) => {
    const res = await fetch(`${h.base}/v1/vault/reveal`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      cache: res.headers.get('cache-control'),
      body: (await res.json()) as Record<string, unknown>,
    };
  };

  it('reveals tokens of a redacted call to the dpo role, with an audit trail', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'));
    const policy = JSON.stringify({ entities: { PERSON: { operator: 'token' } } });
    const { status, body } = await upload(h.base, h.keys.uploader, { ...fixture, policy });
    expect(status).toBe(202);
    h.spawnWorker();
    const id = body.id as string;
    expect((await waitForCall(h.base, h.keys.uploader, id)).state).toBe('completed');

    const transcript = await (
      await fetch(`${h.base}/v1/calls/${id}/transcript`, {
        headers: { authorization: `Bearer ${h.keys.reviewer}` },
      })
    ).text();
    const tokens = [...new Set(transcript.match(/PERSON_[0-9A-Z]{8}/g) ?? [])];
    expect(tokens.length).toBeGreaterThan(0);

    const refused = await reveal(h.keys.reviewer, { tokens, purpose: 'curious' });
    expect(refused.status).toBe(403);
    // the role check answers before the request's shape (issue 13.10): 403, not 400
    expect((await reveal(h.keys.reviewer, { tokens: ['not a token'], purpose: 'curious' })).status).toBe(403);
    expect((await reveal(h.keys.reviewer, { tokens: 'PERSON_', extra: 1 })).status).toBe(403);
    expect((await reveal(h.keys.dpo, { tokens: 'PERSON_', extra: 1 })).status).toBe(400);
    expect((await reveal(h.keys.dpo, { tokens: ['not a token'], purpose: 'ticket 42' })).status).toBe(400);
    expect(JSON.stringify(refused.body).toLowerCase()).not.toContain('marisol');
    const noPurpose = await reveal(h.keys.dpo, { tokens, purpose: ' ' });
    expect(noPurpose.status).toBe(400);
    expect((await reveal(h.keys.dpo, { tokens: ['PERSON_00000000'], purpose: 'ticket 42' })).status).toBe(
      404,
    );

    const granted = await reveal(h.keys.dpo, { tokens, purpose: 'ticket 42: customer complaint' });
    expect(granted.status).toBe(200);
    expect(granted.cache).toBe('no-store');
    const values = (granted.body.values as { token: string; type: string; value: string }[]).map(
      (v) => v.value,
    );
    expect(values.join(' ').toLowerCase()).toContain('quenby');

    // another tenant's dpo cannot reveal them, and learns nothing about their existence
    const otherDpo = await createApiKey(h.database.db, { role: 'dpo', tenant: 'globex' });
    expect((await reveal(otherDpo.key, { tokens, purpose: 'ticket 43' })).status).toBe(404);

    const audit = await h.database.db
      .selectFrom('vault_audit')
      .select(['actor_role', 'outcome', 'purpose'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { actor_role: 'reviewer', outcome: 'forbidden', purpose: 'curious' },
        { actor_role: 'dpo', outcome: 'granted', purpose: 'ticket 42: customer complaint' },
      ]),
    );
    const logs = [...h.apiLogs, ...h.workerLogs].join('').toLowerCase();
    for (const pii of FIXTURE_PII) expect(logs).not.toContain(pii);

    // data subject requests over HTTP: access export, then erasure with re-render
    const post = async (url: string, key: string, body: unknown) => {
      const res = await fetch(`${h.base}${url}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const revealedPerson = (granted.body.values as { token: string; value: string }[])[0]!;
    const subject = { type: 'PERSON', value: revealedPerson.value };
    expect((await post('/v1/subjects/access', h.keys.reviewer, { subjects: [subject] })).status).toBe(403);
    const access = await post('/v1/subjects/access', h.keys.dpo, { subjects: [subject], purpose: 'DSR-11' });
    expect(access.status).toBe(200);
    expect(access.body).toMatchObject({
      tenant: 'acme',
      subjects: [
        {
          type: 'PERSON',
          token: revealedPerson.token,
          value: revealedPerson.value,
          calls: [
            {
              callId: id,
              occurrences: expect.arrayContaining([
                expect.objectContaining({ field: 'transcript', type: 'PERSON' }),
              ]) as unknown,
            },
          ],
        },
      ],
    });
    const erase = await post('/v1/subjects/erase', h.keys.dpo, { subjects: [subject], purpose: 'DSR-11' });
    expect(erase.status).toBe(200);
    expect(erase.body).toMatchObject({
      erasures: [{ found: true, state: 'complete', callIds: [id], rerendered: [id], failures: [] }],
    });
    const after = await (
      await fetch(`${h.base}/v1/calls/${id}/transcript`, {
        headers: { authorization: `Bearer ${h.keys.reviewer}` },
      })
    ).text();
    expect(after).not.toContain(revealedPerson.token);
    expect((await reveal(h.keys.dpo, { tokens: [revealedPerson.token], purpose: 'after' })).status).toBe(404);
    const doc = (await (await fetch(`${h.base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/subjects/access', '/v1/subjects/erase']),
    );
    const actions = await h.database.db.selectFrom('vault_audit').select(['action', 'actor_role']).execute();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'access', actor_role: 'reviewer' },
        { action: 'access', actor_role: 'dpo' },
        { action: 'erase', actor_role: 'dpo' },
        { action: 'rerender', actor_role: 'dpo' },
      ]),
    );
  }, 180_000);
});
