/**
 * Issue 13, the leak sweep over a whole run: every sample call (samples/calls: audio with a
 * canonical transcript, or a plain-text transcript alone, sent as a transcript-only call) goes
 * through the API and a worker process under the token policy and under the placeholder policy,
 * each with a callback to a local receiver. Then everything a run
 * leaves outside the raw uploads is collected: Redis keys and values (SCAN, then GET / HGETALL /
 * LRANGE ... and DUMP, also sampled while jobs were queued and active), the API's and the worker's
 * debug-level logs, every file name under the storage folder, the output audio's tags (ffprobe
 * -show_format -show_streams), every output transcript / report / manifest, the API's status
 * and manifest answers, and every webhook body and header. Each sample's labelled PII values
 * (samples/labels) are searched for in all of it in several normalisations (test/helpers/
 * pii-needles.ts). Zero hits expected; the same search run over the raw transcripts finds every
 * value (so it can fail).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dumpKey,
  getJson,
  queueKeys,
  REPO,
  startHarness,
  upload,
  waitFor,
  type Harness,
} from '../helpers/api-harness.js';
import { filesUnder, settledCall } from '../helpers/chaos.js';
import { findLeaks, maskJsonNumbers, sampleNeedles, sampleWords } from '../helpers/pii-needles.js';

const run = promisify(execFile);
const SAMPLES = path.join(REPO, 'samples');
const POLICIES = {
  token: JSON.stringify({ defaultOperator: { operator: 'token' } }),
  placeholder: JSON.stringify({ defaultOperator: { operator: 'placeholder' } }),
};

describe('leak sweep over a whole run', () => {
  let h: Harness;
  let receiver: http.Server;
  const webhooks: string[] = [];
  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        webhooks.push(JSON.stringify(req.headers) + '\n' + Buffer.concat(chunks).toString('utf8'));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    h = await startHarness({
      LOG_LEVEL: 'debug',
      CALLBACK_ALLOW_CIDRS: '127.0.0.1/32',
      VAULT_MASTER_KEY: randomBytes(32).toString('base64'),
      WORKER_CONCURRENCY: '2',
      MAX_UPLOAD_BYTES: String(8 * 1024 * 1024),
    });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('finds no sample PII anywhere outside the raw uploads', async () => {
    const needles = sampleNeedles(SAMPLES);
    const names = [...new Set(needles.map((n) => n.sample))];
    // every labelled sample, the transcript-only one (.txt) included
    const labelled = (await fs.readdir(path.join(SAMPLES, 'labels'))).map((f) => f.replace(/\.json$/, ''));
    expect(names.sort()).toEqual(labelled.sort());
    expect(names.length).toBeGreaterThanOrEqual(8);

    // the search finds every labelled value in the raw transcripts (it can fail)
    for (const name of names) {
      const words = sampleWords(SAMPLES, name)!.join(' ');
      const own = needles.filter((n) => n.sample === name);
      const found = new Set(findLeaks(new Map([['raw', words]]), own).map((hit) => hit.needle));
      expect(own.filter((n) => !found.has(n))).toEqual([]);
    }

    const { port } = receiver.address() as { port: number };
    const ids: string[] = [];
    let textCalls = 0;
    for (const name of names) {
      const file = (ext: string) => path.join(SAMPLES, 'calls', `${name}.${ext}`);
      const withAudio = await fs.stat(file('wav')).then(
        () => true,
        () => false,
      );
      // a sample without audio has a plain-text transcript: sent alone (a transcript-only call)
      const parts = withAudio
        ? { audio: await fs.readFile(file('wav')), transcript: await fs.readFile(file('json')) }
        : { transcript: await fs.readFile(file('txt')), transcriptName: `${name}.txt` };
      for (const policy of Object.values(POLICIES)) {
        if (!withAudio) textCalls++;
        const res = await upload(h.base, h.keys.uploader, {
          ...parts,
          policy,
          callback_url: `http://127.0.0.1:${port}/hook`,
        });
        expect(res.status, JSON.stringify(res.body)).toBe(202);
        ids.push(res.body.id as string);
      }
    }
    const sources = new Map<string, string>();
    let snapshot = 0;
    const snapRedis = async (): Promise<void> => {
      const parts: string[] = [];
      for (const key of await queueKeys(h.redis, h.env.QUEUE_PREFIX!)) {
        parts.push(key, await dumpKey(h.redis, key).catch(() => ''));
        const dumped = await h.redis.dumpBuffer(key).catch(() => null);
        if (dumped) parts.push(dumped.toString('latin1'));
      }
      sources.set(`redis snapshot ${snapshot++}`, parts.join('\n'));
    };
    // Redis while jobs are queued and running, then after
    await snapRedis();
    h.spawnWorker();
    const sampler = setInterval(() => void snapRedis(), 2_000);
    const statuses: string[] = [];
    try {
      await waitFor(
        'every call to finish',
        async () => {
          const rows = await h.database.db.selectFrom('calls').select('state').execute();
          return rows.every((r) => r.state === 'completed' || r.state === 'failed') ? true : undefined;
        },
        600_000,
      ).catch((err: unknown) => {
        console.log(h.workerLogs.join('').split('\n').slice(-30).join('\n'));
        throw err;
      });
      for (const id of ids) {
        const done = await settledCall(h.base, h.keys.uploader, id);
        expect(done.state, `${id}: ${JSON.stringify(done.failure)}`).toBe('completed');
        statuses.push(JSON.stringify(done));
        statuses.push(
          JSON.stringify((await getJson(h.base, h.keys.reviewer, `/v1/calls/${id}/manifest`)).body),
        );
      }
    } finally {
      clearInterval(sampler);
    }
    await waitFor('every webhook', async () => (webhooks.length >= ids.length ? true : undefined), 60_000);
    await snapRedis();
    console.log(
      `leak sweep: ${ids.length} calls (${textCalls} transcript-only), ${snapshot} Redis snapshots, ${webhooks.length} webhooks`,
    );

    // JSON number values (timings, sizes, counts) are masked: PII only ever sits inside strings
    sources.set('api responses', maskJsonNumbers(statuses.join('\n')));
    sources.set('api logs (debug)', h.apiLogs.join(''));
    sources.set('worker logs (debug)', h.workerLogs.join(''));
    sources.set('webhooks', maskJsonNumbers(webhooks.join('\n')));
    const storage = h.config.STORAGE_DIR;
    const files = await filesUnder(storage);
    sources.set('file names', files.join('\n'));
    let outputs = 0;
    for (const rel of files.filter((f) => f.startsWith('outputs/'))) {
      const file = path.join(storage, rel);
      if (/\.(wav|mp3|flac|ogg|m4a|opus)$/.test(rel) || rel.includes('/audio')) {
        const { stdout } = await run('ffprobe', [
          '-v',
          'error',
          '-print_format',
          'json',
          '-show_format',
          '-show_streams',
          file,
        ]);
        sources.set(`audio tags ${rel}`, stdout);
      } else {
        const text = await fs.readFile(file, 'utf8');
        sources.set(`output ${rel}`, rel.endsWith('.json') ? maskJsonNumbers(text) : text);
      }
      outputs++;
    }
    // audio, transcript and report per call with audio; transcript and report without
    expect(outputs).toBeGreaterThanOrEqual((ids.length - textCalls) * 3 + textCalls * 2);
    expect(textCalls).toBe(2);
    expect(webhooks.length).toBe(ids.length);

    const hits = findLeaks(sources, needles);
    const summary = hits.map(
      (hit) => `${hit.source}: ${hit.needle.sample} ${hit.needle.type} (${hit.needle.form})`,
    );
    console.log(`leak sweep: ${needles.length} needles over ${sources.size} sources, ${hits.length} hits`);
    expect([...new Set(summary)]).toEqual([]);
  }, 720_000);
});
