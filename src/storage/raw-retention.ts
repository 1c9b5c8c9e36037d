/**
 * Deletes raw uploads (STORAGE_DIR/raw/<call id>/) committed before a cutoff. Raw uploads are the
 * only place outside the vault that holds personal data, so retention removes them first.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export async function deleteRawOlderThan(storageDir: string, cutoff: Date): Promise<number> {
  const rawRoot = path.join(path.resolve(storageDir), 'raw');
  const entries = await fs.readdir(rawRoot, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  let deleted = 0;
  for (const entry of entries) {
    // .incoming holds uploads in flight; call folders are named by their hex id
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dir = path.join(rawRoot, entry.name);
    const stat = await fs.stat(dir);
    if (stat.mtime < cutoff) {
      await fs.rm(dir, { recursive: true, force: true });
      deleted++;
    }
  }
  return deleted;
}
