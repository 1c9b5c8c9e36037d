/**
 * The Amazon Transcribe engine against a local server speaking Transcribe's JSON 1.1 protocol
 * (POST /, X-Amz-Target: Transcribe.<Operation>, application/x-amz-json-1.1, errors as __type +
 * x-amzn-errortype) and a real S3-compatible server (s3rver): the stand-in reads the uploaded audio
 * from the bucket and writes the transcript JSON where the job asked, as Transcribe does.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsTranscribeEngine } from '../../src/asr/engines/aws.js';
import { createTranscriber, type TranscriberOptions } from '../../src/asr/transcriber.js';
import { resolveFfmpeg, type AudioInfo, type FfmpegTools } from '../../src/audio/index.js';
import { parseConfig } from '../../src/config.js';
import { TranscriptionError, TranscriptionUnavailableError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import type { Word } from '../../src/types.js';
import {
  awsTranscribeOutput,
  startEngineServer,
  type Answer,
  type EngineServer,
  type RecordedRequest,
} from '../helpers/asr-server.js';
import { probedTone } from '../helpers/audio.js';
import { startTestS3, type TestS3 } from '../helpers/s3.js';

let dir: string;
let tools: FfmpegTools;
let mono: { file: string; info: AudioInfo };
let stereo: { file: string; info: AudioInfo };
let s3: TestS3;
let client: S3Client;
let server: EngineServer | undefined;

const sineWav = (name: string, seconds: number, rate: number, channels: number) =>
  probedTone(tools, path.join(dir, name), { seconds, rate, channels });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-asr-aws-'));
  tools = await resolveFfmpeg(parseConfig({}));
  mono = await sineWav('call.wav', 3, 8000, 1);
  stereo = await sineWav('stereo.wav', 3, 8000, 2);
  s3 = await startTestS3('asr-media');
  client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  client.destroy();
  await s3.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const WORDS: Word[] = [
  { text: 'hello', start: 0.31, end: 0.62, speaker: '0' },
  { text: 'this', start: 0.7, end: 0.88, speaker: '0' },
  { text: 'is', start: 0.9, end: 1.01, speaker: '0' },
  { text: 'Quentin', start: 1.1, end: 1.52, speaker: '1' },
  { text: 'Farrowby', start: 1.6, end: 2.2, speaker: '1' },
];

const options = (o: Partial<TranscriberOptions> = {}): TranscriberOptions => ({
  tools,
  logger: createLogger({ level: 'silent', name: 'asr-aws-test' }),
  timeoutMs: 5_000,
  retries: 2,
  retryDelayMs: 10,
  overlapSeconds: 2,
  ...o,
});

const engine = (url: string) =>
  awsTranscribeEngine({
    region: 'eu-west-1',
    bucket: s3.bucket,
    endpoint: url,
    s3Endpoint: s3.endpoint,
    s3ForcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    model: null,
    language: 'en-US',
    pollIntervalMs: 20,
  });

const target = (req: RecordedRequest): string => String(req.headers['x-amz-target'] ?? '');
const body = (req: RecordedRequest): Record<string, unknown> =>
  JSON.parse(req.body.toString()) as Record<string, unknown>;
const awsError = (status: number, type: string, message: string): Answer => ({
  status,
  json: { __type: `com.amazonaws.transcribe#${type}`, Message: message },
  headers: { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.transcribe/` },
});

async function objectText(key: string): Promise<Buffer> {
  const out = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await out.Body!.transformToByteArray());
}
async function keysLeft(): Promise<string[]> {
  const out = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: 'callredact-asr/' }));
  return (out.Contents ?? []).map((c) => c.Key!);
}

/**
 * A Transcribe stand-in: jobs answer IN_PROGRESS for `polls` GetTranscriptionJob calls, then the
 * transcript is written to the output bucket/key and the job is COMPLETED. `override` scripts
 * error or slow answers per request.
 */
function transcribeStandIn(
  o: {
    polls?: number;
    words?: readonly Word[];
    override?: (req: RecordedRequest, index: number) => Answer | undefined;
  } = {},
) {
  const jobs = new Map<string, { input: Record<string, unknown>; audio: Buffer; polls: number }>();
  const handler = async (req: RecordedRequest, index: number): Promise<Answer> => {
    const scripted = o.override?.(req, index);
    if (scripted) return scripted;
    const input = body(req);
    const name = String(input.TranscriptionJobName);
    switch (target(req)) {
      case 'Transcribe.StartTranscriptionJob': {
        const uri = String((input.Media as { MediaFileUri: string }).MediaFileUri);
        const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
        if (!m || m[1] !== s3.bucket) return awsError(400, 'BadRequestException', 'The S3 URI is not valid.');
        jobs.set(name, { input, audio: await objectText(m[2]!), polls: 0 });
        return {
          json: { TranscriptionJob: { TranscriptionJobName: name, TranscriptionJobStatus: 'QUEUED' } },
        };
      }
      case 'Transcribe.GetTranscriptionJob': {
        const job = jobs.get(name);
        if (!job) return awsError(400, 'NotFoundException', 'The requested job could not be found.');
        if (++job.polls <= (o.polls ?? 2)) {
          return {
            json: { TranscriptionJob: { TranscriptionJobName: name, TranscriptionJobStatus: 'IN_PROGRESS' } },
          };
        }
        const key = String(job.input.OutputKey);
        await client.send(
          new PutObjectCommand({
            Bucket: String(job.input.OutputBucketName),
            Key: key,
            Body: JSON.stringify(awsTranscribeOutput(name, o.words ?? WORDS)),
          }),
        );
        return {
          json: {
            TranscriptionJob: {
              TranscriptionJobName: name,
              TranscriptionJobStatus: 'COMPLETED',
              Transcript: { TranscriptFileUri: `https://s3.eu-west-1.amazonaws.com/${s3.bucket}/${key}` },
            },
          },
        };
      }
      case 'Transcribe.DeleteTranscriptionJob':
        jobs.delete(name);
        return { json: {} };
      default:
        return awsError(400, 'UnknownOperationException', 'unknown operation');
    }
  };
  return { jobs, handler };
}

describe('Amazon Transcribe engine', () => {
  it('uploads the audio to the bucket, starts a job, polls it, reads the transcript with the adapter and deletes everything', async () => {
    const standIn = transcribeStandIn();
    const audioSeen: Buffer[] = [];
    server = await startEngineServer(async (req, i) => {
      const answer = await standIn.handler(req, i);
      const job = standIn.jobs.get(String(body(req).TranscriptionJobName));
      if (job && target(req) === 'Transcribe.StartTranscriptionJob') audioSeen.push(job.audio);
      return answer;
    });
    const t = await createTranscriber(engine(server.url), options()).transcribe(mono.file, mono.info);

    expect(t.words.map((w) => [w.text, w.start, w.end])).toEqual(
      WORDS.map((w, i) => [i === WORDS.length - 1 ? `${w.text}.` : w.text, w.start, w.end]),
    );
    expect(new Set(t.words.map((w) => w.speaker)).size).toBe(2);
    expect(t).toMatchObject({ engine: 'aws', chunks: 1 });
    // the job read exactly the call's audio from the bucket
    expect(audioSeen).toHaveLength(1);
    expect(audioSeen[0]!.equals(await fs.readFile(mono.file))).toBe(true);

    const targets = server.requests.map(target);
    expect(targets).toEqual([
      'Transcribe.StartTranscriptionJob',
      'Transcribe.GetTranscriptionJob',
      'Transcribe.GetTranscriptionJob',
      'Transcribe.GetTranscriptionJob',
      'Transcribe.DeleteTranscriptionJob',
    ]);
    const start = server.requests[0]!;
    expect(start.method).toBe('POST');
    expect(start.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(start.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=S3RVER\/\d{8}\/eu-west-1\/transcribe\//,
    );
    const input = body(start);
    expect(input).toMatchObject({
      LanguageCode: 'en-US',
      MediaFormat: 'wav',
      OutputBucketName: s3.bucket,
      Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 10 },
    });
    // random names only: nothing of the file name or the call reaches AWS
    expect(String(input.TranscriptionJobName)).toMatch(/^callredact-[0-9a-f-]{36}$/);
    expect(JSON.stringify(input)).not.toContain('call.wav');
    expect(await keysLeft()).toEqual([]);
    expect(standIn.jobs.size).toBe(0);
  });

  it('a stereo call asks for channel identification (not speaker labels) and identifies the language when none is set', async () => {
    const standIn = transcribeStandIn({ polls: 0 });
    server = await startEngineServer(standIn.handler);
    const e = awsTranscribeEngine({
      region: 'eu-west-1',
      bucket: s3.bucket,
      endpoint: server.url,
      s3Endpoint: s3.endpoint,
      s3ForcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      model: 'my-call-centre-lm',
      pollIntervalMs: 20,
    });
    await createTranscriber(e, options()).transcribe(stereo.file, stereo.info);
    const input = body(server.requests[0]!);
    expect(input.Settings).toEqual({ ChannelIdentification: true });
    expect(input.IdentifyLanguage).toBe(true);
    expect(input.LanguageCode).toBeUndefined();
    expect(input.ModelSettings).toEqual({ LanguageModelName: 'my-call-centre-lm' });
  });

  it('a job that ends FAILED fails with its FailureReason, not retried, and cleans up', async () => {
    const standIn = transcribeStandIn({
      override: (req) =>
        target(req) === 'Transcribe.GetTranscriptionJob'
          ? {
              json: {
                TranscriptionJob: {
                  TranscriptionJobName: body(req).TranscriptionJobName,
                  TranscriptionJobStatus: 'FAILED',
                  FailureReason: 'The media format provided does not match the detected media format.',
                },
              },
            }
          : undefined,
    });
    server = await startEngineServer(standIn.handler);
    const err = await createTranscriber(engine(server.url), options())
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionError);
    expect(err).toMatchObject({
      retryable: false,
      message:
        'aws: transcription failed: The media format provided does not match the detected media format.',
    });
    expect(server.requests.filter((r) => target(r) === 'Transcribe.StartTranscriptionJob')).toHaveLength(1);
    expect(server.requests.at(-1) && target(server.requests.at(-1)!)).toBe(
      'Transcribe.DeleteTranscriptionJob',
    );
    expect(await keysLeft()).toEqual([]);
  });

  it('a BadRequestException is final, with its type and message', async () => {
    server = await startEngineServer(() =>
      awsError(400, 'BadRequestException', 'The language code xx-XX is not supported.'),
    );
    const err = await createTranscriber(engine(server.url), options())
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionError);
    expect(err).not.toBeInstanceOf(TranscriptionUnavailableError);
    expect((err as Error).message).toBe(
      'aws answered 400: BadRequestException: The language code xx-XX is not supported.',
    );
    expect(server.requests).toHaveLength(1);
    expect(await keysLeft()).toEqual([]);
  });

  it('retries LimitExceededException (a 400) and InternalFailureException (a 500), then succeeds', async () => {
    let starts = 0;
    const standIn = transcribeStandIn({
      polls: 1,
      override: (req) => {
        if (target(req) !== 'Transcribe.StartTranscriptionJob') return undefined;
        starts++;
        if (starts === 1) return awsError(400, 'LimitExceededException', 'You have exceeded your limit.');
        if (starts === 2)
          return awsError(500, 'InternalFailureException', 'We encountered an internal error.');
        return undefined;
      },
    });
    server = await startEngineServer(standIn.handler);
    const t = await createTranscriber(engine(server.url), options()).transcribe(mono.file, mono.info);
    expect(t.words).toHaveLength(WORDS.length);
    expect(starts).toBe(3);
    expect(await keysLeft()).toEqual([]);
  });

  it('gives up after the retries with the last error, retryable', async () => {
    server = await startEngineServer(() => awsError(400, 'LimitExceededException', 'Too many jobs.'));
    const err = await createTranscriber(engine(server.url), options({ retries: 1 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranscriptionUnavailableError);
    expect((err as Error).message).toBe('aws answered 400: LimitExceededException: Too many jobs.');
    expect(server.requests).toHaveLength(2);
  });

  it('a job that never completes in time is abandoned at the timeout (retryable) and still cleaned up', async () => {
    const standIn = transcribeStandIn({ polls: 1_000 });
    server = await startEngineServer(standIn.handler);
    const started = Date.now();
    const err = await createTranscriber(engine(server.url), options({ timeoutMs: 1_000, retries: 0 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(err).toBeInstanceOf(TranscriptionUnavailableError);
    expect((err as Error).message).toBe('aws: no answer within 1 s (ASR_TIMEOUT_MS)');
    expect(target(server.requests.at(-1)!)).toBe('Transcribe.DeleteTranscriptionJob');
    expect(await keysLeft()).toEqual([]);
  });

  it('a slow answer is abandoned at the timeout and the retry succeeds', async () => {
    let slow = true;
    const standIn = transcribeStandIn({
      polls: 0,
      override: (req) => {
        if (target(req) === 'Transcribe.GetTranscriptionJob' && slow) {
          slow = false;
          return { json: {}, delayMs: 3_000 };
        }
        return undefined;
      },
    });
    server = await startEngineServer(standIn.handler);
    const t = await createTranscriber(engine(server.url), options({ timeoutMs: 1_000 })).transcribe(
      mono.file,
      mono.info,
    );
    expect(t.words).toHaveLength(WORDS.length);
    expect(server.requests.filter((r) => target(r) === 'Transcribe.StartTranscriptionJob')).toHaveLength(2);
  });

  it('a Transcribe endpoint that is not running is retryable (connection refused)', async () => {
    const probe = await startEngineServer(() => ({}));
    const url = probe.url;
    await probe.close();
    const err = await createTranscriber(engine(url), options({ retries: 0 }))
      .transcribe(mono.file, mono.info)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TRANSCRIPTION_UNAVAILABLE' });
    expect((err as Error).message).toMatch(/^aws: cannot reach the engine \(ECONNREFUSED\)$/);
    expect(await keysLeft()).toEqual([]);
  });
});
