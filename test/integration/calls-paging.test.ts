/**
 * The calls list pages keyset-wise on both database backends (SQLite, PostgreSQL): through
 * thousands of calls with many sharing a creation time, every call comes exactly once, newest
 * first, with and without the uploader, state and tag filters; and the page query is an index
 * range scan on (tenant, created_at, id), or the tag index, whose bound is the cursor (EXPLAIN), so
 * a deep page costs what the first one does.
 */
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCalls, pageQuery, type ListCallsQuery } from '../../src/calls/listing.js';
import type { Database } from '../../src/db/database.js';
import { BACKENDS, openTestDatabase } from '../helpers/database.js';

const CALLS = 3_000;
const idOf = (i: number): string => i.toString(16).padStart(32, '0');
/** 60 distinct creation times: about 50 calls share each one, so ties cross page boundaries */
const createdAtOf = (i: number): string => new Date(Date.UTC(2026, 10, 1) + (i % 60) * 60_000).toISOString();
const ownerOf = (i: number): string => (i % 3 === 0 ? 'key_a' : 'key_b');
const stateOf = (i: number): string => (i % 4 === 0 ? 'failed' : 'completed');
const tagged = (i: number): boolean => i % 2 === 1;

async function seed(db: Database['db']): Promise<void> {
  const rows = Array.from({ length: CALLS + 200 }, (_, i) => ({
    id: idOf(i),
    // the last 200 belong to another tenant: never listed for acme
    tenant: i < CALLS ? 'acme' : 'globex',
    owner_key_id: ownerOf(i),
    lane: 'interactive',
    state: stateOf(i),
    stage: null,
    percent: null,
    audio_key: `raw/${idOf(i)}/audio`,
    transcript_key: `raw/${idOf(i)}/transcript`,
    policy_key: `raw/${idOf(i)}/policy`,
    output_key: `outputs/${idOf(i)}`,
    callback_url: null,
    counts: null,
    timings: null,
    failure_code: null,
    failure_message: null,
    created_at: createdAtOf(i),
    updated_at: createdAtOf(i),
  }));
  for (let k = 0; k < rows.length; k += 500) {
    await db
      .insertInto('calls')
      .values(rows.slice(k, k + 500))
      .execute();
  }
  const tags = rows
    .filter((_, i) => tagged(i))
    .map((r) => ({ call_id: r.id, tenant: r.tenant, tag: 'night', created_at: r.created_at }));
  for (let k = 0; k < tags.length; k += 500) {
    await db
      .insertInto('call_tags')
      .values(tags.slice(k, k + 500))
      .execute();
  }
}

async function pageThrough(db: Database['db'], q: Omit<ListCallsQuery, 'cursor'>): Promise<string[]> {
  const order: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await listCalls(db, { ...q, ...(cursor ? { cursor } : {}) });
    order.push(...page.calls.map((c) => `${c.created_at}|${c.id}`));
    if (!page.next) return order;
    cursor = page.next;
  }
  throw new Error('paging did not end');
}

const expected = (keep: (i: number) => boolean): string[] =>
  Array.from({ length: CALLS }, (_, i) => i)
    .filter(keep)
    .map((i) => `${createdAtOf(i)}|${idOf(i)}`)
    .sort()
    .reverse();

describe.each(BACKENDS)('calls list paging on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend, 'cr_paging');
    await seed(database.db);
    if (backend === 'postgres') await database.db.executeQuery(CompiledQuery.raw('ANALYZE calls, call_tags'));
  });
  afterAll(async () => {
    await database?.close();
  });

  it('pages through every call of the tenant exactly once, newest first, ties broken by id', async () => {
    const order = await pageThrough(database.db, { tenant: 'acme', limit: 200 });
    expect(order.length).toBe(CALLS);
    expect(new Set(order).size).toBe(CALLS);
    expect(order).toEqual(expected(() => true));
  });

  it('pages through every call of a tag exactly once, through the tag index', async () => {
    expect(await pageThrough(database.db, { tenant: 'acme', tag: 'night', limit: 200 })).toEqual(
      expected((i) => tagged(i)),
    );
  });

  it('keeps the uploader and state filters across pages', async () => {
    expect(await pageThrough(database.db, { tenant: 'acme', ownerKeyId: 'key_a', limit: 37 })).toEqual(
      expected((i) => ownerOf(i) === 'key_a'),
    );
    expect(
      await pageThrough(database.db, { tenant: 'acme', states: ['failed'], ownerKeyId: 'key_b', limit: 50 }),
    ).toEqual(expected((i) => stateOf(i) === 'failed' && ownerOf(i) === 'key_b'));
  });

  it('reads a deep page as a range scan of the tenant index bounded by the cursor (EXPLAIN)', async () => {
    const first = await listCalls(database.db, { tenant: 'acme', limit: 200 });
    let cursor = first.next!;
    for (let k = 0; k < 5; k++)
      cursor = (await listCalls(database.db, { tenant: 'acme', limit: 200, cursor })).next!;
    const compiled = pageQuery(database.db, { tenant: 'acme', limit: 200, cursor }).compile();
    const tagQuery = pageQuery(database.db, { tenant: 'acme', tag: 'night', limit: 200, cursor }).compile();
    if (backend === 'sqlite') {
      const plan = (
        await database.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
        )
      ).rows.map((r) => r.detail);
      // the cursor is part of the index search, and the index order is the page order
      expect(plan.join('\n')).toMatch(
        /SEARCH calls USING INDEX calls_tenant_created_idx \(tenant=\? AND \(created_at,id\)<\(\?,\?\)\)/,
      );
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
      const taggedPlan = (
        await database.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`EXPLAIN QUERY PLAN ${tagQuery.sql}`, [...tagQuery.parameters]),
        )
      ).rows.map((r) => r.detail);
      expect(taggedPlan.join('\n')).toMatch(
        /SEARCH t USING (?:COVERING )?INDEX call_tags_list_idx \(tenant=\? AND tag=\? AND \(created_at,call_id\)<\(\?,\?\)\)/,
      );
      expect(taggedPlan.join('\n')).not.toMatch(/TEMP B-TREE/);
    } else {
      const plan = (
        await database.db.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`EXPLAIN ${compiled.sql}`, [...compiled.parameters]),
        )
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/Index Scan Backward using calls_tenant_created_idx/);
      expect(plan).toMatch(/Index Cond: \(\(tenant = .*\) AND \(ROW\(created_at, id\) < ROW\(/);
      expect(plan).not.toMatch(/Sort/);
      const taggedPlan = (
        await database.db.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`EXPLAIN ${tagQuery.sql}`, [...tagQuery.parameters]),
        )
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(taggedPlan).toMatch(/Index (?:Only )?Scan Backward using call_tags_list_idx/);
      expect(taggedPlan).toMatch(/Index Cond: .*tag = .*ROW\(created_at, call_id\) < ROW\(/);
      expect(taggedPlan).not.toMatch(/Sort/);
    }
  });
});
