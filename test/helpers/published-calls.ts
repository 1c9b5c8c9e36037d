/** Completed calls for export tests (apart from calls.ts: unit tests need not load the pipeline). */
import { callIdForFiles } from '../../src/calls/call-id.js';
import { markCompleted, recordCall } from '../../src/calls/ledger.js';
import type { Db } from '../../src/db/database.js';
import type { PipelineDeps } from '../../src/pipeline/deps.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall } from '../../src/pipeline/redact-call.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import type { ObjectStore } from '../../src/storage/store.js';
import { newCall } from './calls.js';

/**
 * A sample call as the API and a worker leave it: raw transcript in the store, outputs published
 * by the pipeline under the call's output key, a completed ledger row (tenant acme). Returns its id.
 */
export async function publishCompletedCall(
  db: Db,
  store: ObjectStore,
  pipeline: PipelineDeps,
  files: { transcriptPath: string; audioPath: string },
): Promise<string> {
  const id = await callIdForFiles(files, {
    tenant: 'acme',
    policy: DEFAULT_POLICY,
    audio: DEFAULT_AUDIO_OPTIONS,
  });
  const call = newCall(id);
  await store.putFile(call.transcriptKey, files.transcriptPath);
  const result = await redactCall(
    {
      ...files,
      policy: DEFAULT_POLICY,
      audio: DEFAULT_AUDIO_OPTIONS,
      publishTo: { store, prefix: call.outputKey },
      tenant: 'acme',
      callId: id,
    },
    pipeline,
  );
  await recordCall(db, call);
  await markCompleted(db, id, result.counts, {});
  return id;
}
