/**
 * Orphans of the local folders: upload bytes left in raw/.incoming and `.staging-*` folders left
 * under outputs/ by a process that died (an API killed mid-upload, a worker killed mid-publish).
 * Nothing else ever removes them. Anything older than `maxAgeMs` is removed: longer than an upload
 * may take (the API's request timeout is an hour) and than a call may sit in staging, so work in
 * flight in another process sharing the folder is left alone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { incomingDir } from './uploads.js';

export interface OrphanSweep {
  incomingFiles: number;
  stagingFolders: number;
}

async function entriesOf(dir: string) {
  return fs.readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
}

/** Removes `file` when its mtime is before `cutoff`; true when it did. */
async function removeIfOlder(file: string, cutoff: number): Promise<boolean> {
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat || stat.mtimeMs >= cutoff) return false;
  await fs.rm(file, { recursive: true, force: true });
  return true;
}

export async function sweepOrphans(
  storageDir: string,
  maxAgeMs: number,
  now = Date.now(),
): Promise<OrphanSweep> {
  const cutoff = now - maxAgeMs;
  const result: OrphanSweep = { incomingFiles: 0, stagingFolders: 0 };
  const incoming = incomingDir(storageDir);
  for (const entry of await entriesOf(incoming)) {
    if (await removeIfOlder(path.join(incoming, entry.name), cutoff)) result.incomingFiles++;
  }
  // publish.ts stages beside the call folder: STORAGE_DIR/outputs/.staging-XXXXXX
  const outputs = path.join(path.resolve(storageDir), 'outputs');
  for (const entry of await entriesOf(outputs)) {
    if (!entry.isDirectory() || !entry.name.startsWith('.staging-')) continue;
    if (await removeIfOlder(path.join(outputs, entry.name), cutoff)) result.stagingFolders++;
  }
  return result;
}
