/**
 * --region on detect/eval/redact: the region assumed for phone numbers said without a country
 * code. It overrides the policy's `region`; an unknown code is a usage error (exit 2).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const words = (line: string) =>
  line.split(' ').map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' }));

let dir: string;
let calls: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-region-'));
  calls = path.join(dir, 'calls.jsonl');
  // a Danish national number: eight digits in two groups, no trunk prefix, no cue
  await fs.writeFile(
    calls,
    JSON.stringify({ id: 'dk', words: words('You will find me at 3212 3456 all day.') }) + '\n',
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const phones = (stdout: string) =>
  (JSON.parse(stdout) as { entities: { type: string; start_word: number; end_word: number }[] }).entities
    .filter((e) => e.type === 'PHONE_NUMBER')
    .map((e) => [e.start_word, e.end_word]);

describe('callredact detect --region', () => {
  it('reads a national number of the given region as a phone number', async () => {
    const us = await runCli(['detect', calls]);
    expect(us.code).toBe(0);
    expect(phones(us.stdout)).toEqual([]);
    const dk = await runCli(['detect', calls, '--region', 'dk']);
    expect(dk.code).toBe(0);
    expect(phones(dk.stdout)).toEqual([[5, 7]]);
  });

  it('takes the region from the policy file, the option winning over it', async () => {
    const policy = path.join(dir, 'policy.json');
    await fs.writeFile(policy, JSON.stringify({ region: 'DK' }));
    expect(phones((await runCli(['detect', calls, '--policy', policy])).stdout)).toEqual([[5, 7]]);
    expect(phones((await runCli(['detect', calls, '--policy', policy, '--region', 'US'])).stdout)).toEqual(
      [],
    );
  });

  it('refuses an unknown region code as a usage error', async () => {
    const result = await runCli(['detect', calls, '--region', 'XX']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ISO 3166-1 alpha-2');
    expect(result.stdout).toBe('');
  });
});
