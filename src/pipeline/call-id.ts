/**
 * Call ids derive from content: sha256 over the audio's hash, the transcript's hash and the
 * canonical policy. The same inputs always give the same id, so outputs, vault occurrences and
 * queue jobs are idempotent (at-least-once delivery is normal).
 */
import { createHash } from 'node:crypto';
import { sha256File } from '../storage/publish.js';

/** JSON with object keys sorted, so equal policies hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function callIdFromHashes(parts: {
  audioSha256: string | null;
  transcriptSha256: string;
  settings: unknown;
}): string {
  return createHash('sha256')
    .update(
      `callredact/v1\n${parts.audioSha256 ?? '-'}\n${parts.transcriptSha256}\n${canonicalJson(parts.settings)}`,
    )
    .digest('hex')
    .slice(0, 32);
}

export async function callIdForFiles(
  audioPath: string | undefined,
  transcriptPath: string,
  settings: unknown,
): Promise<string> {
  return callIdFromHashes({
    audioSha256: audioPath ? await sha256File(audioPath) : null,
    transcriptSha256: await sha256File(transcriptPath),
    settings,
  });
}
