/**
 * Accepting a call, whoever brings it (an API upload, an archive run): validate the received
 * files (audio type from its bytes, then ffprobe; the transcript parsed by its adapter) and the
 * settings, derive the call id, make the upload durable, record it in the ledger, enqueue it
 * through the CallQueue port. Nothing is enqueued for invalid input. When the queue is down the
 * call stays recorded (the reconciler enqueues it later) and an UnavailableError names its id.
 * The received temp files belong to intake from here on: they are moved or removed.
 */
import fs from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import type { Logger } from 'pino';
import { z } from 'zod';
import { NO_ENGINE_MESSAGE } from '../asr/from-config.js';
import { checkWordTimes, probeAudio, type AudioInfo, type FfmpegTools } from '../audio/index.js';
import type { Db } from '../db/database.js';
import {
  AudioError,
  AudioProcessingError,
  CallRedactError,
  InputError,
  PayloadTooLargeError,
  TranscriptError,
  UnavailableError,
  UnsupportedMediaError,
} from '../errors.js';
import { policySchema } from '../policy.js';
import type { ObjectStore } from '../storage/store.js';
import {
  callStorageKeys,
  removeQuietly,
  writeTempFile,
  type CallStorageKeys,
  type TempUpload,
} from '../storage/uploads.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import type { ParsedTranscript, TranscriptFormat } from '../transcript/adapters/types.js';
import { checkCallbackUrl, PUBLIC_ONLY, type CallbackPolicy } from '../net/callback-target.js';
import { callId, canonicalJson } from './call-id.js';
import { laneOf, type Lane } from './job.js';
import { getCall, markQueued, recordCall, resetForRetry } from './ledger.js';
import type { CallQueue } from './ports.js';
import { addTags, parseTags } from './tags.js';
import { audioOptionsFrom, audioSettingsSchema, validated, type CallSettings } from './settings.js';

export interface IntakeDeps {
  db: Db;
  queue: CallQueue;
  /** raw uploads and outputs (a folder or a bucket) */
  store: ObjectStore;
  /** local folder for files being received and checked (STORAGE_DIR/raw/.incoming) */
  incomingDir: string;
  tools: FfmpegTools;
  logger: Logger;
  /** webhooks are only sent signed; without a secret a callback URL is refused */
  webhooksEnabled: boolean;
  /** the configured speech-to-text engine; null: audio without a transcript is refused */
  transcriber?: { engine: string; model: string | null } | null;
  /** which receivers a callback URL may name (default: public addresses only) */
  callbackPolicy?: CallbackPolicy;
}

export interface CallSubmission {
  tenant: string;
  /** the API key (or CLI actor) that submitted it; uploaders see only their own calls */
  ownerKeyId: string;
  lane: Lane;
  /** received files, already hashed and fsynced in the incoming folder */
  audio: TempUpload | undefined;
  transcript: TempUpload | undefined;
  /** the transcript's format when its file name told it (.txt, .srt, .vtt); absent: detected */
  transcriptFormat?: TranscriptFormat | undefined;
  /** policy and audio options as JSON text (an upload's form fields, a policy file); absent: defaults */
  policyJson?: string | undefined;
  audioOptionsJson?: string | undefined;
  callbackUrl?: string | undefined;
  /** labels for the calls list (src/calls/tags.ts): the form field's text, or a list */
  tags?: string | string[] | undefined;
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

export async function submitCall(deps: IntakeDeps, call: CallSubmission): Promise<Submission> {
  const temps = [call.audio?.path, call.transcript?.path].filter((p): p is string => p !== undefined);
  try {
    const { audio, transcript, transcriptFormat } = call;
    // a transcript alone is a transcript-only call, as `callredact redact` makes of one
    if (!audio && !transcript)
      throw new InputError('missing file field "audio" (or "transcript" alone for a transcript-only call)');
    if (!transcript && !deps.transcriber)
      throw new InputError(`missing file field "transcript": ${NO_ENGINE_MESSAGE}`);
    if (!audio && call.audioOptionsJson?.trim())
      throw new InputError('audio_options: a call without audio takes no audio options');
    const settings: CallSettings = {
      policy: validated(policySchema, jsonText(call.policyJson, 'policy'), 'policy'),
      audio: audio
        ? validated(audioSettingsSchema, jsonText(call.audioOptionsJson, 'audio_options'), 'audio_options')
        : null,
      ...(transcript ? {} : { transcriber: deps.transcriber! }),
      ...(transcript && transcriptFormat ? { transcript_format: transcriptFormat } : {}),
    };
    const tags = parseTags(call.tags);
    const callbackUrl = readCallbackUrl(call.callbackUrl, deps.webhooksEnabled);
    if (callbackUrl) await checkCallbackUrl(callbackUrl, deps.callbackPolicy ?? PUBLIC_ONLY);
    const audioInfo = audio ? await checkAudio(audio.path, deps.tools) : null;
    const parsed = transcript
      ? await checkTranscript(transcript, settings.transcript_format, Boolean(audio))
      : null;
    // words past the end of the audio (a transcript of another call): refused here, not in the worker
    if (audioInfo && parsed && parsed.timing !== 'none') checkWordTimes(parsed.transcript.words, audioInfo);

    const identity = {
      audioSha256: audio?.sha256 ?? null,
      transcriptSha256: transcript?.sha256 ?? null,
      tenant: call.tenant,
      policy: settings.policy,
      audio: settings.audio ? audioOptionsFrom(settings.audio) : null,
      transcriber: settings.transcriber,
      // the same bytes named .txt or .srt are different calls
      format: settings.transcript_format,
    };
    let id = callId(identity);
    let existing = await getCall(deps.db, id);
    if (existing && existing.owner_key_id !== call.ownerKeyId) {
      // the same content from another key: that call is not this uploader's to read (nor to know
      // of), so it gets a call of its own, keyed by its owner too; same answer, same 202
      id = callId({ ...identity, owner: call.ownerKeyId });
      existing = await getCall(deps.db, id);
    }
    const keys = callStorageKeys(id);
    if (existing && existing.state !== 'failed') {
      await removeQuietly(temps);
      await addTags(deps.db, existing, tags);
      // A call recorded while the queue was down gets another enqueue attempt; live or done calls nothing.
      if (existing.state === 'received') await enqueue(deps, id, laneOf(existing.lane), keys, call.tenant);
      return { id, created: false };
    }

    const settingsFile = await writeTempFile(deps.incomingDir, canonicalJson(settings));
    temps.push(settingsFile.path);
    // durable once this returns: renamed + fsynced into a folder, or uploaded to the bucket;
    // without a transcript, the transcript key is where the worker keeps the transcription
    if (audio) await deps.store.putFile(keys.audioKey, audio.path, { move: true });
    if (transcript) await deps.store.putFile(keys.transcriptKey, transcript.path, { move: true });
    await deps.store.putFile(keys.policyKey, settingsFile.path, { move: true });
    if (existing) {
      // Failed before: start over (enqueueing replaces the failed job).
      await resetForRetry(deps.db, id);
    } else {
      await recordCall(deps.db, {
        callId: id,
        tenant: call.tenant,
        ownerKeyId: call.ownerKeyId,
        lane: call.lane,
        callbackUrl,
        ...keys,
      });
    }
    const recorded = existing ?? (await getCall(deps.db, id));
    if (recorded) await addTags(deps.db, recorded, tags);
    await enqueue(deps, id, existing ? laneOf(existing.lane) : call.lane, keys, call.tenant);
    return { id, created: !existing };
  } catch (err) {
    await removeQuietly(temps);
    throw err;
  }
}

async function enqueue(
  deps: IntakeDeps,
  id: string,
  lane: Lane,
  keys: CallStorageKeys,
  tenant: string,
): Promise<void> {
  try {
    await deps.queue.enqueue(lane, { callId: id, tenant, ...keys });
  } catch (err) {
    if (!(err instanceof UnavailableError)) throw err;
    deps.logger.warn({ callId: id }, 'queue unavailable; call recorded for the reconciler');
    throw new UnavailableError(
      'the job queue is unavailable; the upload is stored and will be processed later',
      { details: { id } },
    );
  }
  await markQueued(deps.db, id);
}

/** Parsed JSON text; `{}` when absent or blank. */
function jsonText(raw: string | undefined, field: string): unknown {
  if (raw === undefined || raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new InputError(`${field}: not valid JSON`);
  }
}

function readCallbackUrl(raw: string | undefined, enabled: boolean): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (!enabled) throw new InputError('callback_url: webhooks are not configured on this server');
  const parsed = callbackUrlSchema.safeParse(raw.trim());
  if (!parsed.success) throw new InputError('callback_url: must be an http(s) URL');
  return parsed.data;
}

async function checkAudio(file: string, tools: FfmpegTools): Promise<AudioInfo> {
  const type = await fileTypeFromFile(file);
  if (!type || !(type.mime.startsWith('audio/') || AUDIO_CONTAINERS.has(type.mime))) {
    throw new UnsupportedMediaError(`audio: unsupported media type (${type?.mime ?? 'unknown'})`);
  }
  try {
    return await probeAudio(file, tools);
  } catch (err) {
    if (err instanceof CallRedactError && err.httpStatus < 500) throw err;
    // ffprobe gave no verdict (killed by its timeout on a busy machine): the client may try again
    if (err instanceof AudioProcessingError)
      throw new UnavailableError('audio: could not be checked in time; try again', { cause: err });
    throw new AudioError('audio: cannot be decoded', { cause: err });
  }
}

async function checkTranscript(
  upload: TempUpload,
  format: TranscriptFormat | undefined,
  withAudio: boolean,
): Promise<ParsedTranscript> {
  if (upload.bytes > MAX_TRANSCRIPT_BYTES) throw new PayloadTooLargeError('transcript: larger than 256 MiB');
  const raw = await fs.readFile(upload.path, 'utf8');
  let parsed;
  try {
    parsed = parseTranscript(raw, { source: 'transcript', ...(format ? { format } : {}) });
  } catch (err) {
    if (err instanceof CallRedactError) throw err;
    throw new TranscriptError('transcript: cannot be parsed', { cause: err });
  }
  if (parsed.transcript.words.length === 0) throw new TranscriptError('transcript: no words');
  if (withAudio && parsed.timing === 'none') {
    throw new TranscriptError(
      `transcript: no timings (${parsed.format}); audio redaction needs word timings (send the transcript alone for a transcript-only call)`,
    );
  }
  return parsed;
}
