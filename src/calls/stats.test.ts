import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { markCompleted, markFailed, recordCall } from './ledger.js';
import { callStats, periodOf } from './stats.js';

describe('callStats', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ sqlitePath: ':memory:' });
  });
  afterEach(async () => database.close());

  const add = async (
    at: string,
    outcome: 'completed' | 'failed' | 'queued',
    counts: Record<string, number> = {},
    seconds: number | null = null,
  ): Promise<string> => {
    const id = randomBytes(16).toString('hex');
    const db = database.db;
    await recordCall(db, {
      callId: id,
      tenant: 't',
      ownerKeyId: 'k',
      lane: 'bulk',
      callbackUrl: null,
      audioKey: 'a',
      transcriptKey: 't',
      policyKey: 'p',
      outputKey: `outputs/${id}`,
    });
    if (outcome === 'completed') await markCompleted(db, id, counts, { detect: 100 }, seconds);
    if (outcome === 'failed') await markFailed(db, id, 'INVALID_AUDIO', 'bad');
    await db.updateTable('calls').set({ created_at: at }).where('id', '=', id).execute();
    return id;
  };

  const correct = async (callId: string, type: string, action: 'add' | 'remove', seq = 0) => {
    await database.db
      .insertInto('call_corrections')
      .values({
        call_id: callId,
        version: 2,
        seq,
        tenant: 't',
        action,
        entity_type: type,
        start_word: 1,
        end_word: 2,
        created_by: 'key_r',
        created_at: '2026-11-20T09:00:00.000Z',
      })
      .execute();
  };

  it('groups by UTC day and ISO week (Monday)', () => {
    expect(periodOf('2026-12-06T23:59:59.000Z', 'day')).toBe('2026-12-06');
    expect(periodOf('2026-12-06T23:59:59.000Z', 'week')).toBe('2026-11-30'); // a Sunday
    expect(periodOf('2026-11-30T00:00:00.000Z', 'week')).toBe('2026-11-30');
  });

  it('hides a split whose smaller part is below k, so it cannot be recovered by subtraction', async () => {
    for (let i = 0; i < 5; i++) await add(`2026-11-10T10:0${i}:00.000Z`, 'completed', { PERSON: 1 });
    await add('2026-11-10T11:00:00.000Z', 'failed');
    const stats = await callStats(database.db, { tenant: 't', period: 'day', k: 3 });
    expect(stats.groups).toEqual([
      expect.objectContaining({ calls: 6, completed: null, failed: null, entities: { PERSON: 5 } }),
    ]);
    // every completed call has a redaction: the rate's complement is empty, so it may be shown
    expect(stats.groups[0]!.redaction_rate).toBe(1);
  });

  it('shows a split whose parts are all empty or at least k', async () => {
    for (let i = 0; i < 3; i++) await add(`2026-11-11T10:0${i}:00.000Z`, 'completed', { EMAIL: 2 });
    for (let i = 0; i < 3; i++) await add(`2026-11-11T11:0${i}:00.000Z`, 'failed');
    const stats = await callStats(database.db, { tenant: 't', period: 'day', k: 3 });
    expect(stats.groups).toEqual([
      expect.objectContaining({
        calls: 6,
        completed: 3,
        failed: 3,
        entities: { EMAIL: 6 },
        mean_processing_ms: 100,
      }),
    ]);
    expect(await callStats(database.db, { tenant: 'other', period: 'day', k: 3 })).toEqual({
      k: 3,
      period: 'day',
      groups: [],
      suppressed_periods: 0,
    });
  });

  it('gives mean durations and corrections per type only over at least k calls', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(await add(`2026-11-12T10:0${i}:00.000Z`, 'completed', { PERSON: 1 }, 10 + i * 2));
    await add('2026-11-12T11:00:00.000Z', 'completed', { PERSON: 1 }); // transcript only: no duration
    // PERSON corrected in 3 calls (one of them twice), EMAIL in 2 (< k)
    await correct(ids[0]!, 'PERSON', 'add');
    await correct(ids[0]!, 'PERSON', 'remove', 1);
    await correct(ids[1]!, 'PERSON', 'remove');
    await correct(ids[2]!, 'PERSON', 'add');
    await correct(ids[1]!, 'EMAIL', 'add', 1);
    await correct(ids[3]!, 'EMAIL', 'add');
    const stats = await callStats(database.db, { tenant: 't', period: 'day', k: 3 });
    expect(stats.groups).toEqual([
      expect.objectContaining({
        calls: 5,
        mean_duration_s: 13,
        corrections: { PERSON: { added: 2, removed: 2 } },
      }),
    ]);
    const k5 = await callStats(database.db, { tenant: 't', period: 'day', k: 5 });
    expect(k5.groups).toEqual([
      expect.objectContaining({ calls: 5, mean_duration_s: null, corrections: {} }),
    ]);
  });
});
