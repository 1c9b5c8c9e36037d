/**
 * Pairs audio and transcripts of a streamed listing by base name (the key without its last
 * extension): `a/call-1.wav` + `a/call-1.json` is one call; a transcript alone is a
 * transcript-only call; an audio file alone is an audio-only call when a speech-to-text engine
 * is configured (`audioOnly`), else unpaired; several transcripts or several audio files for one
 * name, and files of other types are reported as unpaired. A listing in key order keeps all keys
 * of one base name together, so only the names still open are held: memory stays bounded
 * whatever the size of the listing.
 */
import type { ObjectInfo } from '../storage/store.js';

export const AUDIO_EXTENSIONS = [
  '.wav',
  '.mp3',
  '.flac',
  '.ogg',
  '.opus',
  '.m4a',
  '.mp4',
  '.aac',
  '.webm',
  '.au',
];
export const TRANSCRIPT_EXTENSIONS = ['.json', '.vtt', '.srt', '.txt'];

export type Group =
  | {
      kind: 'call';
      name: string;
      audioKey: string | null;
      /** null: audio only, transcribed by the configured engine */
      transcriptKey: string | null;
      lastKey: string;
    }
  | { kind: 'unpaired'; name: string; keys: string[]; reason: string; lastKey: string };

function split(key: string): { base: string; ext: string } {
  const slash = key.lastIndexOf('/');
  const dot = key.lastIndexOf('.');
  return dot > slash + 1
    ? { base: key.slice(0, dot), ext: key.slice(dot).toLowerCase() }
    : { base: key, ext: '' };
}

function close(base: string, keys: string[], audioOnly: boolean): Group {
  const lastKey = keys[keys.length - 1]!;
  const audio = keys.filter((k) => AUDIO_EXTENSIONS.includes(split(k).ext));
  const transcripts = keys.filter((k) => TRANSCRIPT_EXTENSIONS.includes(split(k).ext));
  const other = keys.length - audio.length - transcripts.length;
  if (other > 0)
    return { kind: 'unpaired', name: base, keys, reason: 'not an audio or transcript file', lastKey };
  if (transcripts.length > 1)
    return { kind: 'unpaired', name: base, keys, reason: 'several transcripts', lastKey };
  if (audio.length > 1) return { kind: 'unpaired', name: base, keys, reason: 'several audio files', lastKey };
  if (transcripts.length === 0) {
    if (audioOnly) return { kind: 'call', name: base, audioKey: audio[0]!, transcriptKey: null, lastKey };
    return { kind: 'unpaired', name: base, keys, reason: 'audio without transcript', lastKey };
  }
  return { kind: 'call', name: base, audioKey: audio[0] ?? null, transcriptKey: transcripts[0]!, lastKey };
}

/** Groups of a listing in key order; each group is complete when yielded. */
export async function* pairListing(
  listing: AsyncIterable<ObjectInfo>,
  options: { audioOnly?: boolean } = {},
): AsyncGenerator<Group> {
  const audioOnly = options.audioOnly ?? false;
  // open base names, in the order first seen (which is key order)
  const open = new Map<string, string[]>();
  for await (const { key } of listing) {
    for (const [base, keys] of open) {
      if (key.startsWith(`${base}.`)) break;
      open.delete(base);
      yield close(base, keys, audioOnly);
    }
    const { base } = split(key);
    const keys = open.get(base);
    if (keys) keys.push(key);
    else open.set(base, [key]);
  }
  for (const [base, keys] of open) yield close(base, keys, audioOnly);
}
