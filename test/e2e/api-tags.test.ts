/**
 * Tags on calls over HTTP (real server, Redis, SQLite; no worker: calls stay queued): recorded at
 * upload, shown in the calls list, filtered by, keyset-paged through the tag index, visible only
 * as far as the calls are (uploaders: their own), and refused when they are not labels.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCall } from '../../src/calls/ledger.js';
import { addTags } from '../../src/calls/tags.js';
import { createApiKey } from '../../src/keys/api-keys.js';
import { getJson, makeFixture, startHarness, upload, type Harness } from '../helpers/api-harness.js';

type Listed = { id: string; tags: string[] };

describe('call tags', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const list = async (key: string, query: string): Promise<{ calls: Listed[]; next: string | null }> => {
    const res = await getJson(h.base, key, `/v1/calls?${query}`);
    expect(res.status).toBe(200);
    return res.body as unknown as { calls: Listed[]; next: string | null };
  };

  it('records tags at upload, lists them and filters by them, per uploader', async () => {
    const dir = path.join(h.dir, 'fixtures');
    const a = await upload(h.base, h.keys.uploader, {
      ...(await makeFixture(dir, 1)),
      tags: 'Billing, escalation',
    });
    const b = await upload(h.base, h.keys.uploader, { ...(await makeFixture(dir, 2)), tags: '["billing"]' });
    const c = await upload(h.base, h.keys.uploader, await makeFixture(dir, 3));
    expect([a.status, b.status, c.status]).toEqual([202, 202, 202]);
    const other = (await createApiKey(h.database.db, { role: 'uploader', tenant: 'acme' })).key;
    const d = await upload(h.base, other, { ...(await makeFixture(dir, 4)), tags: 'billing' });
    expect(d.status).toBe(202);

    const all = await list(h.keys.reviewer, 'limit=50');
    const byId = new Map(all.calls.map((x) => [x.id, x.tags]));
    expect(byId.get(a.body.id as string)).toEqual(['billing', 'escalation']);
    expect(byId.get(b.body.id as string)).toEqual(['billing']);
    expect(byId.get(c.body.id as string)).toEqual([]);

    const billing = await list(h.keys.reviewer, 'tag=billing');
    expect(billing.calls.map((x) => x.id).sort()).toEqual(
      [a.body.id, b.body.id, d.body.id].map(String).sort(),
    );
    expect((await list(h.keys.reviewer, 'tag=ESCALATION')).calls.map((x) => x.id)).toEqual([a.body.id]);
    // an uploader filters only among their own calls
    expect((await list(other, 'tag=billing')).calls.map((x) => x.id)).toEqual([d.body.id]);
    // another tenant sees none of them
    expect((await list(h.keys.otherTenant, 'tag=billing')).calls).toEqual([]);
    // the state filter combines with the tag
    expect((await list(h.keys.reviewer, 'tag=billing&state=completed')).calls).toEqual([]);

    // the same call uploaded again keeps the union of its tags
    const again = await upload(h.base, h.keys.uploader, {
      ...(await makeFixture(dir, 3)),
      tags: 'qa:week-49',
    });
    expect(again.body.id).toBe(c.body.id);
    expect((await list(h.keys.reviewer, 'tag=qa:week-49')).calls.map((x) => x.id)).toEqual([c.body.id]);
  }, 60_000);

  it('refuses tags that are not labels, before storing anything', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 9);
    for (const tags of [
      'Jane Roe',
      'call me at 555-0142!',
      'x'.repeat(41),
      '["a", 3]',
      Array(11)
        .fill('t')
        .map((t, i) => t + i)
        .join(','),
    ]) {
      const res = await upload(h.base, h.keys.uploader, { ...fixture, tags });
      expect(res.status, tags).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain('555-0142');
    }
    expect((await getJson(h.base, h.keys.reviewer, '/v1/calls?tag=not%20a%20tag')).status).toBe(400);
  }, 60_000);

  it('pages a tag keyset-wise: every tagged call once, newest first', async () => {
    const db = h.database.db;
    const ids: string[] = [];
    for (let i = 0; i < 130; i++) {
      const id = (i.toString(16).padStart(4, '0') + 'ab'.repeat(30)).slice(0, 64);
      ids.push(id);
      await recordCall(db, {
        callId: id,
        tenant: 'acme',
        ownerKeyId: 'seed',
        lane: 'interactive',
        callbackUrl: null,
        audioKey: `raw/${id}/a`,
        transcriptKey: `raw/${id}/t`,
        policyKey: `raw/${id}/p`,
        outputKey: `outputs/${id}`,
      });
      // several calls share a creation time: the cursor must break ties by id
      const createdAt = `2026-11-0${1 + (i % 5)}T10:00:00.000Z`;
      await db.updateTable('calls').set({ created_at: createdAt }).where('id', '=', id).execute();
      // every third seeded call is tagged
      if (i % 3 === 0) await addTags(db, { id, tenant: 'acme', created_at: createdAt }, ['bulk']);
    }
    const seen: string[] = [];
    const order: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { calls: (Listed & { created_at: string })[]; next: string | null } = (await list(
        h.keys.reviewer,
        `tag=bulk&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      )) as never;
      seen.push(...page.calls.map((x) => x.id));
      order.push(...page.calls.map((x) => `${x.created_at}|${x.id}`));
      cursor = page.next;
    } while (cursor);
    expect(seen.length).toBe(44);
    expect(new Set(seen).size).toBe(44);
    expect(seen.sort()).toEqual(ids.filter((_, i) => i % 3 === 0).sort());
    expect(order).toEqual([...order].sort().reverse());
  }, 60_000);
});
