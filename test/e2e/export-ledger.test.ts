/**
 * `callredact export dataset --calls ...`: completed calls of the ledger, read from their published
 * output folders in STORAGE_DIR, verified against their own raw transcripts in raw storage.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markCompleted, markFailed, recordCall } from '../../src/calls/ledger.js';
import { openDatabase } from '../../src/db/database.js';
import type { Report } from '../../src/pipeline/report.js';
import { resolveStorageKey } from '../../src/storage/uploads.js';
import { newCall } from '../helpers/calls.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';

const SAMPLES = path.join(REPO_ROOT, 'samples/calls');
const CALLS = ['retail-return', 'pharmacy-refill'];

let dir: string;
let env: NodeJS.ProcessEnv;
const ids: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-export-ledger-'));
  const storage = path.join(dir, 'storage');
  env = { SQLITE_PATH: path.join(dir, 'ledger.sqlite'), STORAGE_DIR: storage };
  const input = path.join(dir, 'in');
  await fs.mkdir(input);
  for (const name of CALLS)
    for (const ext of ['.json', '.wav'])
      await fs.copyFile(path.join(SAMPLES, name + ext), path.join(input, name + ext));
  const redacted = path.join(dir, 'redacted');
  const result = await runCli(['redact', input, '--out', redacted], { env });
  expect(result.code, result.stderr).toBe(0);

  // the ledger as the API and workers leave it: raw transcript and published outputs in storage
  const database = await openDatabase({ sqlitePath: env.SQLITE_PATH });
  try {
    for (const name of CALLS) {
      const report = JSON.parse(
        await fs.readFile(path.join(redacted, name, 'report.json'), 'utf8'),
      ) as Report;
      const call = newCall(report.callId);
      await fs.mkdir(path.dirname(resolveStorageKey(storage, call.transcriptKey)), { recursive: true });
      await fs.copyFile(path.join(input, `${name}.json`), resolveStorageKey(storage, call.transcriptKey));
      await fs.cp(path.join(redacted, name), resolveStorageKey(storage, call.outputKey), { recursive: true });
      await recordCall(database.db, call);
      await markCompleted(database.db, call.callId, report.counts, {});
      ids.push(call.callId);
    }
    await recordCall(database.db, newCall('f'.repeat(64)));
    await markFailed(database.db, 'f'.repeat(64), 'AUDIO_ERROR', 'audio could not be decoded');
  } finally {
    await database.close();
  }
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('export dataset --calls', () => {
  it('exports the completed calls of the ledger and names the others', async () => {
    const out = path.join(dir, 'nemo');
    const result = await runCli(['export', 'dataset', '--calls', 'all', '--format', 'nemo', '--out', out], {
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^exported 2 of 3 calls to .* \(not exported: 1 not completed \(failed\)\)$/m,
    );
    const manifests = (await fs.readdir(out)).filter((f) => f.endsWith('.jsonl'));
    expect(manifests.length).toBeGreaterThan(0);
    const lines = (await Promise.all(manifests.map((f) => fs.readFile(path.join(out, f), 'utf8'))))
      .join('')
      .split('\n')
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(4);
    // verified against the calls' own raw transcripts, not by re-detection alone
    expect(await fs.readFile(path.join(out, 'README.md'), 'utf8')).toMatch(/ledger/);
  });

  it('selects calls by id and refuses a call that is not in the ledger', async () => {
    const out = path.join(dir, 'kaldi');
    const result = await runCli(
      ['export', 'dataset', '--calls', `${ids[0]},${'0'.repeat(64)}`, '--format', 'kaldi', '--out', out],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^exported 1 of 2 calls .*not in the ledger/m);
  });

  it('refuses a SOURCE folder together with --calls, and an unknown selection term', async () => {
    const both = await runCli(
      ['export', 'dataset', dir, '--calls', 'all', '--format', 'nemo', '--out', path.join(dir, 'x')],
      { env },
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/SOURCE folder or --calls, not both/);
    const bad = await runCli(
      ['export', 'dataset', '--calls', 'colour:red', '--format', 'nemo', '--out', path.join(dir, 'y')],
      { env },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown term "colour:"/);
  });
});
