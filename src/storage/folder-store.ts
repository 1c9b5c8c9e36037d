/**
 * The local-folder backend (the embedded default, STORAGE_DIR): keys are paths under the root.
 * Writes go to a hidden temp file beside the target, are fsynced and renamed into place, so a
 * reader never sees a partial object. Publishing uses a staging folder beside the call folder and
 * renames (publish.ts). Hidden names (staging folders, temp files, raw/.incoming) are the store's
 * own and never listed.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '../errors.js';
import { StagedOutput } from './publish.js';
import {
  checkKey,
  type ListOptions,
  type ListPage,
  type ObjectInfo,
  type ObjectStore,
  type Staging,
  type ByteRange,
} from './store.js';
import { resolveStorageKey } from './uploads.js';

/** listings resumed by the cursor they stopped at, so paging through a big folder reads it once */
const MAX_OPEN_WALKS = 8;

export class FolderStore implements ObjectStore {
  readonly root: string;
  private readonly walks = new Map<string, AsyncGenerator<ObjectInfo>>();

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  get description(): string {
    return this.root;
  }

  private file(key: string): string {
    return resolveStorageKey(this.root, checkKey(key));
  }

  async put(key: string, body: Readable | string | Uint8Array): Promise<void> {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = tempName(target);
    try {
      const source = typeof body === 'string' || body instanceof Uint8Array ? Readable.from([body]) : body;
      await pipeline(source, createWriteStream(tmp, { mode: 0o640, flush: true }));
      await fs.rename(tmp, target);
    } catch (err) {
      await fs.rm(tmp, { force: true });
      throw err;
    }
  }

  async putFile(key: string, file: string, options: { move?: boolean } = {}): Promise<void> {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (options.move) {
      try {
        await fs.rename(file, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        await this.put(key, createReadStream(file));
        await fs.rm(file, { force: true });
      }
    } else {
      const tmp = tempName(target);
      await fs.copyFile(file, tmp);
      await fs.rename(tmp, target);
    }
    // the folder and its parent: a call's raw folder is new with its first file
    await fsyncDir(path.dirname(target));
    await fsyncDir(path.dirname(path.dirname(target)));
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.file(key);
    // open first, so a missing object fails here and not later inside the stream
    const handle = await fs.open(file, 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'EISDIR') throw new NotFoundError('no such object');
      throw err;
    });
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      throw new NotFoundError('no such object');
    }
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    const stat = await fs.stat(this.file(key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
      throw err;
    });
    return stat?.isFile() ? { key, bytes: stat.size, version: String(stat.mtimeMs) } : null;
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    const limit = Math.max(1, options.limit ?? 1000);
    const cursor = options.cursor ?? null;
    const resumeKey = `${prefix}\u0000${cursor ?? ''}`;
    let walk = this.walks.get(resumeKey);
    this.walks.delete(resumeKey);
    walk ??= this.walk(prefix, cursor);
    const objects: ObjectInfo[] = [];
    while (objects.length < limit) {
      const next = await walk.next();
      if (next.done) return { objects, cursor: null };
      objects.push(next.value);
    }
    const last = objects[objects.length - 1]!.key;
    if (this.walks.size >= MAX_OPEN_WALKS) {
      const [oldest] = this.walks.keys();
      void this.walks.get(oldest!)?.return(undefined);
      this.walks.delete(oldest!);
    }
    this.walks.set(`${prefix}\u0000${last}`, walk);
    return { objects, cursor: last };
  }

  /**
   * Files under `prefix` in key order (plain code-unit order, as S3 lists), after `cursor`.
   * A folder sorts as its name plus "/", which makes a depth-first walk come out in key order.
   */
  private async *walk(prefix: string, cursor: string | null): AsyncGenerator<ObjectInfo> {
    const slash = prefix.lastIndexOf('/');
    const dirKey = slash < 0 ? '' : prefix.slice(0, slash + 1);
    if (dirKey !== '') checkKey(dirKey.slice(0, -1));
    const root = this.root;
    async function* visit(keyBase: string): AsyncGenerator<ObjectInfo> {
      const dir = keyBase === '' ? root : path.join(root, keyBase);
      const entries: Dirent[] = await fs
        .readdir(dir, { withFileTypes: true })
        .catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [];
          throw err;
        });
      const sorted = entries
        .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isDirectory()))
        .map((e) => ({ entry: e, sortKey: keyBase + e.name + (e.isDirectory() ? '/' : '') }))
        .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
      for (const { entry, sortKey } of sorted) {
        // outside the prefix, or wholly before the cursor: skip without reading
        if (!sortKey.startsWith(prefix) && !prefix.startsWith(sortKey)) continue;
        if (cursor !== null && sortKey <= cursor && !cursor.startsWith(sortKey)) continue;
        if (entry.isDirectory()) {
          yield* visit(sortKey);
        } else {
          if (cursor !== null && sortKey <= cursor) continue;
          const stat = await fs.stat(path.join(dir, entry.name)).catch(() => null);
          if (stat)
            yield { key: sortKey, bytes: stat.size, version: String(stat.mtimeMs), modifiedMs: stat.mtimeMs };
        }
      }
    }
    yield* visit(dirKey);
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    if (prefix.endsWith('/')) {
      await fs.rm(this.file(prefix.slice(0, -1)), { recursive: true, force: true });
      return;
    }
    for (;;) {
      const page = await this.list(prefix, { limit: 1000 });
      for (const o of page.objects) await this.delete(o.key);
      if (page.cursor === null) return;
    }
  }

  localPath(key: string): string {
    return this.file(key);
  }

  async stage(prefix: string): Promise<Staging> {
    return StagedOutput.create(this.file(prefix));
  }

  async probe(): Promise<void> {
    await fs.mkdir(this.root, { recursive: true });
    const probe = path.join(this.root, `.probe-${randomUUID()}`);
    await fs.writeFile(probe, 'ok');
    await fs.rm(probe, { force: true });
  }

  async close(): Promise<void> {
    for (const walk of this.walks.values()) await walk.return(undefined);
    this.walks.clear();
  }
}

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${randomUUID()}`);
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
