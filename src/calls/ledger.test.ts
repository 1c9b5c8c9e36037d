import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { BACKENDS, openTestDatabase } from '../../test/helpers/database.js';
import { newCall } from '../../test/helpers/calls.js';
import {
  getCall,
  markActive,
  markCompleted,
  markFailed,
  markQueued,
  markRetrying,
  recordCall,
  resetForRetry,
  staleCalls,
  unqueuedCalls,
} from './ledger.js';

describe.each(BACKENDS)('call ledger on %s', (backend) => {
  let database: Database;

  beforeEach(async () => {
    database = await openTestDatabase(backend, 'cr_ledger');
  });
  afterEach(async () => {
    await database.close();
  });

  it('records a call once and moves it forward, never backward', async () => {
    const id = 'a'.repeat(32);
    expect(await recordCall(database.db, newCall(id))).toBe(true);
    expect(await recordCall(database.db, newCall(id))).toBe(false);
    expect((await unqueuedCalls(database.db, 10)).map((r) => r.id)).toEqual([id]);

    await markQueued(database.db, id);
    expect(await unqueuedCalls(database.db, 10)).toEqual([]);
    await markActive(database.db, id, 'detect', 17);
    expect(await getCall(database.db, id)).toMatchObject({ state: 'active', stage: 'detect', percent: 17 });
    await markRetrying(database.db, id);
    expect(await getCall(database.db, id)).toMatchObject({ state: 'queued', stage: null });
    await markActive(database.db, id, 'detect', 17);
    await markQueued(database.db, id);
    expect((await getCall(database.db, id))?.state).toBe('active');

    await markCompleted(database.db, id, { PERSON: 2 }, { parse: 5 });
    await markActive(database.db, id, 'parse', 0);
    await markFailed(database.db, id, 'INTERNAL', 'late failure of an earlier attempt');
    const done = await getCall(database.db, id);
    expect(done).toMatchObject({ state: 'completed', failure_code: null });
    expect(JSON.parse(done!.counts!)).toEqual({ PERSON: 2 });
  });

  it('lets a failed call start over, and finds calls whose job may be gone', async () => {
    const id = 'b'.repeat(32);
    await recordCall(database.db, newCall(id));
    await markQueued(database.db, id);
    await markFailed(database.db, id, 'AUDIO_PROCESSING_FAILED', 'ffmpeg exited with code 1');
    expect(await getCall(database.db, id)).toMatchObject({
      state: 'failed',
      failure_code: 'AUDIO_PROCESSING_FAILED',
    });
    await resetForRetry(database.db, id);
    expect(await getCall(database.db, id)).toMatchObject({ state: 'received', failure_code: null });

    await markQueued(database.db, id);
    expect(await staleCalls(database.db, 60_000, 10)).toEqual([]);
    expect((await staleCalls(database.db, -1_000, 10)).map((r) => r.id)).toEqual([id]);
  });
});
