/**
 * The embedded default (SQLite) under write contention: the API and two worker processes share one
 * database file while every call issues vault tokens. Each token issuance is a transaction that
 * reads and then writes; as a deferred transaction it failed with SQLITE_BUSY_SNAPSHOT as soon as
 * another process had written in between. All 50 calls must complete.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, startHarness, upload, waitFor, getJson, type Harness } from '../helpers/api-harness.js';

const CALLS = 50;

describe('SQLite with the API and two workers, token policy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ VAULT_MASTER_KEY: randomBytes(32).toString('base64') });
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`completes ${CALLS} token-policy calls`, async () => {
    const policy = JSON.stringify({ defaultOperator: { operator: 'token' } });
    // one audio, 50 transcripts that differ only in a note: 50 distinct calls with the same values
    const base = await makeFixture(path.join(h.dir, 'fixtures'));
    const fixtures = Array.from({ length: CALLS }, (_, i) => ({
      audio: base.audio,
      transcript: Buffer.from(
        JSON.stringify({ ...JSON.parse(base.transcript.toString('utf8')), note: `n${i}` }),
      ),
    }));
    h.spawnWorker();
    h.spawnWorker();
    const ids: string[] = [];
    for (const fixture of fixtures) {
      const { status, body } = await upload(h.base, h.keys.uploader, { ...fixture, policy });
      expect(status).toBe(202);
      ids.push(body.id as string);
    }
    const states = await waitFor(
      'every call to finish',
      async () => {
        const rows = await Promise.all(
          ids.map(async (id) => (await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`)).body),
        );
        return rows.every((r) => r.state === 'completed' || r.state === 'failed') ? rows : undefined;
      },
      // generous: on a loaded 2-core machine 50 calls took about 9 minutes
      480_000,
    );
    const failed = states.filter((s) => s.state !== 'completed');
    expect(failed.map((s) => s.failure)).toEqual([]);
    // every call issued tokens (the same fictional person recurs across calls)
    const occurrences = await h.database.db
      .selectFrom('vault_occurrences')
      .select(({ fn }) => fn.count<number>('call_id').distinct().as('calls'))
      .executeTakeFirstOrThrow();
    expect(Number(occurrences.calls)).toBe(CALLS);
    // no worker logged an error that carries only a code
    const errors = h.workerLogs
      .join('')
      .split('\n')
      .filter((l) => l.includes('"level":50'));
    expect(errors).toEqual([]);
  }, 660_000);
});
