/**
 * Live call updates over server-sent events (real server, Redis, SQLite; the call changes come
 * from intake, a worker is not needed): the session cookie authenticates the stream, each key
 * hears only the calls it may see (tenant, uploader's own), a reconnect with Last-Event-ID gets
 * what it missed, and the stream ends when the API stops.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/keys/api-keys.js';
import { makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** An open event stream: its events so far, parsed as they arrive. */
async function openStream(
  base: string,
  headers: Record<string, string>,
): Promise<{ status: number; events: SseEvent[]; ended: Promise<void>; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(`${base}/v1/events`, { headers, signal: controller.signal });
  const events: SseEvent[] = [];
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel();
    return { status: res.status, events, ended: Promise.resolve(), close: () => undefined };
  }
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const decoder = new TextDecoder();
  let buffer = '';
  const ended = (async () => {
    const reader = res.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const ev: SseEvent = {};
          for (const line of block.split('\n')) {
            const m = /^(id|event|data): (.*)$/.exec(line);
            if (m) ev[m[1] as keyof SseEvent] = m[2]!;
          }
          if (ev.event) events.push(ev);
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return { status: 200, events, ended, close: () => controller.abort() };
}

const callEvents = (events: SseEvent[], id: unknown) =>
  events
    .filter((e) => e.event === 'call')
    .map((e) => JSON.parse(e.data!) as Record<string, unknown>)
    .filter((d) => d.id === id);

describe('live call events (SSE)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const cookieOf = async (key: string): Promise<string> => {
    const res = await fetch(`${h.base}/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key }),
    });
    expect(res.status).toBe(200);
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };

  it('streams a call to the keys that may see it, only them, and resumes from Last-Event-ID', async () => {
    const otherUploader = (await createApiKey(h.database.db, { role: 'uploader', tenant: 'acme' })).key;
    const manager = (await createApiKey(h.database.db, { role: 'manager', tenant: 'acme' })).key;
    expect((await openStream(h.base, {})).status).toBe(401);
    expect((await openStream(h.base, { authorization: `Bearer ${manager}` })).status).toBe(403);

    const owner = await openStream(h.base, { cookie: await cookieOf(h.keys.uploader) });
    const reviewer = await openStream(h.base, { cookie: await cookieOf(h.keys.reviewer) });
    const stranger = await openStream(h.base, { cookie: await cookieOf(otherUploader) });
    const otherTenant = await openStream(h.base, { authorization: `Bearer ${h.keys.otherTenant}` });
    expect([owner.status, reviewer.status, stranger.status, otherTenant.status]).toEqual([
      200, 200, 200, 200,
    ]);

    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), 5);
    const submitted = await upload(h.base, h.keys.uploader, fixture);
    expect(submitted.status).toBe(202);
    const id = submitted.body.id;

    const seen = await waitFor(
      'the queued call on the owner and reviewer streams',
      async () => {
        const a = callEvents(owner.events, id);
        const b = callEvents(reviewer.events, id);
        return a.some((e) => e.state === 'queued') && b.some((e) => e.state === 'queued') ? a : undefined;
      },
      15_000,
    );
    expect(Object.keys(seen.at(-1)!).sort()).toEqual(
      ['counts', 'created_at', 'id', 'progress', 'state', 'updated_at'].sort(),
    );
    // give the watcher two more looks, then: nothing for another uploader or another tenant
    await new Promise((r) => setTimeout(r, 2500));
    expect(callEvents(stranger.events, id)).toEqual([]);
    expect(callEvents(otherTenant.events, id)).toEqual([]);
    // nothing but ids, states, counts and times travels (no file names: they hold the fixture's PII)
    expect(JSON.stringify(owner.events)).not.toMatch(/marisol|quenby|555/i);

    // a browser that reconnects with the id of an event before the upload gets the call again
    const before = new Date(Date.parse(String(seen[0]!.created_at)) - 1000).toISOString();
    const resumed = await openStream(h.base, {
      cookie: await cookieOf(h.keys.uploader),
      'last-event-id': `${before}|${'0'.repeat(64)}`,
    });
    await waitFor('the missed event', async () => callEvents(resumed.events, id)[0], 5_000);
    const strangerResumed = await openStream(h.base, {
      authorization: `Bearer ${otherUploader}`,
      'last-event-id': `${before}|${'0'.repeat(64)}`,
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(callEvents(strangerResumed.events, id)).toEqual([]);

    for (const s of [owner, reviewer, stranger, otherTenant, resumed, strangerResumed]) s.close();
  }, 60_000);

  it('ends open streams when the API stops (shutdown is not held up)', async () => {
    const stream = await openStream(h.base, { authorization: `Bearer ${h.keys.reviewer}` });
    expect(stream.status).toBe(200);
    const started = Date.now();
    await h.server.close();
    await stream.ended;
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
