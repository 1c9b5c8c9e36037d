/**
 * The verification gate at pipeline level: an operator that leaks the value (a bug we inject)
 * makes redactCall fail with VerificationError and publish nothing; an earlier published result
 * for the same folder stays exactly as it was, and no staging folder is left behind.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpeg } from '../../src/audio/index.js';
import { parseConfig } from '../../src/config.js';
import { VerificationError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall, type RedactCallDeps } from '../../src/pipeline/redact-call.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { BUILTIN_OPERATORS } from '../../src/transform/apply.js';
import type { Operator } from '../../src/transform/operators.js';
import { ffmpeg } from '../helpers/audio.js';

const leakyOperator: Operator = {
  name: 'placeholder',
  replaceAll: async (requests) => requests.map((r) => r.value),
};

let dir: string;
let deps: RedactCallDeps;
let input: Parameters<typeof redactCall>[0];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-failclosed-'));
  const audioPath = path.join(dir, 'call.wav');
  await ffmpeg(
    ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=16000:duration=4', '-c:a', 'pcm_s16le'],
    audioPath,
  );
  const transcriptPath = path.join(dir, 'call.json');
  const texts = ['please', 'call', 'me', 'at', '(415)', '555-0142', 'thanks'];
  await fs.writeFile(
    transcriptPath,
    JSON.stringify({ words: texts.map((text, i) => ({ text, start: 0.2 + i * 0.5, end: 0.6 + i * 0.5 })) }),
  );
  deps = {
    tools: await resolveFfmpeg(parseConfig({})),
    logger: createLogger({ level: 'silent' }),
    operatorsFor: () => BUILTIN_OPERATORS,
  };
  input = {
    transcriptPath,
    audioPath,
    policy: DEFAULT_POLICY,
    audio: DEFAULT_AUDIO_OPTIONS,
    outDir: path.join(dir, 'out', 'call'),
    tenant: 'default',
    callId: 'test-call',
  };
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('redactCall fails closed', () => {
  it('publishes nothing when the output still holds a detected value, and keeps the earlier result', async () => {
    const good = await redactCall(input, deps);
    expect(good.counts.PHONE_NUMBER).toBe(1);
    const outDir = input.outDir!;
    const before = new Map<string, Buffer>();
    for (const name of await fs.readdir(outDir)) before.set(name, await fs.readFile(path.join(outDir, name)));
    expect([...before.keys()].sort()).toEqual([
      'audio.wav',
      'manifest.json',
      'report.json',
      'transcript.json',
    ]);

    const leaking = { ...deps, operatorsFor: () => ({ placeholder: leakyOperator }) };
    await expect(redactCall(input, leaking)).rejects.toBeInstanceOf(VerificationError);

    const after = await fs.readdir(outDir);
    expect(after.sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before)
      expect(Buffer.compare(bytes, await fs.readFile(path.join(outDir, name)))).toBe(0);
    expect(await fs.readdir(path.dirname(outDir))).toEqual(['call']);
  });
});
