/**
 * Data subject erasure end to end through the CLI: two calls redacted with tokens share a phone
 * number (once spoken, once written: one token); `vault erase --rerender` shreds the value and
 * re-publishes both outputs with the placeholder instead of the token; the audio stays
 * byte-identical, and the token can no longer be revealed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { createApiKey } from '../../src/keys/api-keys.js';
import { ffmpeg } from '../helpers/audio.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
let env: Record<string, string>;

const words = (texts: string[]) =>
  JSON.stringify({ words: texts.map((text, i) => ({ text, start: 0.2 + i * 0.3, end: 0.45 + i * 0.3 })) });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-erase-'));
  const calls = path.join(dir, 'calls');
  await fs.mkdir(calls);
  for (const name of ['first', 'second']) {
    await ffmpeg(
      ['-f', 'lavfi', '-i', 'sine=frequency=300:sample_rate=16000:duration=6', '-c:a', 'pcm_s16le'],
      path.join(calls, `${name}.wav`),
    );
  }
  await fs.writeFile(
    path.join(calls, 'first.json'),
    words('my cell is four one five five five five oh one four two thanks'.split(' ')),
  );
  await fs.writeFile(
    path.join(calls, 'second.json'),
    words('you can reach me at (415) 555-0142 any time'.split(' ')),
  );
  await fs.writeFile(
    path.join(dir, 'policy.json'),
    JSON.stringify({ defaultOperator: { operator: 'token' } }),
  );
  const sqlitePath = path.join(dir, 'vault.sqlite');
  // roles come from an API key checked against the database, not from a claim
  const database = await openDatabase({ sqlitePath });
  const { key } = await createApiKey(database.db, { role: 'dpo', tenant: 'default' });
  await database.close();
  env = {
    VAULT_MASTER_KEY: randomBytes(32).toString('hex'),
    SQLITE_PATH: sqlitePath,
    CALLREDACT_API_KEY: key,
  };
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('vault erase --rerender', () => {
  it('replaces the erased token by the placeholder in every affected output', async () => {
    const out = path.join(dir, 'out');
    const redact = await runCli(
      ['redact', path.join(dir, 'calls'), '-o', out, '--policy', path.join(dir, 'policy.json')],
      { env },
    );
    expect(redact.code).toBe(0);
    const read = (call: string, file: string) => fs.readFile(path.join(out, call, file), 'utf8');
    const token = /\[(PHONE_NUMBER_[0-9A-Z]{8})\]/.exec(await read('first', 'transcript.json'))?.[1];
    expect(token).toBeDefined();
    expect(await read('second', 'transcript.json')).toContain(`[${token}]`);
    const audioBefore = await fs.readFile(path.join(out, 'first', 'audio.wav'));
    const secondAudio = path.join(out, 'second', 'audio.wav');
    await fs.rename(secondAudio, `${secondAudio}.away`);

    const erase = await runCli(
      [
        'vault',
        'erase',
        '--type',
        'PHONE_NUMBER',
        '--value',
        '415-555-0142',
        '--rerender',
        '--outputs',
        out,
        '--purpose',
        'DSR-1',
      ],
      { env },
    );
    expect(erase.stderr).toBe('');
    expect(erase.stdout).toMatch(/2 call\(s\) affected/);
    const erasureId = /erasure (era_[0-9a-f]{24})/.exec(erase.stdout)?.[1];
    expect(erasureId).toBeDefined();
    // the second call's audio was missing: its re-render failed, the first one's went through,
    // and the erasure keeps the list so it can be resumed
    expect(erase.stdout).toContain(`erasure ${erasureId}: re-render pending; 1 of 2 call(s) re-rendered`);
    expect(erase.stdout).toMatch(/failed [0-9a-f]+: INTERNAL re-render failed/);
    expect(await read('first', 'transcript.json')).not.toContain(token!);
    expect(await read('second', 'transcript.json')).toContain(token!);

    await fs.rename(`${secondAudio}.away`, secondAudio);
    const resume = await runCli(['vault', 'rerender', erasureId!, '--outputs', out], { env });
    expect(resume.stdout).toContain(`erasure ${erasureId}: complete; 2 of 2 call(s) re-rendered`);
    expect(resume.code).toBe(0);

    for (const call of ['first', 'second']) {
      const transcript = await read(call, 'transcript.json');
      expect(transcript).not.toContain(token!);
      expect(transcript).toContain('[PHONE_NUMBER]');
      const report = JSON.parse(await read(call, 'report.json')) as {
        entities: { type: string; replacement: string; operator: string }[];
      };
      const phone = report.entities.find((e) => e.type === 'PHONE_NUMBER')!;
      expect(phone).toMatchObject({ replacement: '[PHONE_NUMBER]', operator: 'placeholder' });
      const manifest = JSON.parse(await read(call, 'manifest.json')) as {
        artefacts: Record<string, { bytes: number }>;
      };
      expect(manifest.artefacts['transcript.json']!.bytes).toBe(Buffer.byteLength(transcript));
    }
    expect(Buffer.compare(audioBefore, await fs.readFile(path.join(out, 'first', 'audio.wav')))).toBe(0);
    expect(await fs.readdir(out)).toEqual(['first', 'second']);

    const reveal = await runCli(['vault', 'reveal', token!, '--purpose', 'check'], { env });
    expect(reveal.code).not.toBe(0);
    expect(reveal.stderr).toMatch(/token not found/);

    // a later call saying the erased number gets a one-off token, counted in its report
    const later = path.join(dir, 'later');
    await fs.mkdir(later);
    await fs.copyFile(path.join(dir, 'calls', 'first.wav'), path.join(later, 'third.wav'));
    await fs.writeFile(path.join(later, 'third.json'), words('call me on 415 555 0142 please'.split(' ')));
    const out3 = path.join(dir, 'out3');
    const third = await runCli(['redact', later, '-o', out3, '--policy', path.join(dir, 'policy.json')], {
      env,
    });
    expect(third.code).toBe(0);
    const report3 = JSON.parse(await fs.readFile(path.join(out3, 'third', 'report.json'), 'utf8')) as {
      erasedSubjects: number;
      entities: { type: string; replacement: string }[];
    };
    expect(report3.erasedSubjects).toBe(1);
    const replacement = report3.entities.find((e) => e.type === 'PHONE_NUMBER')!.replacement;
    expect(replacement).toMatch(/^\[PHONE_NUMBER_[0-9A-Z]{8}\]$/);
    expect(replacement).not.toBe(`[${token}]`);
    const revealNew = await runCli(['vault', 'reveal', replacement, '--purpose', 'check'], { env });
    expect(revealNew.stderr).toMatch(/token not found/);
    // seven CLI runs: slow on a loaded machine
  }, 240_000);
});
