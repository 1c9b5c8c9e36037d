/**
 * Words in a script the detectors do not inspect (lexicons/scripts/covered.txt) through redactCall:
 * onUnsupported refuse fails the call with a PII-free UnsupportedScriptError and publishes nothing;
 * warn publishes with the count in the report; without the option, refuse unless every redacted
 * type is masked.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpeg } from '../../src/audio/index.js';
import { parseConfig } from '../../src/config.js';
import { UnsupportedScriptError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import { DEFAULT_AUDIO_OPTIONS, redactCall, type RedactCallDeps } from '../../src/pipeline/redact-call.js';
import { parsePolicy, type PolicyInput } from '../../src/policy.js';
import { BUILTIN_OPERATORS } from '../../src/transform/apply.js';

let dir: string;
let deps: RedactCallDeps;
let n = 0;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-unsupported-'));
  deps = {
    tools: await resolveFfmpeg(parseConfig({})),
    logger: createLogger({ level: 'silent' }),
    operatorsFor: () => BUILTIN_OPERATORS,
  };
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A transcript-only call of the given words, redacted under the given policy. */
async function run(texts: string[], policy: PolicyInput) {
  n++;
  const transcriptPath = path.join(dir, `call-${n}.json`);
  await fs.writeFile(
    transcriptPath,
    JSON.stringify({ words: texts.map((text, i) => ({ text, start: i * 0.5, end: i * 0.5 + 0.4 })) }),
  );
  const outDir = path.join(dir, 'out', `call-${n}`);
  const input = {
    transcriptPath,
    policy: parsePolicy(policy),
    audio: DEFAULT_AUDIO_OPTIONS,
    outDir,
    tenant: 'default',
    callId: `unsupported-${n}`,
  };
  return { outDir, result: redactCall(input, deps) };
}

const MIXED = ['my', 'number', 'is', '(415)', '555-0142', 'and', '我叫', '王伟'];

describe('unsupported scripts through redactCall', () => {
  it('refuses by default under placeholders: a PII-free error, nothing published', async () => {
    const { outDir, result } = await run(MIXED, {});
    const error = await result.then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(UnsupportedScriptError);
    const e = error as UnsupportedScriptError;
    expect(e.code).toBe('UNSUPPORTED_SCRIPT');
    expect(e.httpStatus).toBe(422);
    expect(e.details).toEqual({ words: 2, scripts: ['Han'] });
    expect(e.message).toContain('2 words in unsupported script (Han), not inspected');
    expect(e.message).not.toContain('王伟');
    await expect(fs.access(outDir)).rejects.toThrow();
  });

  it('refuses with onUnsupported: refuse even when everything is masked', async () => {
    const { result } = await run(MIXED, {
      defaultOperator: { operator: 'mask' },
      onUnsupported: 'refuse',
    });
    await expect(result).rejects.toBeInstanceOf(UnsupportedScriptError);
  });

  it('publishes with onUnsupported: warn, the count and scripts in the report', async () => {
    const { outDir, result } = await run(MIXED, { onUnsupported: 'warn' });
    const { report } = await result;
    expect(report.unsupported).toEqual({ words: 2, scripts: ['Han'] });
    expect(report.warnings).toEqual(['2 words in unsupported script (Han), not inspected']);
    expect(report.counts.PHONE_NUMBER).toBe(1);
    const written = JSON.parse(await fs.readFile(path.join(outDir, 'report.json'), 'utf8')) as {
      unsupported: unknown;
    };
    expect(written.unsupported).toEqual({ words: 2, scripts: ['Han'] });
    await expect(fs.access(path.join(outDir, 'manifest.json'))).resolves.toBeUndefined();
  });

  it('warns by default when every redacted type is masked', async () => {
    const { result } = await run(MIXED, { defaultOperator: { operator: 'mask' } });
    const { report } = await result;
    expect(report.unsupported).toEqual({ words: 2, scripts: ['Han'] });
    expect(report.warnings).toEqual(['2 words in unsupported script (Han), not inspected']);
  });

  it('reports zero for covered scripts (Latin, Cyrillic, Greek) and refuses nothing', async () => {
    const { result } = await run(['this', 'is', 'Szöllösy', 'Иванов', 'Παπαδόπουλος'], {});
    const { report } = await result;
    expect(report.unsupported).toEqual({ words: 0, scripts: [] });
    expect(report.warnings).toEqual([]);
  });
});
