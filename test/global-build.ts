/**
 * vitest global setup of the projects whose tests run the built CLI (dist/): one fresh build per
 * run, so a stale dist/ can neither pass nor fail them. dist/ is emptied first, so a module whose
 * source was deleted cannot linger there either. The two compilations (the server and CLI, the
 * review console's front end) write to separate folders and run side by side: tsc uses one core.
 */
import { execFile } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function tsc(project: string): Promise<void> {
  const bin = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [bin, '-p', project], { cwd: REPO }, (err) =>
      err ? reject(new Error(`tsc -p ${project} failed`, { cause: err })) : resolve(),
    );
    child.stdout?.pipe(process.stdout);
    child.stderr?.pipe(process.stderr);
  });
}

export default async function buildDist(): Promise<void> {
  rmSync(path.join(REPO, 'dist'), { recursive: true, force: true });
  // the review console's front end (npm run build:web) beside the server build
  const results = await Promise.allSettled([tsc('tsconfig.build.json'), tsc('tsconfig.web.json')]);
  for (const r of results) if (r.status === 'rejected') throw r.reason;
  cpSync(path.join(REPO, 'src/web/static'), path.join(REPO, 'dist/web'), { recursive: true });
}
