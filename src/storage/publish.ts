/**
 * Atomic publication of a call's artefacts. Everything is written into a private staging folder
 * beside the destination; publish() moves the artefacts into place and writes the manifest LAST,
 * so a reader that finds manifest.json finds a complete, verified set. A failed call discards its
 * staging folder and leaves the destination as it was.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError, InsufficientStorageError, isStorageFull } from '../errors.js';
import { makeScratchDir, removeScratchDir } from '../proc/scratch.js';
import { MANIFEST_FILE, type ArtefactEntry, type Manifest, type Staging } from './store.js';

export { MANIFEST_FILE, type ArtefactEntry, type Manifest } from './store.js';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes a file via temp file + fsync + rename, so readers never see a partial file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${randomUUID()}`;
  const handle = await fs.open(tmp, 'w', 0o640);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    // a full volume: no partial temp file stays behind
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  await fs.rename(tmp, file).catch(async (err: unknown) => {
    await fs.rm(tmp, { force: true });
    throw err;
  });
}

/** The folder backend's staging area (see Staging in store.ts). */
export class StagedOutput implements Staging {
  /** artefact name -> local file in the staging folder */
  readonly files = new Map<string, string>();

  private constructor(
    readonly finalDir: string,
    readonly stagingDir: string,
  ) {}

  /** Creates the staging folder next to `finalDir` (same file system, so renames are atomic). */
  static async create(finalDir: string): Promise<StagedOutput> {
    const parent = path.dirname(path.resolve(finalDir));
    try {
      await fs.mkdir(parent, { recursive: true });
      const stagingDir = await makeScratchDir(path.join(parent, '.staging-'));
      return new StagedOutput(path.resolve(finalDir), stagingDir);
    } catch (err) {
      if (isStorageFull(err)) throw new InsufficientStorageError('output storage is full', { cause: err });
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError(`${parent}: output folder cannot be written (${code})`, { cause: err });
    }
  }

  /** Path inside the staging folder where artefact `name` (a plain file name) is to be written. */
  pathFor(name: string): string {
    if (name !== path.basename(name) || name === MANIFEST_FILE)
      throw new Error(`invalid artefact name: ${name}`);
    const file = path.join(this.stagingDir, name);
    this.files.set(name, file);
    return file;
  }

  async write(name: string, data: string | Uint8Array): Promise<string> {
    const file = this.pathFor(name);
    await fs.writeFile(file, data, { mode: 0o640 });
    return file;
  }

  /** Moves the artefacts into the final folder, then writes the manifest. Returns the manifest. */
  async publish(callId: string): Promise<Manifest> {
    const manifest: Manifest = { version: 1, callId, artefacts: await describeArtefacts(this.files) };
    await fs.mkdir(this.finalDir, { recursive: true });
    // Unpublish the previous set first: a reader must never pair an old manifest with new files.
    await fs.rm(path.join(this.finalDir, MANIFEST_FILE), { force: true });
    // artefacts of the previous set that this one does not have (e.g. no audio any more) go too
    for (const entry of await fs.readdir(this.finalDir, { withFileTypes: true })) {
      if (entry.isFile() && !entry.name.startsWith('.') && !this.files.has(entry.name))
        await fs.rm(path.join(this.finalDir, entry.name), { force: true });
    }
    for (const [name, file] of this.files) await fs.rename(file, path.join(this.finalDir, name));
    await writeFileAtomic(path.join(this.finalDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    await removeScratchDir(this.stagingDir);
    return manifest;
  }

  async discard(): Promise<void> {
    await removeScratchDir(this.stagingDir);
  }
}

/** Size and sha256 of each staged artefact, in name order (the manifest's `artefacts`). */
export async function describeArtefacts(
  files: ReadonlyMap<string, string>,
): Promise<Record<string, ArtefactEntry>> {
  const artefacts: Record<string, ArtefactEntry> = {};
  for (const [name, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const stat = await fs.stat(file);
    artefacts[name] = { file: name, bytes: stat.size, sha256: await sha256File(file) };
  }
  return artefacts;
}

/** The published manifest of a call folder, or null when nothing (complete) is published there. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
