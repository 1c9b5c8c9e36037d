/**
 * Issue 14, done-when: over HTTP, a data subject's access request, then erasure with re-render; a
 * later call that says the erased value is processed; then every way back is tried: reveal, access,
 * the outputs, the database file, the key folder and the audit log. The vault keeps its keys in a
 * folder apart from the database (VAULT_KEYSTORE_DIR). The CLI's `vault access --json` gives the same
 * export as the endpoint.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, makeFixture, startHarness, upload, waitFor, type Harness } from '../helpers/api-harness.js';
import { runCli } from '../helpers/cli.js';

const TOKEN_RE = /\b[A-Z_]+_[0-9A-HJKMNP-TV-Z]{8}\b/g;

describe('data subject access and erasure over HTTP', () => {
  let h: Harness;
  let keystoreDir: string;
  beforeAll(async () => {
    keystoreDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-keys-'));
    h = await startHarness({
      VAULT_MASTER_KEY: randomBytes(32).toString('base64'),
      VAULT_KEYSTORE_DIR: keystoreDir,
    });
    h.spawnWorker();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await fs.rm(keystoreDir, { recursive: true, force: true });
  });

  const post = async (url: string, key: string, body: unknown) => {
    const res = await fetch(`${h.base}${url}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const artefact = async (id: string, name: 'transcript' | 'report') =>
    (
      await fetch(`${h.base}/v1/calls/${id}/${name}`, {
        headers: { authorization: `Bearer ${h.keys.reviewer}` },
      })
    ).text();
  const processCall = async (variant: number) => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'), variant);
    const policy = JSON.stringify({
      entities: { PERSON: { operator: 'token' }, PHONE_NUMBER: { operator: 'token' } },
    });
    const { status, body } = await upload(h.base, h.keys.uploader, { ...fixture, policy });
    expect(status).toBe(202);
    const id = body.id as string;
    // generous: the machine running the e2e suite may be busy (the worker starts through tsx)
    const done = await waitFor(
      `call ${id}`,
      async () => {
        const { body: b } = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}`);
        return b.state === 'completed' || b.state === 'failed' ? b : undefined;
      },
      150_000,
    );
    expect(done.state).toBe('completed');
    return id;
  };

  it('access, erase with re-render, a later call saying the value: nothing reveals or links it', async () => {
    const first = await processCall(0);
    const transcript = await artefact(first, 'transcript');
    const phoneToken = transcript.match(/PHONE_NUMBER_[0-9A-Z]{8}/)?.[0];
    expect(phoneToken).toBeDefined();
    const subject = { type: 'PHONE_NUMBER', value: '(555) 555-0147' };

    // access: the export names the call, the occurrences and, with a purpose, the value
    const access = await post('/v1/subjects/access', h.keys.dpo, { subjects: [subject], purpose: 'DSR-77' });
    expect(access.status).toBe(200);
    expect(access.body).toMatchObject({
      tenant: 'acme',
      subjects: [
        {
          type: 'PHONE_NUMBER',
          token: phoneToken,
          value: '5555550147',
          calls: [{ callId: first, occurrences: [expect.objectContaining({ field: 'transcript' })] }],
        },
      ],
    });
    // the CLI gives the same export, and a readable summary of it
    const keyFile = path.join(h.dir, 'dpo.key');
    await fs.writeFile(keyFile, h.keys.dpo + '\n', { mode: 0o600 });
    const cliEnv = { ...h.env, LOG_LEVEL: 'warn' };
    const cliArgs = ['vault', 'access', '--type', 'PHONE_NUMBER', '--value', subject.value];
    const json = await runCli([...cliArgs, '--purpose', 'DSR-77', '--json', '--key-file', keyFile], {
      env: cliEnv,
    });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual(access.body);
    const text = await runCli([...cliArgs, '--key-file', keyFile], { env: cliEnv });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`subject 1 (PHONE_NUMBER): token ${phoneToken}; 1 call(s)`);
    expect(text.stdout).toContain(`  ${first}: 1 occurrence(s)`);
    expect(text.stdout).not.toContain('0147');

    // erasure with re-render
    const erase = await post('/v1/subjects/erase', h.keys.dpo, { subjects: [subject], purpose: 'DSR-77' });
    expect(erase.status).toBe(200);
    expect(erase.body).toMatchObject({
      erasures: [{ found: true, state: 'complete', callIds: [first], rerendered: [first], failures: [] }],
    });
    const rerendered = await artefact(first, 'transcript');
    expect(rerendered).not.toContain(phoneToken);
    expect(rerendered).toContain('[PHONE_NUMBER]');
    expect(await artefact(first, 'report')).not.toContain(phoneToken);

    // a later call says the erased value again
    const later = await processCall(1);
    const laterTranscript = await artefact(later, 'transcript');
    const replacement = laterTranscript.match(/PHONE_NUMBER_[0-9A-Z]{8}/)?.[0];
    expect(replacement).toBeDefined();
    expect(replacement).not.toBe(phoneToken);
    expect((JSON.parse(await artefact(later, 'report')) as { erasedSubjects: number }).erasedSubjects).toBe(
      1,
    );

    // no way to reveal it: neither token, nor by access
    for (const tok of [phoneToken!, replacement!]) {
      const r = await post('/v1/vault/reveal', h.keys.dpo, { tokens: [tok], purpose: 'DSR-77 check' });
      expect(r.status).toBe(404);
    }
    const after = await post('/v1/subjects/access', h.keys.dpo, { subjects: [subject], purpose: 'DSR-77' });
    expect(after.body).toEqual({
      tenant: 'acme',
      subjects: [{ type: 'PHONE_NUMBER', token: null, calls: [] }],
    });

    // no way to link it: the database file (and its WAL) and the key folder hold neither token nor
    // the value; the audit log holds no token at all; the key folder has no key for the subject
    const dbFiles = [h.config.SQLITE_PATH, `${h.config.SQLITE_PATH}-wal`];
    const keyFiles = (await fs.readdir(keystoreDir, { recursive: true })).map((f) =>
      path.join(keystoreDir, f),
    );
    for (const file of [...dbFiles, ...keyFiles]) {
      const stat = await fs.stat(file).catch(() => null);
      if (!stat?.isFile()) continue;
      const bytes = (await fs.readFile(file)).toString('latin1');
      for (const needle of [phoneToken!.slice(-8), replacement!.slice(-8), '5555550147', '555-0147']) {
        expect(bytes.includes(needle), `${path.basename(file)} holds ${needle}`).toBe(false);
      }
    }
    const audit = await h.database.db
      .selectFrom('vault_audit')
      .select(['action', 'tokens'])
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.tokens).join('')).not.toMatch(TOKEN_RE);
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['access', 'reveal', 'erase', 'rerender']),
    );
    const refs = await h.database.db.selectFrom('vault_entries').select('subject_ref').execute();
    expect(refs.length).toBeGreaterThan(0);
    const subjectFiles = keyFiles.filter((f) => f.endsWith('.key')).map((f) => path.basename(f, '.key'));
    expect(subjectFiles.sort()).toEqual(refs.map((r) => r.subject_ref).sort());
    // outputs of both calls: the erased token nowhere, the replacement only in the later call
    const outputs = path.join(h.config.STORAGE_DIR, 'outputs');
    for (const f of await fs.readdir(outputs, { recursive: true })) {
      const file = path.join(outputs, f);
      if (!(await fs.stat(file)).isFile()) continue;
      expect((await fs.readFile(file)).toString('latin1')).not.toContain(phoneToken);
    }
  }, 300_000);
});
