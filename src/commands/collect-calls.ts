/**
 * Finds the calls a `redact` run works on: one audio file + --transcript, a lone transcript
 * (transcript-only), or a folder where audio and transcript files are paired by base name
 * (call-17.wav + call-17.json). Folder entries that cannot be paired become failures of their own
 * so the rest of the folder still runs.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';

export const AUDIO_EXTENSIONS = ['.wav', '.mp3', '.flac', '.ogg', '.opus', '.m4a', '.aac', '.mp4'];
export const TRANSCRIPT_EXTENSIONS = ['.json', '.vtt', '.srt', '.txt'];

export interface CallJob {
  /** base name: names the output folder */
  name: string;
  audioPath?: string;
  transcriptPath?: string;
}

const extOf = (file: string): string => path.extname(file).toLowerCase();
const isAudio = (file: string): boolean => AUDIO_EXTENSIONS.includes(extOf(file));
const isTranscript = (file: string): boolean => TRANSCRIPT_EXTENSIONS.includes(extOf(file));

async function statOrThrow(file: string, what: string) {
  try {
    return await fs.stat(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export async function collectCalls(input: string, transcript?: string): Promise<CallJob[]> {
  const stat = await statOrThrow(input, 'input');
  if (stat.isDirectory()) {
    if (transcript) throw new InputError('--transcript cannot be combined with a folder input');
    return collectFolder(input);
  }
  const name = path.basename(input, path.extname(input));
  if (transcript) {
    await statOrThrow(transcript, 'transcript');
    return [{ name, audioPath: input, transcriptPath: transcript }];
  }
  if (isAudio(input)) {
    // a transcript beside the audio, as in folder mode; none: the audio is transcribed (if an engine is set)
    const sibling = await findSibling(input, TRANSCRIPT_EXTENSIONS);
    return [sibling ? { name, audioPath: input, transcriptPath: sibling } : { name, audioPath: input }];
  }
  return [{ name, transcriptPath: input }];
}

async function findSibling(file: string, extensions: readonly string[]): Promise<string | undefined> {
  const base = file.slice(0, file.length - path.extname(file).length);
  for (const ext of extensions) {
    const candidate = base + ext;
    if (
      await fs.stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

async function collectFolder(dir: string): Promise<CallJob[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const byName = new Map<string, CallJob>();
  for (const file of entries) {
    if (!isAudio(file) && !isTranscript(file)) continue;
    const name = path.basename(file, path.extname(file));
    const job = byName.get(name) ?? { name };
    const full = path.join(dir, file);
    if (isAudio(file)) job.audioPath ??= full;
    else job.transcriptPath ??= full;
    byName.set(name, job);
  }
  if (byName.size === 0) throw new InputError(`${dir}: no audio or transcript files found`);
  return [...byName.values()];
}
