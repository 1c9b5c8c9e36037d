/**
 * Atomic publication of an export folder, as src/storage/publish.ts does for calls: everything is
 * written into a private staging folder beside the destination, the export manifest
 * (manifest.json: every file with its size and sha256) is written last, and the staging folder
 * replaces the destination by renames. A refused export discards the staging folder: nothing is
 * published and a previous export at the destination stays as it was.
 *
 * The destination must be absent, empty, or an earlier export (its manifest.json says so):
 * anything else is refused rather than replaced.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { MANIFEST_FILE, sha256File, writeFileAtomic } from '../storage/publish.js';

export interface ExportManifest {
  version: 1;
  kind: 'dataset' | 'clips';
  files: Record<string, { bytes: number; sha256: string }>;
}

async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const rel of await fs.readdir(root, { recursive: true })) {
    if ((await fs.stat(path.join(root, rel))).isFile()) files.push(rel.split(path.sep).join('/'));
  }
  return files.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

async function isPreviousExport(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir).catch(() => null);
  if (entries === null) return true; // absent
  if (entries.length === 0) return true;
  try {
    const manifest = JSON.parse(
      await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8'),
    ) as Partial<ExportManifest>;
    return manifest.kind === 'dataset' || manifest.kind === 'clips';
  } catch {
    return false;
  }
}

export class StagedExport {
  private constructor(
    readonly finalDir: string,
    readonly root: string,
  ) {}

  static async create(finalDir: string): Promise<StagedExport> {
    const target = path.resolve(finalDir);
    if (!(await isPreviousExport(target)))
      throw new InputError(`${finalDir}: exists and is not an earlier export; choose another --out`);
    const parent = path.dirname(target);
    try {
      await fs.mkdir(parent, { recursive: true });
      return new StagedExport(
        target,
        await fs.mkdtemp(path.join(parent, `.${path.basename(target)}.staging-`)),
      );
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError(`${parent}: output folder cannot be written (${code})`, { cause: err });
    }
  }

  /** Every file of the export, relative to its root, in byte order (manifest excluded). */
  files(): Promise<string[]> {
    return listFiles(this.root).then((files) => files.filter((f) => f !== MANIFEST_FILE));
  }

  /** Writes manifest.json last, then swaps the staging folder into place. */
  async publish(kind: ExportManifest['kind']): Promise<ExportManifest> {
    const files: ExportManifest['files'] = {};
    for (const rel of await this.files()) {
      const file = path.join(this.root, rel);
      files[rel] = { bytes: (await fs.stat(file)).size, sha256: await sha256File(file) };
    }
    const manifest: ExportManifest = { version: 1, kind, files };
    await writeFileAtomic(path.join(this.root, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    // mkdtemp made the staging folder private; the published export is readable like call outputs
    await fs.chmod(this.root, 0o755);
    if (!(await isPreviousExport(this.finalDir)))
      throw new InputError(`${this.finalDir}: was replaced by something else during the export`);
    const old = path.join(
      path.dirname(this.finalDir),
      `.${path.basename(this.finalDir)}.old-${randomUUID()}`,
    );
    const hadOld = await fs.rename(this.finalDir, old).then(
      () => true,
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return false;
        throw err;
      },
    );
    await fs.rename(this.root, this.finalDir);
    if (hadOld) await fs.rm(old, { recursive: true, force: true });
    return manifest;
  }

  async discard(): Promise<void> {
    await fs.rm(this.root, { recursive: true, force: true });
  }
}
