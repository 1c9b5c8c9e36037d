/**
 * Issue 13.9: failed authentication is limited per client address, and with two API processes on
 * one Redis the counts are shared (they used to live in each process's memory, and failures were
 * not limited at all). One API runs in-process (the harness), the second is `callredact serve`
 * from dist/ with the same settings. The per-key limit and the share links' per-address limit are
 * shared the same way. TRUST_PROXY=loopback lets the test speak for several client
 * addresses through X-Forwarded-For; a harness without it shows the header is then ignored.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitFor, type Harness } from '../helpers/api-harness.js';
import { CLI } from '../helpers/cli.js';
import { freePort } from '../helpers/free-port.js';

async function get(
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  retryAfter: string | null;
  body: { error?: { code: string; message: string } };
}> {
  const res = await fetch(`${base}${path}`, { headers });
  const text = await res.text();
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: text.startsWith('{') ? (JSON.parse(text) as { error?: { code: string; message: string } }) : {},
  };
}

const FORGED = 'cr_' + 'f'.repeat(40);
const CALL = `/v1/calls/${'c'.repeat(32)}`;

describe('failed authentication across two API processes sharing one Redis', () => {
  let h: Harness;
  let second: ChildProcess;
  let other: string;
  const secondLogs: string[] = [];

  beforeAll(async () => {
    h = await startHarness({
      AUTH_FAIL_LIMIT: '4',
      AUTH_FAIL_WINDOW_MS: '60000',
      RATE_LIMIT_PER_MINUTE: '5',
      TRUST_PROXY: 'loopback',
    });
    const port = await freePort();
    second = spawn(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, ...h.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    second.stdout!.on('data', (d: Buffer) => secondLogs.push(d.toString()));
    second.stderr!.on('data', (d: Buffer) => secondLogs.push(d.toString()));
    other = `http://127.0.0.1:${port}`;
    await waitFor(
      'the second API',
      async () => ((await fetch(`${other}/healthz`).catch(() => null))?.ok ? true : undefined),
      60_000,
    );
  });
  afterAll(async () => {
    if (second && second.exitCode === null) {
      const exited = new Promise((resolve) => second.once('exit', resolve));
      second.kill('SIGTERM');
      await exited;
    }
    await h?.close();
  });

  it('counts failures from one address on both processes, then answers 429 with Retry-After', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    // two forged keys on each process, and a missing key: the limit is 4
    statuses.push((await get(h.base, CALL, { ...from, authorization: `Bearer ${FORGED}` })).status);
    statuses.push((await get(other, CALL, { ...from, authorization: `Bearer ${FORGED}` })).status);
    statuses.push((await get(h.base, CALL, { ...from, 'x-api-key': FORGED })).status);
    statuses.push((await get(other, CALL, from)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);

    for (const base of [h.base, other]) {
      const blocked = await get(base, CALL, { ...from, authorization: `Bearer ${FORGED}` });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error).toEqual({
        code: 'RATE_LIMITED',
        message: 'too many failed authentications from this address',
      });
      const retryAfter = Number(blocked.retryAfter);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // a valid key from a blocked address is refused before it is looked at: no oracle for keys
      expect((await get(base, CALL, { ...from, authorization: `Bearer ${h.keys.reviewer}` })).status).toBe(
        429,
      );
      // the console sign-in is covered too
      const signIn = await fetch(`${base}/v1/session`, {
        method: 'POST',
        headers: { ...from, 'content-type': 'application/json' },
        body: JSON.stringify({ key: h.keys.reviewer }),
      });
      expect(signIn.status).toBe(429);
    }

    // another address is not affected; the service is alive
    const elsewhere = { 'x-forwarded-for': '203.0.113.8' };
    expect(
      (await get(other, CALL, { ...elsewhere, authorization: `Bearer ${h.keys.reviewer}` })).status,
    ).toBe(404);
    expect((await get(h.base, CALL, { ...elsewhere, authorization: `Bearer ${FORGED}` })).status).toBe(401);
    expect((await get(h.base, '/healthz', from)).status).toBe(200);
    // the address is a key in Redis under the deployment's prefix, with an expiry
    const keys = await h.redis.keys(`${h.env.QUEUE_PREFIX}:ratelimit:authfail:*`);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys) expect(await h.redis.pttl(key)).toBeGreaterThan(0);
    // no key, forged or real, in any log line
    for (const line of [...h.apiLogs, ...secondLogs]) {
      expect(line).not.toContain(FORGED);
      expect(line).not.toContain(h.keys.reviewer);
    }
  });

  it('shares the per-key limit between the two processes', async () => {
    const from = { 'x-forwarded-for': '203.0.113.20', authorization: `Bearer ${h.keys.admin}` };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(i % 2 ? other : h.base, CALL, from)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const limited = await get(other, CALL, from);
    expect(limited.status).toBe(429);
    expect(limited.body.error?.message).toBe('too many requests for this API key');
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('shares the share-link limit per address between the two processes', async () => {
    // share links are opened without a key: limited per client address (it used to be each
    // process's memory, so two processes let twice the limit through)
    const link = `/v1/shared/${'s'.repeat(43)}`;
    const from = { 'x-forwarded-for': '203.0.113.30' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get(i % 2 ? other : h.base, link, from)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    for (const base of [h.base, other]) {
      const limited = await get(base, link, from);
      expect(limited.status).toBe(429);
      expect(limited.body.error).toEqual({ code: 'RATE_LIMITED', message: 'too many requests' });
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    }
    // another address is not affected
    expect((await get(other, link, { 'x-forwarded-for': '203.0.113.31' })).status).toBe(404);
    const keys = await h.redis.keys(`${h.env.QUEUE_PREFIX}:ratelimit:shared:*`);
    expect(keys.length).toBe(2);
    for (const key of keys) expect(await h.redis.pttl(key)).toBeGreaterThan(0);
  });
});

describe('without TRUST_PROXY', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ AUTH_FAIL_LIMIT: '2' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ignores X-Forwarded-For: a client cannot pick a fresh address per attempt', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const headers = { 'x-forwarded-for': `198.51.100.${i + 1}`, authorization: `Bearer ${FORGED}` };
      statuses.push((await get(h.base, CALL, headers)).status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
    // the console's "who is signed in?" probe is not a failed authentication, nor blocked
    expect((await get(h.base, '/v1/session', {})).status).toBe(401);
  });
});
