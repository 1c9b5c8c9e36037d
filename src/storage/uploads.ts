/**
 * Raw uploads on local disk. Incoming files stream to STORAGE_DIR/raw/.incoming/ under random
 * names while their sha256 is computed, are fsynced, and are moved to their content-derived place
 * (raw/<call id>/...) only when the whole request was valid. Client file names never reach a path.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TempUpload {
  path: string;
  sha256: string;
  bytes: number;
}

/** Storage keys of one call: paths relative to STORAGE_DIR, derived from the call id only. */
export interface CallStorageKeys {
  audioKey: string;
  transcriptKey: string;
  policyKey: string;
  outputKey: string;
}

export function callStorageKeys(callId: string): CallStorageKeys {
  return {
    audioKey: `raw/${callId}/audio`,
    transcriptKey: `raw/${callId}/transcript`,
    policyKey: `raw/${callId}/policy.json`,
    outputKey: `outputs/${callId}`,
  };
}

/** Absolute path of a storage key; keys never climb out of the storage root. */
export function resolveStorageKey(storageDir: string, key: string): string {
  const root = path.resolve(storageDir);
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error('storage key outside the storage root');
  return full;
}

export function incomingDir(storageDir: string): string {
  return path.join(path.resolve(storageDir), 'raw', '.incoming');
}

/** Streams `source` to a new random file in `dir`, hashing on the way, and fsyncs it. */
export async function streamToTempFile(source: Readable, dir: string): Promise<TempUpload> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // The source is piped in, not handed to pipeline(): when the write fails (a full volume), the
  // rest of it is read and dropped instead of the source being destroyed. A destroyed busboy file
  // stream stalls the whole request (busboy waits for it to read again), so the client got no
  // answer until the idle timeout instead of its 507.
  const feed = new PassThrough();
  // (kept for the stream's life: an error after a failed write must not go unhandled)
  source.on('error', (err) => feed.destroy(err));
  source.once('close', () => {
    if (!source.readableEnded) feed.destroy(new Error('upload stream closed before its end'));
  });
  source.pipe(feed);
  const sink = createWriteStream(file, { mode: 0o640, flush: true });
  try {
    await pipeline(feed, tap, sink);
  } catch (err) {
    source.unpipe(feed);
    if (!source.destroyed) source.resume();
    // pipeline can reject before the file stream's asynchronous open has finished; removing the
    // file then would let the open create it again afterwards and leave the partial upload behind
    if (!sink.closed) await new Promise<void>((closed) => sink.once('close', () => closed()));
    await fs.rm(file, { force: true });
    throw err;
  }
  return { path: file, sha256: hash.digest('hex'), bytes };
}

export async function writeTempFile(dir: string, data: string): Promise<TempUpload> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, randomUUID());
  const handle = await fs.open(file, 'w', 0o640);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    // a full volume: no partial file stays behind
    await handle.close();
    await fs.rm(file, { force: true });
    throw err;
  }
  await handle.close();
  return {
    path: file,
    sha256: createHash('sha256').update(data).digest('hex'),
    bytes: Buffer.byteLength(data),
  };
}

export async function removeQuietly(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f, { force: true })));
}
