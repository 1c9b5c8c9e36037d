/**
 * The sample generator (espeak-ng word by word, then ffmpeg) is deterministic: the smallest sample
 * call rendered twice gives the same bytes (audio, transcript, labels).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCall, writeCall } from '../../scripts/make-samples.js';
import { SAMPLE_CALLS } from '../../scripts/sample-calls.js';

describe('sample generator', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('renders the same bytes twice', async () => {
    const audioCalls = SAMPLE_CALLS.filter((c) => c.output !== 'text');
    const smallest = audioCalls.reduce((a, b) =>
      buildCall(b).words.length < buildCall(a).words.length ? b : a,
    );
    const outputs: Buffer[][] = [];
    for (let i = 0; i < 2; i++) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'callredact-samples-'));
      dirs.push(dir);
      await writeCall(smallest, dir);
      outputs.push(
        await Promise.all(
          [`calls/${smallest.name}.wav`, `calls/${smallest.name}.json`, `labels/${smallest.name}.json`].map(
            (f) => readFile(path.join(dir, f)),
          ),
        ),
      );
    }
    expect(outputs[0]![0]!.length).toBeGreaterThan(44);
    expect(outputs[1]).toEqual(outputs[0]);
  });
});
