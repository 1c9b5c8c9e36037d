/**
 * Anonymised identifiers of one export. Calls and speakers get ids derived from the export seed
 * and the call's content id (sha256), so the same input and seed give the same ids (and bytes),
 * while an export made with another seed cannot be linked to this one by id. Source folder names
 * and speaker labels never reach an export.
 *
 * Kaldi needs utterance ids prefixed by their speaker id, all of one length, so that sorting
 * utterances (C locale) also sorts speakers: `<speaker>-<call>-<nnnn>`.
 */
import { createHash } from 'node:crypto';

const hex = (parts: readonly (string | number)[], chars: number): string =>
  createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, chars);

export function callAlias(seed: number, callId: string): string {
  return `c${hex(['call', seed, callId], 12)}`;
}

export function speakerAlias(seed: number, callId: string, speaker: string): string {
  return `s${hex(['speaker', seed, callId, speaker], 12)}`;
}

export function utteranceId(speaker: string, call: string, index: number): string {
  return `${speaker}-${call}-${String(index).padStart(4, '0')}`;
}
