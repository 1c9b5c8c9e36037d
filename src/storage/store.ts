/**
 * The one storage interface behind raw uploads, published outputs and archive runs. Keys are
 * relative, slash-separated paths ("raw/<id>/audio", "outputs/<id>/report.json"); a backend maps
 * them onto a local folder (folder-store.ts) or an S3-compatible bucket prefix (s3-store.ts).
 *
 * Everything streams: objects are written from streams or local files and read as streams, never
 * held whole in memory. Listings are paged with a cursor (the last key of the previous page), so a
 * caller holds one bounded page at a time whatever the size of the store.
 *
 * Publishing a call is atomic on every backend: artefacts are written into a staging area
 * (`stage()`), and `publish()` makes them visible with the manifest written last. A reader that
 * finds a manifest finds a complete set; a failed call leaves the published set as it was.
 */
import type { Readable } from 'node:stream';
import { InputError, NotFoundError } from '../errors.js';

/** Bytes start..end of an object, both inclusive (HTTP Range semantics). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface ObjectInfo {
  key: string;
  bytes: number;
  /**
   * In listings and `stat`: what changes when the object is rewritten (the ETag on S3, the
   * modification time on a folder). Archive re-runs compare it to skip unchanged calls without
   * reading them.
   */
  version?: string | undefined;
  /** In listings: when the object was last written (ms since the epoch); retention compares it. */
  modifiedMs?: number | undefined;
}

export interface ListPage {
  objects: ObjectInfo[];
  /** pass back to get the next page; null after the last page */
  cursor: string | null;
}

export interface ListOptions {
  /** continue after this cursor (from a previous page) */
  cursor?: string | null | undefined;
  /** at most this many objects per page (a backend may return fewer) */
  limit?: number | undefined;
}

/** A call's artefacts being written: local files, published together by `publish`. */
export interface Staging {
  /** Local path where artefact `name` (a plain file name) is to be written. */
  pathFor(name: string): string;
  write(name: string, data: string | Uint8Array): Promise<string>;
  /** Makes the artefacts visible under the target prefix, manifest last; returns the manifest. */
  publish(callId: string): Promise<Manifest>;
  discard(): Promise<void>;
}

export const MANIFEST_FILE = 'manifest.json';

export interface ArtefactEntry {
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  version: 1;
  callId: string;
  artefacts: Record<string, ArtefactEntry>;
  /**
   * Object stores cannot rename: there the artefacts live under a version prefix (relative to the
   * call's prefix) and the manifest names it. Absent: the artefacts sit beside the manifest.
   */
  base?: string;
}

export interface ObjectStore {
  /** where the store points, for messages and logs (never credentials) */
  readonly description: string;
  /** Writes an object from a stream (multipart for large objects on S3). */
  put(key: string, body: Readable | string | Uint8Array): Promise<void>;
  /** Copies a local file in as `key`; with `move` the local file is gone afterwards. */
  putFile(key: string, file: string, options?: { move?: boolean }): Promise<void>;
  /**
   * The object as a stream, or only bytes range.start..range.end (inclusive, as in HTTP Range);
   * NotFoundError when there is none.
   */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Size (and version) of the object, or null when there is none. */
  stat(key: string): Promise<ObjectInfo | null>;
  /** One page of the objects whose keys start with `prefix`, in key order. */
  list(prefix: string, options?: ListOptions): Promise<ListPage>;
  /** Deletes the object; no error when there is none. */
  delete(key: string): Promise<void>;
  /** Deletes every object under `prefix` (a folder-like prefix ending in "/"). */
  deletePrefix(prefix: string): Promise<void>;
  /** A local path holding the object, when the backend is a local folder; null otherwise. */
  localPath(key: string): string | null;
  /** A staging area for a call's artefacts, published under `prefix` (see Staging). */
  stage(prefix: string): Promise<Staging>;
  /** Checks that the store answers and accepts writes (readiness). */
  probe(): Promise<void>;
  close(): Promise<void>;
}

// eslint-disable-next-line no-control-regex
const KEY = /^[^\\\u0000-\u001f\u007f]+$/;

/**
 * Refuses keys that could climb out of a prefix or that backends would treat differently:
 * absolute paths, `..` and hidden segments, empty segments, backslashes, control characters.
 */
export function checkKey(key: string): string {
  if (
    key.length === 0 ||
    key.length > 1024 ||
    !KEY.test(key) ||
    // dot-segments are refused: ".." climbs, and hidden names are the backends' own (staging, temp files)
    key.split('/').some((part) => part === '' || part.startsWith('.'))
  ) {
    throw new InputError('storage key is not a plain relative path');
  }
  return key;
}

/** Every object under `prefix`, page by page: memory holds one page, whatever the listing size. */
export async function* listAll(
  store: Pick<ObjectStore, 'list'>,
  prefix: string,
  options: { pageSize?: number; cursor?: string | null } = {},
): AsyncGenerator<ObjectInfo & { cursor: string }> {
  let cursor = options.cursor ?? null;
  for (;;) {
    const page = await store.list(prefix, { cursor, limit: options.pageSize ?? 1000 });
    for (const object of page.objects) yield { ...object, cursor: object.key };
    if (page.cursor === null) return;
    cursor = page.cursor;
  }
}

/** Reads a whole (small) object as text: manifests, settings, reports. */
export async function readText(store: ObjectStore, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.get(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Key of artefact `name` of the call published under `prefix`. */
export function artefactKey(prefix: string, manifest: Manifest, name: string): string {
  const entry = manifest.artefacts[name];
  if (!entry) throw new InputError(`manifest names no artefact ${name}`);
  return [prefix, manifest.base, entry.file].filter((p) => p !== undefined && p !== '').join('/');
}

/** The manifest published under `prefix`, or null when nothing (complete) is published there. */
export async function readPublishedManifest(store: ObjectStore, prefix: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readText(store, `${prefix}/${MANIFEST_FILE}`)) as Manifest;
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}
