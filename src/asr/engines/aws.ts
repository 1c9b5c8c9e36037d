/**
 * Amazon Transcribe batch jobs. Transcribe reads media only from S3, so one request is:
 * upload the audio to ASR_S3_BUCKET under a random key (PutObject), StartTranscriptionJob with
 * that URI and the same bucket as the output location, poll GetTranscriptionJob until COMPLETED
 * or FAILED, read the transcript JSON back from the bucket, and parse it with the project's
 * Amazon Transcribe adapter. Whatever happens, the audio, the transcript and the job are deleted
 * afterwards (best effort), so the words do not stay at AWS.
 *
 * The SDK's own retries are off: retries, backoff and the per-attempt timeout belong to the
 * transcriber (retry.ts) like for every engine. Object keys and job names are random ids: no call
 * id, file name or caller detail reaches AWS besides the audio itself.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type * as TranscribeSdkModule from '@aws-sdk/client-transcribe';
import type {
  MediaFormat,
  StartTranscriptionJobCommandInput,
  TranscribeClient,
  TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import { TranscriptionError, TranscriptionUnavailableError } from '../../errors.js';
import { abortError, RETRYABLE_STATUS, sleep, truncateEngineText, type EngineFetch } from '../http.js';
import type { EngineRequest, EngineResult, SpeechEngine } from '../types.js';
import { wordsOfDocument } from './vendor-document.js';

type TranscribeSdk = typeof TranscribeSdkModule;

interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface AwsEngineOptions {
  region: string;
  /** bucket the audio is uploaded to and the transcript written to */
  bucket: string;
  /** Transcribe endpoint override (ASR_URL); AWS's regional endpoint when unset */
  endpoint?: string | undefined;
  /** S3 endpoint override and addressing (the storage settings: MinIO, s3rver) */
  s3Endpoint?: string | undefined;
  s3ForcePathStyle?: boolean | undefined;
  /** static credentials; absent: the SDK's default chain (profiles, instance roles) */
  credentials?: AwsCredentials | undefined;
  /** a custom language model (ModelSettings.LanguageModelName); none when null */
  model: string | null;
  /** LanguageCode (en-US ...); Transcribe identifies the language when unset */
  language?: string | undefined;
  pollIntervalMs: number;
}

/** Transcribe's batch limit is 4 hours per file. */
const MAX_SECONDS = 4 * 3600;
const KEY_PREFIX = 'callredact-asr/';
/** Transcribe errors that mean "later": throttling and its own failures (LimitExceeded is a 400). */
const RETRYABLE_NAMES = new Set([
  'LimitExceededException',
  'InternalFailureException',
  'ThrottlingException',
  'ServiceUnavailableException',
]);
const MEDIA_FORMATS: Record<string, MediaFormat> = {
  '.wav': 'wav',
  '.mp3': 'mp3',
  '.mp4': 'mp4',
  '.m4a': 'm4a',
  '.flac': 'flac',
  '.ogg': 'ogg',
  '.opus': 'ogg',
  '.webm': 'webm',
  '.amr': 'amr',
};

export function awsTranscribeEngine(o: AwsEngineOptions): SpeechEngine {
  const common = {
    region: o.region,
    maxAttempts: 1,
    ...(o.credentials ? { credentials: o.credentials } : {}),
  };
  // the Transcribe SDK is loaded on first use: every process that reads the configuration (API,
  // workers, CLI) would otherwise pay its load time (over a second on a busy machine)
  let sdk: Promise<TranscribeSdk> | null = null;
  let client: TranscribeClient | null = null;
  const transcribeSdk = async () => {
    sdk ??= import('@aws-sdk/client-transcribe');
    const loaded = await sdk;
    client ??= new loaded.TranscribeClient({ ...common, ...(o.endpoint ? { endpoint: o.endpoint } : {}) });
    return { ...loaded, transcribe: client };
  };
  const s3 = new S3Client({
    ...common,
    ...(o.s3Endpoint ? { endpoint: o.s3Endpoint } : {}),
    forcePathStyle: o.s3ForcePathStyle ?? false,
    // as the S3 store: several S3-compatible stores reject the SDK's default trailing checksums
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  return {
    name: 'aws',
    model: o.model,
    maxChunkSeconds: MAX_SECONDS,
    accepts: 'original',
    async transcribe(file: string, request: EngineRequest): Promise<EngineResult> {
      const ctx: EngineFetch = { engine: 'aws', signal: request.signal };
      const opts = { abortSignal: request.signal };
      const id = randomUUID();
      const ext = path.extname(file).toLowerCase();
      const audioKey = `${KEY_PREFIX}${id}/audio${MEDIA_FORMATS[ext] ? ext : ''}`;
      const outputKey = `${KEY_PREFIX}${id}/transcript.json`;
      const jobName = `callredact-${id}`;
      let started = false;
      const {
        DeleteTranscriptionJobCommand,
        GetTranscriptionJobCommand,
        StartTranscriptionJobCommand,
        transcribe,
      } = await transcribeSdk();
      try {
        const { size } = await fs.stat(file);
        await aws(
          () =>
            s3.send(
              new PutObjectCommand({
                Bucket: o.bucket,
                Key: audioKey,
                Body: createReadStream(file),
                ContentLength: size,
              }),
              opts,
            ),
          ctx,
          'S3 upload',
        );
        const input: StartTranscriptionJobCommandInput = {
          TranscriptionJobName: jobName,
          Media: { MediaFileUri: `s3://${o.bucket}/${audioKey}` },
          OutputBucketName: o.bucket,
          OutputKey: outputKey,
          // Transcribe takes channel identification or speaker labels, not both in one job
          Settings:
            request.channels > 1
              ? { ChannelIdentification: true }
              : { ShowSpeakerLabels: true, MaxSpeakerLabels: 10 },
        };
        const format = MEDIA_FORMATS[ext];
        if (format) input.MediaFormat = format;
        if (o.language) input.LanguageCode = o.language as StartTranscriptionJobCommandInput['LanguageCode'];
        else input.IdentifyLanguage = true;
        if (o.model) input.ModelSettings = { LanguageModelName: o.model };
        let job = jobOf(await aws(() => transcribe.send(new StartTranscriptionJobCommand(input), opts), ctx));
        started = true;
        while (job.TranscriptionJobStatus !== 'COMPLETED') {
          if (job.TranscriptionJobStatus === 'FAILED') {
            throw new TranscriptionError(
              `aws: transcription failed: ${truncateEngineText(job.FailureReason ?? 'no reason given')}`,
            );
          }
          await sleep(o.pollIntervalMs, request.signal);
          job = jobOf(
            await aws(
              () => transcribe.send(new GetTranscriptionJobCommand({ TranscriptionJobName: jobName }), opts),
              ctx,
            ),
          );
        }
        const output = await aws(
          () => s3.send(new GetObjectCommand({ Bucket: o.bucket, Key: outputKey }), opts),
          ctx,
          'S3 transcript',
        );
        const text = (await output.Body?.transformToString('utf8')) ?? '';
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          throw new TranscriptionError('aws: the transcript is not JSON');
        }
        return { words: wordsOfDocument(doc, 'aws-transcribe', 'aws') };
      } finally {
        // best effort and never under the call's signal: a timed-out attempt still cleans up
        const cleanup: Promise<unknown>[] = [
          s3.send(new DeleteObjectCommand({ Bucket: o.bucket, Key: audioKey })),
          s3.send(new DeleteObjectCommand({ Bucket: o.bucket, Key: outputKey })),
        ];
        if (started) {
          cleanup.push(transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: jobName })));
        }
        await Promise.allSettled(cleanup);
      }
    },
  };
}

function jobOf(answer: { TranscriptionJob?: TranscriptionJob | undefined }): TranscriptionJob {
  const job = answer.TranscriptionJob;
  if (!job?.TranscriptionJobStatus) throw new TranscriptionError('aws: unexpected answer (no job status)');
  return job;
}

interface SdkError {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

/**
 * One SDK call with its errors turned into transcription errors: the service's error name and
 * message (never the request, which carries the audio), retryable for throttling, 5xx and
 * connection failures.
 */
async function aws<T>(fn: () => Promise<T>, ctx: EngineFetch, what?: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (ctx.signal.aborted) throw abortError(ctx);
    const e = (err ?? {}) as SdkError;
    const status = e.$metadata?.httpStatusCode;
    const prefix = what ? `aws (${what})` : 'aws';
    if (status === undefined) {
      const code = networkCode(err);
      throw new TranscriptionUnavailableError(`${prefix}: cannot reach the engine (${code})`, { cause: err });
    }
    const name = typeof e.name === 'string' ? e.name : 'error';
    const message = typeof e.message === 'string' && e.message !== '' ? `: ${e.message}` : '';
    const text = `${prefix} answered ${status}: ${truncateEngineText(`${name}${message}`)}`;
    const details = { engine: 'aws', status };
    if (RETRYABLE_STATUS.has(status) || RETRYABLE_NAMES.has(name) || e.$retryable) {
      throw new TranscriptionUnavailableError(text, { details });
    }
    throw new TranscriptionError(text, { details });
  }
}

function networkCode(err: unknown): string {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : 'network error';
}
