/**
 * Issue 13, an expired review-console session: signed in as an uploader, the session works for a
 * read and an upload; then its stored expiry is moved to the past (what the clock does after
 * SESSION_TTL_MS, whose minimum is a minute) and the same cookie and CSRF token get 401 with no
 * data, for a GET and for a state change, and nothing is recorded. Then the same by the clock
 * alone: the in-process API's Date moved past the TTL. RELIABILITY.md row X5.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFixture, startHarness, type Fixture, type Harness } from '../helpers/api-harness.js';

describe('an expired console session', () => {
  let h: Harness;
  let first: Fixture;
  let second: Fixture;

  beforeAll(async () => {
    h = await startHarness({ SESSION_TTL_MS: '60000' });
    first = await makeFixture(path.join(h.dir, 'fixtures'), 1);
    second = await makeFixture(path.join(h.dir, 'fixtures'), 2);
  });
  afterAll(async () => {
    await h?.close();
  });

  const request = async (
    method: string,
    urlPath: string,
    headers: Record<string, string>,
    body?: string | FormData,
  ): Promise<{ status: number; text: string; headers: Headers }> => {
    const res = await fetch(`${h.base}${urlPath}`, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };

  const form = (f: Fixture): FormData => {
    const data = new FormData();
    data.set('audio', new Blob([f.audio]), 'call.wav');
    data.set('transcript', new Blob([f.transcript]), 'call.json');
    return data;
  };

  it('answers 401 with no data to a read and to a state change, and records nothing', async () => {
    const signIn = await request(
      'POST',
      '/v1/session',
      { 'content-type': 'application/json' },
      JSON.stringify({ key: h.keys.uploader }),
    );
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/Max-Age=60(;|$)/);
    const cookie = setCookie.split(';')[0]!;
    const csrf = (JSON.parse(signIn.text) as { csrf_token: string }).csrf_token;
    const auth = { cookie, 'x-csrf-token': csrf };

    // while valid: the session reads and changes state
    const made = await request('POST', '/v1/calls', auth, form(first));
    expect(made.status, made.text).toBe(202);
    const id = (JSON.parse(made.text) as { id: string }).id;
    const listed = await request('GET', '/v1/calls', { cookie });
    expect(listed.status).toBe(200);
    expect(listed.text).toContain(id);
    expect((await request('GET', '/v1/session', { cookie })).text).toContain(csrf);

    // the session's time runs out
    const moved = await h.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .executeTakeFirst();
    expect(Number(moved.numUpdatedRows)).toBe(1);

    const answers = [
      await request('GET', '/v1/session', { cookie }),
      await request('GET', '/v1/calls', { cookie }),
      await request('GET', `/v1/calls/${id}`, { cookie }),
      await request('POST', '/v1/calls', auth, form(second)),
    ];
    for (const a of answers) {
      expect(a.status, a.text).toBe(401);
      expect((JSON.parse(a.text) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect(a.text).not.toContain(id);
      expect(a.text).not.toContain(csrf);
      expect(a.text).not.toContain('acme');
    }
    // nothing recorded or kept by the refused upload
    const rows = await h.database.db.selectFrom('calls').select('id').execute();
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', '.incoming'))).toEqual([]);
    // signing in again works (the expired row is dropped on sign-in)
    const again = await request(
      'POST',
      '/v1/session',
      { 'content-type': 'application/json' },
      JSON.stringify({ key: h.keys.uploader }),
    );
    expect(again.status).toBe(200);
    expect(await h.database.db.selectFrom('sessions').select('key_id').execute()).toHaveLength(1);
  });

  it("expires by the clock: the API's clock moved past the TTL", async () => {
    // the API runs in this process: faking Date alone moves its clock (timers stay real)
    const signIn = await request(
      'POST',
      '/v1/session',
      { 'content-type': 'application/json' },
      JSON.stringify({ key: h.keys.reviewer }),
    );
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 59_000);
      expect((await request('GET', '/v1/session', { cookie })).status).toBe(200);
      vi.setSystemTime(Date.now() + 2_000);
      const late = await request('GET', '/v1/calls', { cookie });
      expect(late.status, late.text).toBe(401);
      expect(late.text).not.toContain('acme');
    } finally {
      vi.useRealTimers();
    }
  });
});
