/**
 * Dataset exports from the ledger when the service's store is a bucket (s3rver): calls redacted
 * and published into the bucket by the pipeline, raw transcripts in raw storage there; the ledger
 * source reads both through the storage interface. With approvals in the review console only the
 * approved calls are exported; an artefact changed in the bucket after publication is refused.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { versionPrefix } from '../../src/console/corrections.js';
import { approveVersion } from '../../src/console/shares.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { DEFAULT_DATASET_OPTIONS, exportDataset } from '../../src/export/dataset.js';
import { LedgerSource } from '../../src/export/ledger-source.js';
import { createLogger } from '../../src/log.js';
import { createPipelineDeps, type PipelineDeps } from '../../src/pipeline/deps.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall } from '../../src/pipeline/redact-call.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { openStoreAt } from '../../src/storage/open-store.js';
import type { ObjectStore } from '../../src/storage/store.js';
import { newCall } from '../helpers/calls.js';
import { publishCompletedCall } from '../helpers/published-calls.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

const SAMPLES = path.join(REPO_ROOT, 'samples/calls');
const CALLS = ['retail-return', 'pharmacy-refill', 'utility-move'];

let dir: string;
let s3: TestS3;
let store: ObjectStore;
let database: Database;
let pipeline: PipelineDeps;
const ids: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-export-s3-'));
  s3 = await startTestS3();
  store = openStoreAt(s3.url('service'), {
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    scratchDir: path.join(dir, 'staging'),
  });
  database = await openDatabase({ sqlitePath: path.join(dir, 'ledger.sqlite') });
  pipeline = await createPipelineDeps(parseConfig({}), createLogger({ level: 'silent' }));
  // the bucket as the API and workers leave it: raw transcript, published outputs, a ledger row
  for (const name of CALLS) {
    ids.push(
      await publishCompletedCall(database.db, store, pipeline, {
        transcriptPath: path.join(SAMPLES, `${name}.json`),
        audioPath: path.join(SAMPLES, `${name}.wav`),
      }),
    );
  }
}, 300_000);

afterAll(async () => {
  await pipeline?.close();
  await store?.close();
  await database?.close();
  await s3?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function exportLedger(out: string) {
  const scratchDir = path.join(dir, 'scratch');
  const source = new LedgerSource(database.db, store, { tenant: 'acme' }, { scratchDir });
  try {
    return await exportDataset(
      source,
      { ...DEFAULT_DATASET_OPTIONS, format: 'nemo', out: path.join(dir, out) },
      { tools: pipeline.tools },
    );
  } finally {
    await source.close();
    // nothing of the bucket's objects stays on local disk
    expect(await fs.readdir(scratchDir).catch(() => [])).toEqual([]);
  }
}

describe('export dataset from the ledger with a bucket store', () => {
  it('reads the published outputs and raw transcripts through the store', async () => {
    const summary = await exportLedger('all');
    expect(summary.exportedCalls).toBe(CALLS.length);
    expect(summary.verification.mode).toBe('originals');
    // the leak check compared against the raw values of the calls' own transcripts
    expect(summary.verification.valueRecords).toBeGreaterThan(0);
    const lines = (await fs.readFile(path.join(summary.out, 'train_manifest.jsonl'), 'utf8'))
      .trim()
      .split('\n');
    expect(lines.length).toBe(summary.utterances.train);
  });

  it('exports only approved calls once the review console has approvals', async () => {
    await approveVersion(database.db, { id: ids[1]!, tenant: 'acme' }, 1, 'key_reviewer');
    const summary = await exportLedger('approved');
    expect(summary.exportedCalls).toBe(1);
    expect(summary.skipped).toEqual({ 'not approved': 2 });
  });

  it("exports the newest approved version, a reviewer's corrected one, not the worker's version 1", async () => {
    const id = ids[0]!;
    const name = CALLS[0]!;
    // a corrected version 2, published where the console publishes it
    const prefix = versionPrefix(id, 2);
    await redactCall(
      {
        transcriptPath: path.join(SAMPLES, `${name}.json`),
        audioPath: path.join(SAMPLES, `${name}.wav`),
        policy: DEFAULT_POLICY,
        audio: DEFAULT_AUDIO_OPTIONS,
        publishTo: { store, prefix },
        tenant: 'acme',
        callId: id,
        corrections: [{ action: 'add', type: 'PERSON', start_word: 0, end_word: 1 }],
      },
      pipeline,
    );
    await database.db
      .insertInto('call_versions')
      .values({
        call_id: id,
        version: 2,
        tenant: 'acme',
        output_key: prefix,
        state: 'ready',
        created_by: 'key_reviewer',
        created_at: new Date().toISOString(),
        render_ms: 1,
      })
      .execute();
    await approveVersion(database.db, { id, tenant: 'acme' }, 1, 'key_reviewer');
    await approveVersion(database.db, { id, tenant: 'acme' }, 2, 'key_reviewer');
    // version 1 gone from the bucket: the export can only succeed by reading version 2
    await store.delete(`${newCall(id).outputKey}/manifest.json`);
    const summary = await exportLedger('approved-v2');
    expect(summary.exportedCalls).toBe(2);
    expect(summary.skipped).toEqual({ 'not approved': 1 });
  });

  it('refuses an output changed in the bucket after publication', async () => {
    const call = newCall(ids[1]!);
    const manifest = JSON.parse(
      await new Response(await store.get(`${call.outputKey}/manifest.json`)).text(),
    ) as { base?: string; artefacts: Record<string, { file: string }> };
    const key = [call.outputKey, manifest.base, manifest.artefacts['transcript.json']!.file]
      .filter(Boolean)
      .join('/');
    await store.put(key, '{"words": []}');
    await expect(exportLedger('tampered')).rejects.toThrow(/does not match manifest\.json/);
  });
});
