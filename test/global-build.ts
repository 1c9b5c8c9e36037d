/**
 * vitest global setup of the projects whose tests run the built CLI (dist/): one fresh build per
 * run, so a stale dist/ can neither pass nor fail them. dist/ is emptied first, so a module whose
 * source was deleted cannot linger there either.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default function buildDist(): void {
  rmSync(path.join(REPO, 'dist'), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
  // the review console's front end (npm run build:web)
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.web.json'], { cwd: REPO, stdio: 'inherit' });
  cpSync(path.join(REPO, 'src/web/static'), path.join(REPO, 'dist/web'), { recursive: true });
}
