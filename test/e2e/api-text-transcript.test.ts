/**
 * Issue 13.10: a plain-text (.txt) transcript is accepted by the API as `callredact redact`
 * accepts it: alone, as a transcript-only call whose redacted text is the CLI's byte for byte;
 * with audio it is refused (no timings to bleep by), as the CLI refuses it. The API used to
 * require audio and refuse every .txt.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueName } from '../../src/queue/jobs.js';
import {
  getJson,
  makeFixture,
  startHarness,
  waitFor,
  waitForCall,
  type Harness,
} from '../helpers/api-harness.js';
import { runCli } from '../helpers/cli.js';

// fictional: invented name, 555-01xx number, example.com address
const TEXT =
  'Thanks for calling Cobalt Air.\nHi, my name is Ottilie Brannagh, you can reach me\n' +
  'at (555) 555-0163 or ottilie.brannagh@example.com.\n';
const PII = ['ottilie', 'brannagh', '0163'];

async function post(
  h: Harness,
  parts: { transcript?: [Buffer, string]; audio?: Buffer; audio_options?: string; callback_url?: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  if (parts.audio) form.set('audio', new Blob([parts.audio]), 'call.wav');
  if (parts.transcript) form.set('transcript', new Blob([parts.transcript[0]]), parts.transcript[1]);
  if (parts.audio_options !== undefined) form.set('audio_options', parts.audio_options);
  if (parts.callback_url !== undefined) form.set('callback_url', parts.callback_url);
  const res = await fetch(`${h.base}/v1/calls`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${h.keys.uploader}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a .txt transcript over the API', () => {
  let h: Harness;
  let queue: Queue;
  let hook: http.Server;
  const webhooks: string[] = [];
  beforeAll(async () => {
    hook = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        webhooks.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    h = await startHarness({ CALLBACK_ALLOW_CIDRS: '127.0.0.1/32' });
    queue = new Queue(queueName(h.env.QUEUE_PREFIX!, 'interactive'), {
      connection: { url: h.config.REDIS_URL },
    });
  });
  afterAll(async () => {
    await queue?.close();
    await h?.close();
    await new Promise((resolve) => hook?.close(resolve));
  });

  it('is refused with audio (no timings), and audio options without audio are refused', async () => {
    const fixture = await makeFixture(path.join(h.dir, 'fixtures'));
    const withAudio = await post(h, { audio: fixture.audio, transcript: [Buffer.from(TEXT), 'notes.txt'] });
    expect(withAudio.status).toBe(400);
    expect(withAudio.body.error).toEqual({
      code: 'INVALID_TRANSCRIPT',
      message:
        'transcript: no timings (text); audio redaction needs word timings (send the transcript alone for a transcript-only call)',
    });
    const options = await post(h, {
      transcript: [Buffer.from(TEXT), 'notes.txt'],
      audio_options: '{"bleep":"tone"}',
    });
    expect(options.status).toBe(400);
    expect((options.body.error as { message: string }).message).toBe(
      'audio_options: a call without audio takes no audio options',
    );
    // nothing at all is still refused
    const empty = await post(h, {});
    expect(empty.status).toBe(400);
    expect(await queue.getJobCounts()).toMatchObject({ waiting: 0, active: 0, completed: 0, failed: 0 });
    expect(await h.database.db.selectFrom('calls').select('id').execute()).toEqual([]);
    expect(await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', '.incoming'))).toEqual([]);
    // the same text without a .txt name is no format the API knows
    const unnamed = await post(h, { transcript: [Buffer.from(TEXT), 'notes'] });
    expect(unnamed.status).toBe(400);
    expect((unnamed.body.error as { code: string }).code).toBe('INVALID_TRANSCRIPT');
  });

  it('alone, becomes a transcript-only call whose output is the CLI output', async () => {
    const { port } = hook.address() as AddressInfo;
    const accepted = await post(h, {
      transcript: [Buffer.from(TEXT), 'Ottilie Brannagh.TXT'],
      callback_url: `http://127.0.0.1:${port}/hook`,
    });
    expect(accepted.status).toBe(202);
    const id = accepted.body.id as string;
    // no audio stored, no client name anywhere in storage
    expect((await fs.readdir(path.join(h.config.STORAGE_DIR, 'raw', id))).sort()).toEqual([
      'policy.json',
      'transcript',
    ]);
    const worker = h.spawnWorker();
    const done = await waitForCall(h.base, h.keys.uploader, id).catch((err: unknown) => {
      throw new Error(`${String(err)}\n${h.workerLogs.join('').slice(-3000)}`);
    });
    await h.stopWorker(worker);
    expect(done.state, `${JSON.stringify(done.failure)}\n${h.workerLogs.join('').slice(-3000)}`).toBe(
      'completed',
    );
    expect(done.counts).toMatchObject({ PERSON: expect.any(Number), PHONE_NUMBER: 1, EMAIL: 1 });

    const res = await fetch(`${h.base}/v1/calls/${id}/transcript`, {
      headers: { authorization: `Bearer ${h.keys.uploader}` },
    });
    expect(res.status).toBe(200);
    const viaApi = await res.text();
    for (const pii of PII) expect(viaApi.toLowerCase()).not.toContain(pii);
    expect(viaApi).toContain('Thanks for calling Cobalt Air.\n');
    expect((await getJson(h.base, h.keys.uploader, `/v1/calls/${id}/audio`)).status).toBe(404);
    // the status and the webhook link only what was published: no audio; every link they give works
    expect(done.links).toEqual({
      transcript: `/v1/calls/${id}/transcript`,
      audio: null,
      report: `/v1/calls/${id}/report`,
    });
    const manifest = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}/manifest`);
    expect(Object.keys(manifest.body.artefacts as object).filter((n) => n.startsWith('audio'))).toEqual([]);
    await waitFor('the webhook', async () => (webhooks.length > 0 ? true : undefined), 60_000);
    const hooked = JSON.parse(webhooks[0]!) as { id: string; links: Record<string, string | null> };
    expect(hooked.id).toBe(id);
    expect(hooked.links).toEqual({ status: `/v1/calls/${id}`, ...(done.links as object) });
    const linked = [...Object.values(done.links as object), ...Object.values(hooked.links)].filter(
      (l): l is string => typeof l === 'string',
    );
    for (const link of linked) {
      const got = await fetch(`${h.base}${link}`, {
        headers: { authorization: `Bearer ${h.keys.uploader}` },
      });
      expect(got.status, link).toBe(200);
      await got.arrayBuffer();
    }
    const report = await getJson(h.base, h.keys.uploader, `/v1/calls/${id}/report`);
    expect(report.body.transcript).toMatchObject({ format: 'text', timing: 'none' });

    // `callredact redact` on the same file writes the same text
    const txt = path.join(h.dir, 'notes.txt');
    await fs.writeFile(txt, TEXT);
    const cli = await runCli(['redact', txt, '-o', path.join(h.dir, 'cli-out')]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(await fs.readFile(path.join(h.dir, 'cli-out', 'notes', 'transcript.txt'), 'utf8')).toBe(viaApi);

    // the same bytes again: the same call
    const again = await post(h, { transcript: [Buffer.from(TEXT), 'notes.txt'] });
    expect(again.body.id).toBe(id);
    expect((await getJson(h.base, h.keys.uploader, '/healthz')).status).toBe(200);
  }, 240_000);
});
