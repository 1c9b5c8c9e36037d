/**
 * The review console's HTTP side with real parts (HTTP on an ephemeral port, Redis, a worker
 * process, SQLite): sign-in sessions and CSRF, who may see what (uploaders only their own calls,
 * managers no call at all, reviewers no reveal), approval and share links, and statistics that
 * never show a group smaller than k.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markCompleted, markFailed, recordCall } from '../../src/calls/ledger.js';
import { runEval } from '../../src/commands/eval.js';
import { createApiKey } from '../../src/keys/api-keys.js';
import {
  FIXTURE_PII,
  getJson,
  makeFixture,
  startHarness,
  upload,
  waitFor,
  type Harness,
} from '../helpers/api-harness.js';

const K = 3;

describe('review console API', () => {
  let h: Harness;
  let managerKey: string;
  let secondUploaderKey: string;
  let callId: string;
  const bodies: string[] = [];

  const call = async (
    method: string,
    urlPath: string,
    opts: { key?: string; cookie?: string; csrf?: string; body?: unknown } = {},
  ): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> => {
    const headers: Record<string, string> = {};
    if (opts.key) headers.authorization = `Bearer ${opts.key}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${h.base}${urlPath}`, {
      method,
      headers,
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const text = await res.text();
    bodies.push(text);
    return {
      status: res.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      headers: res.headers,
    };
  };

  /** A version once its render is over (ready or failed): the worker renders it. */
  const renderedVersion = (version: number) =>
    waitFor(
      `version ${version}`,
      async () => {
        const { body } = await call('GET', `/v1/calls/${callId}/versions`, { key: h.keys.reviewer });
        const v = (body.versions as { version: number; state: string }[]).find((x) => x.version === version);
        return v && v.state !== 'rendering' ? (v as Record<string, unknown>) : undefined;
      },
      120_000,
    );

  const signIn = async (key: string): Promise<{ cookie: string; csrf: string; setCookie: string }> => {
    const res = await call('POST', '/v1/session', { body: { key } });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return { cookie: setCookie.split(';')[0]!, csrf: res.body.csrf_token as string, setCookie };
  };

  beforeAll(async () => {
    h = await startHarness({
      VAULT_MASTER_KEY: randomBytes(32).toString('base64'),
      STATS_MIN_GROUP: String(K),
    });
    managerKey = (await createApiKey(h.database.db, { role: 'manager', tenant: 'acme' })).key;
    secondUploaderKey = (await createApiKey(h.database.db, { role: 'uploader', tenant: 'acme' })).key;
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'));
    const submitted = await upload(h.base, h.keys.uploader, fixture);
    expect(submitted.status).toBe(202);
    callId = submitted.body.id as string;
    h.spawnWorker();
    // the worker loads the detectors first: slow on a loaded 2-core machine
    const done = await waitFor(
      'the call',
      async () => {
        const { body } = await getJson(h.base, h.keys.uploader, `/v1/calls/${callId}`);
        return body.state === 'completed' || body.state === 'failed' ? body : undefined;
      },
      150_000,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}; worker said: ${h.workerLogs.join('').slice(-2000)}`);
    });
    expect(done.state).toBe('completed');
  }, 200_000);
  afterAll(async () => {
    // nothing the console's routes answered holds the fixture's personal data
    const all = bodies.join('\n').toLowerCase();
    for (const value of FIXTURE_PII) expect(all).not.toContain(value);
    await h?.close();
  });

  it('signs in with an API key into an HttpOnly SameSite=Strict cookie and demands the CSRF token on changes', async () => {
    expect(
      (await call('POST', '/v1/session', { body: { key: 'cr_notakeynotakeynotakeynotakey' } })).status,
    ).toBe(401);
    const { cookie, csrf, setCookie } = await signIn(h.keys.reviewer);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http here; Secure is set when the request is https
    expect(setCookie).not.toContain(h.keys.reviewer);

    const me = await call('GET', '/v1/session', { cookie });
    expect(me.body).toMatchObject({ role: 'reviewer', tenant: 'acme', csrf_token: csrf });
    expect((await call('GET', `/v1/calls/${callId}/view`, { cookie })).status).toBe(200);

    const noToken = await call('POST', `/v1/calls/${callId}/approve`, { cookie, body: {} });
    expect(noToken.status).toBe(403);
    const wrongToken = await call('POST', `/v1/calls/${callId}/approve`, {
      cookie,
      csrf: 'x'.repeat(43),
      body: {},
    });
    expect(wrongToken.status).toBe(403);
    // a forged cross-site request has no way to send the token; nothing was approved
    expect((await call('GET', `/v1/calls/${callId}/view`, { cookie })).body.approval).toBeNull();

    expect((await call('DELETE', '/v1/session', { cookie })).status).toBe(204);
    expect((await call('GET', '/v1/session', { cookie })).status).toBe(401);
    expect((await call('GET', `/v1/calls/${callId}/view`, { cookie })).status).toBe(401);
  });

  it('shows an uploader only its own calls, in the list and by id', async () => {
    const own = await call('GET', '/v1/calls', { key: h.keys.uploader });
    expect((own.body.calls as { id: string }[]).map((c) => c.id)).toEqual([callId]);
    const other = await call('GET', '/v1/calls', { key: secondUploaderKey });
    expect(other.body.calls).toEqual([]);
    expect((await call('GET', `/v1/calls/${callId}`, { key: secondUploaderKey })).status).toBe(404);
    expect((await call('GET', `/v1/calls/${callId}/view`, { key: secondUploaderKey })).status).toBe(404);
    expect((await call('GET', `/v1/calls/${callId}/audio`, { key: secondUploaderKey })).status).toBe(404);
    expect((await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.otherTenant })).status).toBe(404);
  });

  it('lets a manager see statistics and never a call', async () => {
    for (const p of [
      `/v1/calls/${callId}`,
      `/v1/calls/${callId}/view`,
      `/v1/calls/${callId}/transcript`,
      '/v1/calls',
    ]) {
      expect((await call('GET', p, { key: managerKey })).status).toBe(403);
    }
    expect((await call('GET', '/v1/stats', { key: managerKey })).status).toBe(200);
    expect((await call('GET', '/v1/stats', { key: h.keys.reviewer })).status).toBe(403);
    expect((await call('GET', '/v1/stats', { key: h.keys.uploader })).status).toBe(403);
  });

  it('refuses reveal to a reviewer, signed in or by key', async () => {
    const view = await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.reviewer });
    expect(view.status).toBe(200);
    const byKey = await call('POST', '/v1/vault/reveal', {
      key: h.keys.reviewer,
      body: { tokens: ['PERSON_00000000'], purpose: 'curious' },
    });
    expect(byKey.status).toBe(403);
    const { cookie, csrf } = await signIn(h.keys.reviewer);
    const bySession = await call('POST', '/v1/vault/reveal', {
      cookie,
      csrf,
      body: { tokens: ['PERSON_00000000'], purpose: 'curious' },
    });
    expect(bySession.status).toBe(403);
  });

  it('serves the redacted view: replacements typed and scored, bleeped spans, no raw value', async () => {
    const { body } = await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.reviewer });
    const words = body.words as { text: string; redaction?: { type: string; score: number } }[];
    const types = words.filter((w) => w.redaction).map((w) => w.redaction!.type);
    expect(types).toEqual(expect.arrayContaining(['PERSON', 'PHONE_NUMBER', 'EMAIL']));
    expect(words.find((w) => w.text === 'Cobalt')).toBeDefined();
    expect((body.spans as unknown[]).length).toBeGreaterThan(0);
    expect(body.duration).toBeCloseTo(5, 1);
  });

  it('shares only an approved version, records each opening, and refuses a revoked link', async () => {
    const { cookie, csrf } = await signIn(h.keys.reviewer);
    expect((await call('POST', `/v1/calls/${callId}/shares`, { cookie, csrf, body: {} })).status).toBe(409);
    expect(
      (await call('POST', `/v1/calls/${callId}/approve`, { key: h.keys.uploader, body: {} })).status,
    ).toBe(403);
    const approved = await call('POST', `/v1/calls/${callId}/approve`, {
      cookie,
      csrf,
      body: { version: 1 },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.approved_by).toMatch(/^key_/);
    expect(
      (await call('POST', `/v1/calls/${callId}/approve`, { cookie, csrf, body: { version: 2 } })).status,
    ).toBe(404);

    const created = await call('POST', `/v1/calls/${callId}/shares`, {
      cookie,
      csrf,
      body: { expires_in_hours: 2 },
    });
    expect(created.status).toBe(201);
    const url = created.body.url as string;
    const token = url.slice('/s/'.length);
    const page = await fetch(`${h.base}${url}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);

    // no key, no cookie: the link alone opens the approved redacted version
    const opened = await call('GET', `/v1/shared/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.approval).toMatchObject({ version: 1 });
    expect((opened.body.words as unknown[]).length).toBeGreaterThan(10);
    const audio = await fetch(`${h.base}/v1/shared/${token}/audio`, { headers: { range: 'bytes=0-99' } });
    expect(audio.status).toBe(206);
    await audio.arrayBuffer();
    await call('GET', `/v1/shared/${token}`);
    expect((await call('GET', `/v1/shared/${token.slice(0, -2)}xx`)).status).toBe(404);

    const shares = await call('GET', `/v1/calls/${callId}/shares`, { key: h.keys.reviewer });
    const share = (shares.body.shares as { id: string; openings: number; revoked_at: string | null }[])[0]!;
    expect(share.openings).toBe(2);
    expect(share.revoked_at).toBeNull();

    expect((await call('DELETE', `/v1/calls/${callId}/shares/${share.id}`, { cookie })).status).toBe(403);
    expect((await call('DELETE', `/v1/calls/${callId}/shares/${share.id}`, { cookie, csrf })).status).toBe(
      204,
    );
    expect((await call('GET', `/v1/shared/${token}`)).status).toBe(404);
    expect((await fetch(`${h.base}/v1/shared/${token}/audio`)).status).toBe(404);
    const refused = await h.database.db
      .selectFrom('share_openings')
      .select(['outcome'])
      .where('share_id', '=', share.id)
      .execute();
    expect(refused.map((r) => r.outcome).sort()).toEqual(['opened', 'opened', 'revoked', 'revoked']);
  });

  it('re-renders a corrected call as a new version (transcript and audio), keeps versions, records who and when', async () => {
    type Word = {
      index: number;
      text: string;
      start: number | null;
      redaction?: { type: string; detector: string };
    };
    const v1 = await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.reviewer });
    const v1Words = v1.body.words as Word[];
    const cobalt = v1Words.find((w) => w.text === 'Cobalt')!;
    expect(cobalt.redaction).toBeUndefined();
    const add = {
      base_version: 1,
      corrections: [{ action: 'add', type: 'PERSON', start_word: cobalt.index, end_word: cobalt.index + 2 }],
    };
    // only reviewers (and admins) correct, and a session needs its CSRF token
    expect(
      (await call('POST', `/v1/calls/${callId}/corrections`, { key: h.keys.uploader, body: add })).status,
    ).toBe(403);
    const { cookie, csrf } = await signIn(h.keys.reviewer);
    expect((await call('POST', `/v1/calls/${callId}/corrections`, { cookie, body: add })).status).toBe(403);
    const bad = await call('POST', `/v1/calls/${callId}/corrections`, {
      cookie,
      csrf,
      body: {
        base_version: 1,
        corrections: [{ action: 'remove', start_word: cobalt.index, end_word: cobalt.index + 1 }],
      },
    });
    expect(bad.status).toBe(400); // nothing redacted there to remove

    // the request records the corrections and answers at once: a worker renders the version
    const made = await call('POST', `/v1/calls/${callId}/corrections`, { cookie, csrf, body: add });
    expect(made.status).toBe(202);
    expect(made.body).toMatchObject({ version: 2, state: 'rendering', corrections: 1, failure: null });
    expect(made.body.created_by).toMatch(/^key_/);
    expect(made.headers.get('location')).toBe(`/v1/calls/${callId}/view?version=2`);
    // a correction on a version that is no longer the latest is refused, not lost
    expect((await call('POST', `/v1/calls/${callId}/corrections`, { cookie, csrf, body: add })).status).toBe(
      409,
    );
    expect(await renderedVersion(2)).toMatchObject({ state: 'ready', corrections: 1, failure: null });

    const v2 = await call('GET', `/v1/calls/${callId}/view?version=2`, { key: h.keys.reviewer });
    expect(v2.body).toMatchObject({ version: 2, latest_version: 2, approval: null });
    const v2Words = v2.body.words as Word[];
    const added = v2Words.find((w) => w.index === cobalt.index)!;
    expect(added.redaction).toMatchObject({ type: 'PERSON', detector: 'review' });
    expect(v2Words.some((w) => w.text.includes('Cobalt') || w.text.includes('Air'))).toBe(false);
    expect((v2.body.counts as Record<string, number>).PERSON).toBe(
      (v1.body.counts as Record<string, number>).PERSON! + 1,
    );
    // the audio is re-rendered too: a bleep now covers the added words' time, version 1 stays as it was
    const spans = v2.body.spans as { start: number; end: number }[];
    expect(spans.some((s) => s.start <= cobalt.start! + 0.01 && s.end > cobalt.start!)).toBe(true);
    const audio1 = Buffer.from(
      await (
        await fetch(`${h.base}/v1/calls/${callId}/audio`, {
          headers: { authorization: `Bearer ${h.keys.reviewer}` },
        })
      ).arrayBuffer(),
    );
    const audio2res = await fetch(`${h.base}/v1/calls/${callId}/versions/2/audio`, {
      headers: { authorization: `Bearer ${h.keys.reviewer}` },
    });
    expect(audio2res.status).toBe(200);
    const audio2 = Buffer.from(await audio2res.arrayBuffer());
    expect(audio2.length).toBe(audio1.length);
    expect(audio2.equals(audio1)).toBe(false);
    expect((await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.reviewer })).body.words).toEqual(
      v1Words,
    );

    // the reviewer's redaction was a mistake: removed again as version 3
    const removed = await call('POST', `/v1/calls/${callId}/corrections`, {
      cookie,
      csrf,
      body: {
        base_version: 2,
        corrections: [{ action: 'remove', start_word: cobalt.index, end_word: cobalt.index + 1 }],
      },
    });
    expect(removed.status).toBe(202);
    expect(removed.body).toMatchObject({ version: 3, state: 'rendering' });
    expect((await renderedVersion(3)).state).toBe('ready');
    const v3 = await call('GET', `/v1/calls/${callId}/view?version=3`, { key: h.keys.reviewer });
    expect((v3.body.words as Word[]).find((w) => w.index === cobalt.index)?.text).toBe('Cobalt');

    const versions = await call('GET', `/v1/calls/${callId}/versions`, { key: h.keys.uploader });
    expect(
      (versions.body.versions as { version: number; corrections: number }[]).map((v) => [
        v.version,
        v.corrections,
      ]),
    ).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
    const list = await call('GET', `/v1/calls/${callId}/corrections`, { key: h.keys.reviewer });
    expect(list.body.corrections).toEqual([
      expect.objectContaining({
        version: 2,
        action: 'add',
        type: 'PERSON',
        start_word: cobalt.index,
        end_word: cobalt.index + 2,
        created_by: made.body.created_by,
      }),
      expect.objectContaining({
        version: 3,
        action: 'remove',
        type: 'PERSON',
        start_word: cobalt.index,
        end_word: cobalt.index + 2,
      }),
    ]);
    for (const c of list.body.corrections as { created_at: string }[])
      expect(Date.parse(c.created_at)).toBeGreaterThan(Date.now() - 600_000);

    // only an approved version is shared; the link opens exactly that version
    expect(
      (await call('POST', `/v1/calls/${callId}/shares`, { cookie, csrf, body: { version: 2 } })).status,
    ).toBe(409);
    expect(
      (await call('POST', `/v1/calls/${callId}/approve`, { cookie, csrf, body: { version: 2 } })).status,
    ).toBe(200);
    const shared = await call('POST', `/v1/calls/${callId}/shares`, { cookie, csrf, body: { version: 2 } });
    expect(shared.status).toBe(201);
    const opened = await call('GET', `/v1/shared/${(shared.body.url as string).slice('/s/'.length)}`);
    expect(opened.body).toMatchObject({ version: 2 });
    expect((opened.body.words as Word[]).find((w) => w.index === cobalt.index)?.redaction?.type).toBe(
      'PERSON',
    );
    const sharedAudio = await fetch(
      `${h.base}/v1/shared/${(shared.body.url as string).slice('/s/'.length)}/audio`,
    );
    expect(Buffer.from(await sharedAudio.arrayBuffer()).equals(audio2)).toBe(true);

    // a render that fails leaves the version failed with a reason free of personal data; nothing
    // of it is published, and the next correction takes its number again
    const row = await h.database.db
      .selectFrom('calls')
      .select('policy_key')
      .where('id', '=', callId)
      .executeTakeFirstOrThrow();
    const settingsFile = path.join(h.dir, 'storage', row.policy_key);
    const settings = await fs.readFile(settingsFile);
    await fs.writeFile(settingsFile, '{ not json');
    try {
      const doomed = await call('POST', `/v1/calls/${callId}/corrections`, {
        cookie,
        csrf,
        body: { ...add, base_version: 3 },
      });
      expect(doomed.status).toBe(202);
      const failed = await renderedVersion(4);
      expect(failed).toMatchObject({ state: 'failed', corrections: 0 });
      expect(failed.failure).toMatch(/^[A-Z_]+: .*settings/);
      expect(JSON.stringify(failed)).not.toContain(h.dir);
      expect((await call('GET', `/v1/calls/${callId}/view?version=4`, { key: h.keys.reviewer })).status).toBe(
        404,
      );
      expect(
        (await call('GET', `/v1/calls/${callId}/view`, { key: h.keys.reviewer })).body.latest_version,
      ).toBe(3);
      // based on the failed version: refused; version 3 is still the latest
      expect(
        (
          await call('POST', `/v1/calls/${callId}/corrections`, {
            cookie,
            csrf,
            body: { ...add, base_version: 4 },
          })
        ).status,
      ).toBe(409);
    } finally {
      await fs.writeFile(settingsFile, settings);
    }
  });

  it('exports corrections as labelled data for callredact eval and as allow/deny lists (admins only)', async () => {
    // made by the test above: version 3 is the latest, its labels are the detections as reviewed
    expect((await call('GET', '/v1/corrections/export', { key: h.keys.reviewer })).status).toBe(403);
    // raw text (personal data) by design: fetched outside `call`, whose bodies are scanned for PII
    const res = await fetch(`${h.base}/v1/corrections/export`, {
      headers: { authorization: `Bearer ${h.keys.admin}` },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            words: { text: string }[];
            labels: { type: string; start_word: number; end_word: number }[];
          },
      );
    expect(lines.map((l) => l.id)).toEqual([callId]);
    const view = await call('GET', `/v1/calls/${callId}/view?version=3`, { key: h.keys.reviewer });
    const redacted = (view.body.words as { index: number; redaction?: { type: string } }[]).filter(
      (w) => w.redaction,
    );
    expect(lines[0]!.labels.map((l) => [l.type, l.start_word])).toEqual(
      redacted.map((w) => [w.redaction!.type, w.index]),
    );
    expect(lines[0]!.words.map((w) => w.text)).toContain('Marisol');
    const goldFile = path.join(h.dir, 'gold.jsonl');
    await fs.writeFile(goldFile, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const report = await runEval(goldFile);
    expect(report.overall.calls).toBe(1);

    // the net effect of add-then-remove: "cobalt air." may be allowed, nothing denied
    const lists = await fetch(`${h.base}/v1/corrections/export?format=lists`, {
      headers: { authorization: `Bearer ${h.keys.admin}` },
    });
    expect(await lists.json()).toEqual({ allow: ['cobalt air'], deny: [] });
  });

  it('pages the calls list by keyset and filters by state', async () => {
    const db = h.database.db;
    for (let i = 0; i < 7; i++) {
      const id = randomBytes(16).toString('hex');
      await recordCall(db, {
        callId: id,
        tenant: 'acme',
        ownerKeyId: 'key_seeded',
        lane: 'bulk',
        callbackUrl: null,
        audioKey: `raw/${id}/a`,
        transcriptKey: `raw/${id}/t`,
        policyKey: `raw/${id}/p`,
        outputKey: `outputs/${id}`,
      });
      if (i % 2) await markFailed(db, id, 'INVALID_AUDIO', 'bad audio');
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page = await call('GET', `/v1/calls?limit=3${q}`, { key: h.keys.reviewer });
      expect(page.status).toBe(200);
      seen.push(...(page.body.calls as { id: string }[]).map((c) => c.id));
      cursor = page.body.next as string | null;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    const failed = await call('GET', '/v1/calls?state=failed&limit=50', { key: h.keys.reviewer });
    expect((failed.body.calls as { state: string }[]).map((c) => c.state)).toEqual([
      'failed',
      'failed',
      'failed',
    ]);
    expect((await call('GET', '/v1/calls?cursor=bm9wZQ', { key: h.keys.reviewer })).status).toBe(400);
  });
});

describe('statistics', () => {
  let h: Harness;
  let managerKey: string;

  beforeAll(async () => {
    h = await startHarness({ STATS_MIN_GROUP: String(K) });
    managerKey = (await createApiKey(h.database.db, { role: 'manager', tenant: 'acme' })).key;
    const db = h.database.db;
    // day 1: 4 calls (>= k), one PERSON call only (< k), PHONE_NUMBER in all four
    // day 2: 2 calls (< k): suppressed whole
    const seed = async (day: string, n: number, counts: (i: number) => Record<string, number>) => {
      for (let i = 0; i < n; i++) {
        const id = randomBytes(16).toString('hex');
        await recordCall(db, {
          callId: id,
          tenant: 'acme',
          ownerKeyId: 'key_seeded',
          lane: 'bulk',
          callbackUrl: null,
          audioKey: 'a',
          transcriptKey: 't',
          policyKey: 'p',
          outputKey: `outputs/${id}`,
        });
        await markCompleted(db, id, counts(i), { parse: 10, detect: 20 });
        await db
          .updateTable('calls')
          .set({ created_at: `${day}T10:0${i}:00.000Z` })
          .where('id', '=', id)
          .execute();
      }
    };
    await seed('2026-11-02', 4, (i) => ({ PHONE_NUMBER: 2, PERSON: i === 0 ? 1 : 0 }));
    await seed('2026-11-03', 2, () => ({ EMAIL: 1 }));
  });
  afterAll(async () => h?.close());

  it('never includes a group below k and names no call', async () => {
    const res = await fetch(`${h.base}/v1/stats?period=day&from=2026-11-01&to=2026-11-30`, {
      headers: { authorization: `Bearer ${managerKey}` },
    });
    const text = await res.text();
    const body = JSON.parse(text) as {
      k: number;
      groups: Record<string, unknown>[];
      suppressed_periods: number;
    };
    expect(body.k).toBe(K);
    expect(body.suppressed_periods).toBe(1);
    expect(body.groups).toEqual([
      {
        period: '2026-11-02',
        calls: 4,
        completed: 4,
        failed: 0,
        redaction_rate: 1,
        entities: { PHONE_NUMBER: 8 },
        mean_processing_ms: 30,
        mean_duration_s: null,
        corrections: {},
      },
    ]);
    expect(text).not.toMatch(/[a-f0-9]{32}/);

    const weekly = (await getJson(h.base, managerKey, '/v1/stats?period=week&from=2026-11-01&to=2026-11-30'))
      .body as { groups: { period: string; calls: number; entities: Record<string, number> }[] };
    // both days fall in the ISO week of Monday 2 November: 6 calls, EMAIL in 2 (< k) still hidden
    expect(weekly.groups).toEqual([
      expect.objectContaining({ period: '2026-11-02', calls: 6, entities: { PHONE_NUMBER: 8 } }),
    ]);
  });
});
