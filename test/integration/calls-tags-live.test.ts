/**
 * Tags and live updates on both database backends (SQLite, PostgreSQL): the tag list pages
 * keyset-wise through its own index, and the live-events watcher hands each ledger change only to
 * the subscribers allowed to see it, once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { markCompleted, markQueued, recordCall } from '../../src/calls/ledger.js';
import { listCalls } from '../../src/calls/listing.js';
import { addTags, tagsOf } from '../../src/calls/tags.js';
import { LiveCallEvents, type CallEvent } from '../../src/console/live-events.js';
import type { Database } from '../../src/db/database.js';
import { BACKENDS, openTestDatabase } from '../helpers/database.js';

const idOf = (i: number): string => i.toString(16).padStart(32, 'c');

async function seed(db: Database['db'], i: number, owner: string, tenant = 'acme'): Promise<string> {
  const id = idOf(i);
  await recordCall(db, {
    callId: id,
    tenant,
    ownerKeyId: owner,
    lane: 'interactive',
    callbackUrl: null,
    audioKey: `raw/${id}/audio`,
    transcriptKey: `raw/${id}/transcript`,
    policyKey: `raw/${id}/policy`,
    outputKey: `outputs/${id}`,
  });
  return id;
}

describe.each(BACKENDS)('call tags and live events on %s', (backend) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it('pages a tag through every tagged call once, newest first, ties broken by id', async () => {
    database = await openTestDatabase(backend, 'cr_tags');
    const db = database.db;
    const tagged: string[] = [];
    for (let i = 0; i < 60; i++) {
      const id = await seed(db, i, i % 2 ? 'key_a' : 'key_b');
      const createdAt = `2026-11-0${1 + (i % 4)}T08:00:00.000Z`;
      await db.updateTable('calls').set({ created_at: createdAt }).where('id', '=', id).execute();
      if (i % 3 !== 1) {
        await addTags(
          db,
          { id, tenant: 'acme', created_at: createdAt },
          i % 2 ? ['night', 'billing'] : ['night'],
        );
        tagged.push(id);
      }
    }
    const seen: string[] = [];
    const order: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listCalls(db, {
        tenant: 'acme',
        tag: 'night',
        limit: 9,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.calls.map((c) => c.id));
      order.push(...page.calls.map((c) => `${c.created_at}|${c.id}`));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen.sort()).toEqual([...tagged].sort());
    expect(order).toEqual([...order].sort().reverse());
    // owner and state filters combine with the tag; another tenant sees nothing
    const own = await listCalls(db, { tenant: 'acme', tag: 'billing', ownerKeyId: 'key_a', limit: 100 });
    expect(own.calls.length).toBe(tagged.filter((id) => parseInt(id.slice(-2), 16) % 2 === 1).length);
    expect(own.calls.every((c) => c.owner_key_id === 'key_a')).toBe(true);
    expect(
      (await listCalls(db, { tenant: 'acme', tag: 'night', states: ['completed'], limit: 5 })).calls,
    ).toEqual([]);
    expect((await listCalls(db, { tenant: 'globex', tag: 'night', limit: 5 })).calls).toEqual([]);
    // tags of a page, sorted; adding the same tag again changes nothing
    await addTags(db, { id: idOf(1 + 2), tenant: 'acme', created_at: '2026-11-04T08:00:00.000Z' }, [
      'billing',
    ]);
    expect((await tagsOf(db, [idOf(3), idOf(1)])).get(idOf(3))).toEqual(['billing', 'night']);
  });

  it('sends a change to the subscribers who may see the call, once each', async () => {
    database = await openTestDatabase(backend, 'cr_live');
    const db = database.db;
    const live = new LiveCallEvents(db, 60_000); // looks by hand below
    const got = {
      reviewer: [] as CallEvent[],
      owner: [] as CallEvent[],
      stranger: [] as CallEvent[],
      other: [] as CallEvent[],
    };
    const ends: string[] = [];
    live.subscribe(
      { tenant: 'acme' },
      (e) => got.reviewer.push(e),
      () => ends.push('reviewer'),
    );
    live.subscribe({ tenant: 'acme', ownerKeyId: 'key_a' }, (e) => got.owner.push(e));
    live.subscribe({ tenant: 'acme', ownerKeyId: 'key_b' }, (e) => got.stranger.push(e));
    const unsubscribe = live.subscribe({ tenant: 'globex' }, (e) => got.other.push(e));
    expect(live.listeners).toBe(4);

    const id = await seed(db, 500, 'key_a');
    await markQueued(db, id);
    await live.poll();
    await live.poll(); // a second look sends nothing twice
    expect(got.reviewer.map((e) => [e.id, e.state])).toEqual([[id, 'queued']]);
    expect(got.owner.map((e) => e.id)).toEqual([id]);
    expect(got.stranger).toEqual([]);
    expect(got.other).toEqual([]);

    await new Promise((r) => setTimeout(r, 5)); // a later updated_at
    await db.updateTable('calls').set({ state: 'active' }).where('id', '=', id).execute();
    await markCompleted(db, id, { PERSON: 2 }, { detect: 10 });
    await live.poll();
    expect(got.owner.at(-1)).toMatchObject({ id, state: 'completed', counts: { PERSON: 2 }, progress: null });
    expect(Object.keys(got.owner.at(-1)!).sort()).toEqual(
      ['counts', 'created_at', 'id', 'progress', 'state', 'updated_at'].sort(),
    );

    // a reconnecting browser asks for what it missed since an event id
    const missed = await live.missedSince(
      { tenant: 'acme', ownerKeyId: 'key_b' },
      `2000-01-01T00:00:00.000Z|${id}`,
    );
    expect(missed).toEqual([]);
    expect(
      (await live.missedSince({ tenant: 'acme' }, `2000-01-01T00:00:00.000Z|${id}`)).map((m) => m.event.id),
    ).toEqual([id]);
    expect(await live.missedSince({ tenant: 'acme' }, 'not an id')).toEqual([]);

    unsubscribe();
    expect(live.listeners).toBe(3);
    live.close();
    expect(ends).toEqual(['reviewer']);
    expect(live.listeners).toBe(0);
  });
});
