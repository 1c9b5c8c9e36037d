/**
 * The one call-id recipe, used by `callredact redact`, by intake (API uploads) and so by archive
 * runs: sha256 over the audio's hash, the transcript's hash and the canonical JSON (RFC 8785, the
 * `canonicalize` package) of everything that shapes the outputs: policy, audio options, forced
 * transcript format, tenant. The same inputs always give the same id, so outputs, vault
 * occurrences and queue jobs are idempotent (at-least-once delivery is normal).
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { DEFAULT_TENANT } from '../config.js';
import { InputError } from '../errors.js';
import type { AudioOptions } from '../pipeline/redact-call.js';
import type { Policy } from '../policy.js';
import { sha256File } from '../storage/publish.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';

export interface CallIdentity {
  /** null: transcript-only redaction */
  audioSha256: string | null;
  /** null: the audio is transcribed (then `transcriber` names the engine) */
  transcriptSha256: string | null;
  tenant: string;
  policy: Policy;
  /** null: transcript-only redaction */
  audio: AudioOptions | null;
  /** a forced transcript format; undefined when detected */
  format?: TranscriptFormat | undefined;
  /** engine and model that transcribe a call sent without a transcript; absent otherwise */
  transcriber?: { engine: string; model: string | null } | undefined;
  /**
   * The submitting key, only when another key already holds the call of the same content (intake):
   * each uploader then gets a call of its own. Absent from every other id.
   */
  owner?: string | undefined;
}

/**
 * RFC 8785 JSON: sorted keys, no whitespace, ECMAScript number forms. Refuses what has no canonical
 * form (NaN, Infinity, lone surrogates) with an InputError, because such values come from input.
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (err) {
    throw new InputError('settings: a value has no canonical JSON form (NaN, Infinity or a lone surrogate)', {
      cause: err,
    });
  }
  if (text === undefined) throw new InputError('settings: nothing to serialise');
  return text;
}

export function callId(identity: CallIdentity): string {
  const { audioSha256, transcriptSha256, tenant, ...settings } = identity;
  // The default tenant is left out, so ids of single-tenant runs stay what they were before the
  // tenant joined the recipe; any other tenant is part of the id (two tenants never share a call).
  const shaping = tenant === DEFAULT_TENANT ? settings : { ...settings, tenant };
  return createHash('sha256')
    .update(`callredact/v1\n${audioSha256 ?? '-'}\n${transcriptSha256 ?? '-'}\n${canonicalJson(shaping)}`)
    .digest('hex')
    .slice(0, 32);
}

/** callId for files on disk (hashes them first). */
export async function callIdForFiles(
  files: { audioPath: string | undefined; transcriptPath: string | undefined },
  identity: Omit<CallIdentity, 'audioSha256' | 'transcriptSha256'>,
): Promise<string> {
  return callId({
    ...identity,
    audioSha256: files.audioPath ? await sha256File(files.audioPath) : null,
    transcriptSha256: files.transcriptPath ? await sha256File(files.transcriptPath) : null,
  });
}
