/**
 * Pairs the audio and transcripts of a streamed listing into calls. Each key is matched against
 * the pairing rules: a regular expression for audio keys and one for transcript keys, each with a
 * named group `name` (the call's name). By default the name is the key without its extension:
 * `a/call-1.wav` + `a/call-1.json` is one call. Other layouts are a pair of patterns away, e.g.
 * `^(?<name>.+)-audio\.wav$` and `^(?<name>.+)-transcript\.json$`.
 *
 * A transcript alone is a transcript-only call; an audio file alone is an audio-only call when a
 * speech-to-text engine is configured (`audioOnly`); otherwise an audio file alone, several transcripts or
 * several audio files for one name, and files that match neither rule (grouped by their key
 * without extension) are reported as unpaired. Keys of one call must lie within `window` keys of
 * each other in key order (the listing's order); only the names of that window are held, so memory
 * stays bounded whatever the size of the listing.
 */
import { InputError } from '../errors.js';
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

export interface PairingRules {
  /** regular expression (case-insensitive) for audio keys, with a named group `name` */
  audio: string;
  /** the same for transcript keys */
  transcript: string;
  /** how many keys after a call's first key its other files may come (default 1000) */
  window?: number | undefined;
}

const alternatives = (exts: string[]): string => exts.map((e) => e.slice(1)).join('|');

export const DEFAULT_PAIRING: Required<PairingRules> = {
  audio: `^(?<name>.+)\\.(?:${alternatives(AUDIO_EXTENSIONS)})$`,
  transcript: `^(?<name>.+)\\.(?:${alternatives(TRANSCRIPT_EXTENSIONS)})$`,
  window: 1000,
};

export interface Group {
  kind: 'call' | 'unpaired';
  name: string;
  /** call: the audio key (null for a transcript-only call) */
  audioKey: string | null;
  /** call: the transcript key (null: audio only, transcribed by the configured engine); unpaired: the first key */
  transcriptKey: string | null;
  /** unpaired: why */
  reason: string | null;
  /** the group's keys with their sizes and versions: unchanged files give the same fingerprint */
  fingerprint: string;
  /**
   * Listing cursor that is safe to save once this group and those before it are handled: every
   * key up to it belongs to a group already yielded (null: from the start).
   */
  cursor: string | null;
}

interface Compiled {
  audio: RegExp;
  transcript: RegExp;
  window: number;
}

/** Validates and compiles pairing rules (InputError on a bad pattern). */
export function compilePairing(rules: PairingRules | null | undefined): Compiled {
  const r = { ...DEFAULT_PAIRING, ...(rules ?? {}) };
  const compile = (what: string, source: string): RegExp => {
    let re: RegExp;
    try {
      re = new RegExp(source, 'i');
    } catch {
      throw new InputError(`pairing: the ${what} pattern is not a valid regular expression`);
    }
    if (!source.includes('(?<name>'))
      throw new InputError(`pairing: the ${what} pattern needs a (?<name>...) group`);
    return re;
  };
  if (!Number.isInteger(r.window) || r.window < 1 || r.window > 100_000) {
    throw new InputError('pairing: window must be an integer from 1 to 100000');
  }
  return {
    audio: compile('audio', r.audio),
    transcript: compile('transcript', r.transcript),
    window: r.window,
  };
}

function withoutExtension(key: string): string {
  const slash = key.lastIndexOf('/');
  const dot = key.lastIndexOf('.');
  return dot > slash + 1 ? key.slice(0, dot) : key;
}

type Kind = 'audio' | 'transcript' | 'other';

function classify(key: string, rules: Compiled): { name: string; kind: Kind } {
  for (const kind of ['audio', 'transcript'] as const) {
    const name = rules[kind].exec(key)?.groups?.name;
    if (name) return { name, kind };
  }
  return { name: withoutExtension(key), kind: 'other' };
}

interface Open {
  keys: { key: string; kind: Kind; bytes: number; version: string }[];
  /** the key listed just before this group's first key */
  before: string | null;
  /** index of its first key in the listing */
  first: number;
}

function close(name: string, group: Open, cursor: string | null, audioOnly: boolean): Group {
  const fingerprint = group.keys.map((k) => `${k.key}\u0000${k.bytes}\u0000${k.version}`).join('\u0000');
  const of = (kind: Kind) => group.keys.filter((k) => k.kind === kind).map((k) => k.key);
  const audio = of('audio');
  const transcripts = of('transcript');
  const unpaired = (reason: string): Group => ({
    kind: 'unpaired',
    name,
    audioKey: null,
    transcriptKey: group.keys[0]!.key,
    reason,
    fingerprint,
    cursor,
  });
  if (of('other').length > 0) return unpaired('not an audio or transcript file');
  if (transcripts.length === 0) {
    if (audioOnly && audio.length === 1) {
      return {
        kind: 'call',
        name,
        audioKey: audio[0]!,
        transcriptKey: null,
        reason: null,
        fingerprint,
        cursor,
      };
    }
    return unpaired(audio.length > 1 ? 'several audio files' : 'audio without transcript');
  }
  if (transcripts.length > 1) return unpaired('several transcripts');
  if (audio.length > 1) return unpaired('several audio files');
  return {
    kind: 'call',
    name,
    audioKey: audio[0] ?? null,
    transcriptKey: transcripts[0]!,
    reason: null,
    fingerprint,
    cursor,
  };
}

/** Groups of a listing in key order; each group is complete when yielded. */
export async function* pairListing(
  listing: AsyncIterable<ObjectInfo>,
  rules?: PairingRules | null,
  options: { audioOnly?: boolean } = {},
): AsyncGenerator<Group> {
  const audioOnly = options.audioOnly ?? false;
  const compiled = compilePairing(rules);
  // open names, in the order first seen (Map iteration order)
  const open = new Map<string, Open>();
  let index = 0;
  let last: string | null = null;
  const safeCursor = (): string | null => {
    for (const group of open.values()) return group.before;
    return last;
  };
  for await (const { key, bytes, version } of listing) {
    const { name, kind } = classify(key, compiled);
    const entry = { key, kind, bytes, version: version ?? '' };
    const group = open.get(name);
    if (group) group.keys.push(entry);
    else open.set(name, { keys: [entry], before: last, first: index });
    last = key;
    index++;
    for (const [openName, g] of open) {
      if (index - g.first <= compiled.window) break;
      open.delete(openName);
      yield close(openName, g, safeCursor(), audioOnly);
    }
  }
  for (const [openName, g] of open) {
    open.delete(openName);
    yield close(openName, g, safeCursor(), audioOnly);
  }
}
