import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `rel` under `root` (creating folders) and returns `rel`. */
export async function writeText(root: string, rel: string, content: string): Promise<string> {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content, { mode: 0o644 });
  return rel;
}
