/**
 * Reads a file of a fetched source repository: from a checkout (`<dir>/<path>`) or, when `dir` is a
 * bare git directory, from its commit `rev` (`git show rev:path`). Also records what was read, so
 * the set's README can name the repository commit and files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SourceRepo {
  dir: string;
  rev: string;
  /** the commit that `rev` names, when dir is a git directory (or a checkout with .git) */
  commit: string | undefined;
  read(file: string): string;
  list(folder: string): string[];
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

export function openSource(dir: string, rev = 'HEAD'): SourceRepo {
  const gitDir = existsSync(path.join(dir, '.git')) ? path.join(dir, '.git') : dir;
  const isGit = existsSync(path.join(gitDir, 'HEAD')) && existsSync(path.join(gitDir, 'objects'));
  const commit = isGit ? git(gitDir, ['rev-parse', `${rev}^{commit}`]).trim() : undefined;
  // A checkout is read from disk (so local edits count); a bare directory from the commit.
  const fromDisk = gitDir !== dir || !isGit;
  return {
    dir,
    rev,
    commit,
    read(file: string): string {
      if (fromDisk) return readFileSync(path.join(dir, file), 'utf8');
      return git(gitDir, ['show', `${rev}:${file}`]);
    },
    list(folder: string): string[] {
      if (fromDisk) {
        return execFileSync('find', [path.join(dir, folder), '-type', 'f'], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean)
          .map((f) => path.relative(dir, f))
          .sort();
      }
      return git(gitDir, ['ls-tree', '-r', '--name-only', rev, '--', folder])
        .split('\n')
        .filter(Boolean)
        .sort();
    },
  };
}
