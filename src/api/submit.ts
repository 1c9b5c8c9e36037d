/**
 * Accepting a call: validate the received files (audio type from its bytes, then ffprobe; the
 * transcript parsed by its adapter), derive the call id from content, make the upload durable,
 * record it in the ledger, enqueue it. Nothing is enqueued for invalid input. When Redis is down
 * the call stays recorded (the reconciler enqueues it later) and the caller gets a 503 with its id.
 */
import fs from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import type { Logger } from 'pino';
import { z } from 'zod';
import { probeAudio, type FfmpegTools } from '../audio/index.js';
import type { Db } from '../db/database.js';
import {
  AudioError,
  CallRedactError,
  InputError,
  PayloadTooLargeError,
  TranscriptError,
  UnavailableError,
  UnsupportedMediaError,
} from '../errors.js';
import type { ApiKeyPrincipal } from '../keys/api-keys.js';
import { callIdFromHashes, canonicalJson } from '../pipeline/call-id.js';
import { audioSettingsSchema, type CallSettings } from '../pipeline/call-settings.js';
import { policySchema } from '../policy.js';
import type { Lane } from '../queue/jobs.js';
import { getCall, markQueued, recordCall, resetForRetry } from '../queue/ledger.js';
import { enqueueCall, type Queues } from '../queue/producer.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import {
  callStorageKeys,
  commitFiles,
  removeQuietly,
  writeTempFile,
  type TempUpload,
} from '../storage/uploads.js';
import type { MultipartUpload } from './multipart.js';

export interface SubmitDeps {
  db: Db;
  queues: Queues;
  storageDir: string;
  incomingDir: string;
  tools: FfmpegTools;
  logger: Logger;
  /** webhooks are only sent signed; without a secret callback_url is refused */
  webhooksEnabled: boolean;
}

export interface Submission {
  id: string;
  /** false when the same call was submitted before */
  created: boolean;
}

const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;
/** containers that file-type reports as video but that commonly hold audio only */
const AUDIO_CONTAINERS = new Set(['video/mp4', 'video/webm', 'video/ogg', 'application/ogg']);

const callbackUrlSchema = z.url({ protocol: /^https?$/ }).max(2_000);

export async function submitCall(
  deps: SubmitDeps,
  principal: ApiKeyPrincipal,
  upload: MultipartUpload,
  lane: Lane = 'interactive',
): Promise<Submission> {
  const temps = Object.values(upload.files).map((f) => f.path);
  try {
    const { audio, transcript } = upload.files;
    if (!audio) throw new InputError('missing file field "audio"');
    if (!transcript) throw new InputError('missing file field "transcript"');
    const settings: CallSettings = {
      policy: readJsonField(upload.fields.policy, policySchema, 'policy'),
      audio: readJsonField(upload.fields.audio_options, audioSettingsSchema, 'audio_options'),
    };
    const callbackUrl = readCallbackUrl(upload.fields.callback_url, deps.webhooksEnabled);
    await checkAudio(audio.path, deps.tools);
    await checkTranscript(transcript);

    const id = callIdFromHashes({
      audioSha256: audio.sha256,
      transcriptSha256: transcript.sha256,
      settings: { tenant: principal.tenant, ...settings },
    });
    const keys = callStorageKeys(id);
    const existing = await getCall(deps.db, id);
    if (existing && existing.state !== 'failed') {
      await removeQuietly(temps);
      // A call recorded while Redis was down gets another enqueue attempt; live or done calls nothing.
      if (existing.state === 'received')
        await enqueue(deps, id, existing.lane as Lane, keys, principal.tenant);
      return { id, created: false };
    }

    const policyFile = await writeTempFile(deps.incomingDir, canonicalJson(settings));
    temps.push(policyFile.path);
    await commitFiles(deps.storageDir, [
      { from: audio.path, key: keys.audioKey },
      { from: transcript.path, key: keys.transcriptKey },
      { from: policyFile.path, key: keys.policyKey },
    ]);
    if (existing) {
      // Failed before: start over (enqueueCall replaces the failed job).
      await resetForRetry(deps.db, id);
    } else {
      await recordCall(deps.db, {
        callId: id,
        tenant: principal.tenant,
        ownerKeyId: principal.id,
        lane,
        callbackUrl,
        ...keys,
      });
    }
    await enqueue(deps, id, existing ? (existing.lane as Lane) : lane, keys, principal.tenant);
    return { id, created: !existing };
  } catch (err) {
    await removeQuietly(temps);
    throw err;
  }
}

async function enqueue(
  deps: SubmitDeps,
  id: string,
  lane: Lane,
  keys: ReturnType<typeof callStorageKeys>,
  tenant: string,
): Promise<void> {
  try {
    await enqueueCall(deps.queues, lane, { callId: id, tenant, ...keys });
  } catch (err) {
    if (!(err instanceof UnavailableError)) throw err;
    deps.logger.warn({ callId: id }, 'queue unavailable; call recorded for the reconciler');
    throw new UnavailableError(
      'the job queue is unavailable; the upload is stored and will be processed later',
      {
        details: { id },
      },
    );
  }
  await markQueued(deps.db, id);
}

/** A JSON text field validated by `schema`; errors name the field paths and codes, never values. */
function readJsonField<T extends z.ZodType>(raw: string | undefined, schema: T, field: string): z.infer<T> {
  let json: unknown = {};
  if (raw !== undefined && raw.trim() !== '') {
    try {
      json = JSON.parse(raw);
    } catch {
      throw new InputError(`${field}: not valid JSON`);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      `invalid ${field}: ${describeIssues(parsed.error.issues, [field]).join('; ') || 'schema violation'}`,
    );
  }
  return parsed.data;
}

/**
 * "path (code)" per issue; paths and codes only, because zod messages may echo values. For a union
 * the branch that got furthest explains the problem best (an operator object, not `false`).
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): string[] {
  return issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: z.core.$ZodIssue[]): number => Math.max(0, ...branch.map((i) => i.path.length));
      const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      return describeIssues(best, at);
    }
    return [`${at.map(String).join('.')} (${issue.code})`];
  });
}

function readCallbackUrl(raw: string | undefined, enabled: boolean): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (!enabled) throw new InputError('callback_url: webhooks are not configured on this server');
  const parsed = callbackUrlSchema.safeParse(raw.trim());
  if (!parsed.success) throw new InputError('callback_url: must be an http(s) URL');
  return parsed.data;
}

async function checkAudio(file: string, tools: FfmpegTools): Promise<void> {
  const type = await fileTypeFromFile(file);
  if (!type || !(type.mime.startsWith('audio/') || AUDIO_CONTAINERS.has(type.mime))) {
    throw new UnsupportedMediaError(`audio: unsupported media type (${type?.mime ?? 'unknown'})`);
  }
  try {
    await probeAudio(file, tools);
  } catch (err) {
    if (err instanceof CallRedactError && err.httpStatus < 500) throw err;
    throw new AudioError('audio: cannot be decoded', { cause: err });
  }
}

async function checkTranscript(upload: TempUpload): Promise<void> {
  if (upload.bytes > MAX_TRANSCRIPT_BYTES) throw new PayloadTooLargeError('transcript: larger than 256 MiB');
  const raw = await fs.readFile(upload.path, 'utf8');
  let parsed;
  try {
    parsed = parseTranscript(raw, { source: 'transcript' });
  } catch (err) {
    if (err instanceof CallRedactError) throw err;
    throw new TranscriptError('transcript: cannot be parsed', { cause: err });
  }
  if (parsed.transcript.words.length === 0) throw new TranscriptError('transcript: no words');
  if (parsed.timing === 'none') {
    throw new TranscriptError(
      `transcript: no timings (${parsed.format}); audio redaction needs word timings`,
    );
  }
}
