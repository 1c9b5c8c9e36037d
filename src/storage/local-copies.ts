/**
 * ffprobe, ffmpeg and the PCM engine read local files. On a folder store the objects are local
 * already; on a bucket they are streamed to a private scratch folder for the time of `fn` and
 * removed afterwards, whatever happens. Scratch names are random (keys never become file names)
 * plus the key's extension.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { makeScratchDir, removeScratchDir } from '../proc/scratch.js';
import type { ObjectStore } from './store.js';

export async function withLocalFiles<T>(
  store: ObjectStore,
  keys: readonly string[],
  scratchDir: string,
  fn: (files: string[]) => Promise<T>,
): Promise<T> {
  const direct = keys.map((key) => store.localPath(key));
  if (direct.every((p): p is string => p !== null)) return fn(direct);
  await fs.mkdir(scratchDir, { recursive: true, mode: 0o700 });
  const dir = await makeScratchDir(path.join(scratchDir, 'job-'));
  try {
    const files: string[] = [];
    for (const key of keys) {
      // the extension is kept: transcript formats such as .txt, .srt and .vtt are told by it
      const ext = path.extname(key);
      const file = path.join(dir, randomUUID() + (/^\.[A-Za-z0-9]{1,8}$/.test(ext) ? ext : ''));
      await pipeline(await store.get(key), createWriteStream(file, { mode: 0o600 }));
      files.push(file);
    }
    return await fn(files);
  } finally {
    await removeScratchDir(dir);
  }
}

/**
 * A transcription kept at `key` between attempts of one call. On a folder store `fn` reads and
 * writes the object's own file; on a bucket it works on a scratch copy (downloaded when an
 * earlier attempt kept one) that is uploaded afterwards, also when `fn` fails later on, so a retry
 * reuses the transcription instead of transcribing again.
 */
export async function withKeptTranscription<T>(
  store: ObjectStore,
  key: string,
  scratchDir: string,
  fn: (cachePath: string) => Promise<T>,
): Promise<T> {
  const direct = store.localPath(key);
  if (direct !== null) {
    await fs.mkdir(path.dirname(direct), { recursive: true });
    return fn(direct);
  }
  await fs.mkdir(scratchDir, { recursive: true, mode: 0o700 });
  const dir = await makeScratchDir(path.join(scratchDir, 'asr-'));
  const file = path.join(dir, `${randomUUID()}.json`);
  const kept = (await store.stat(key)) !== null;
  try {
    if (kept) await pipeline(await store.get(key), createWriteStream(file, { mode: 0o600 }));
    return await fn(file);
  } finally {
    if (!kept && existsSync(file)) await store.putFile(key, file);
    await removeScratchDir(dir);
  }
}
