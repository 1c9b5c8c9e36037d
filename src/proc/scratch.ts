/**
 * Temporary folders of the work in progress (staging folders, ffmpeg work folders, scratch
 * copies). Each is registered while it exists, so a process that abandons its job at once (its
 * worker died, or handed the job back at the end of a shutdown grace) removes them synchronously
 * before it exits: a job run elsewhere leaves no temp files behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';

const held = new Set<string>();

/**
 * mkdtemp, registered until releaseScratchDir / removeScratchDir. Created synchronously (one
 * syscall): an asynchronous mkdtemp made the folder on a libuv thread before its name was
 * registered here, and a process abandoning its job in that moment (its worker SIGKILLed, see
 * abandonJob in the sandbox) exited leaving it behind.
 */
export function makeScratchDir(prefix: string): Promise<string> {
  try {
    const dir = mkdtempSync(prefix);
    held.add(dir);
    return Promise.resolve(dir);
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

/** Registers a folder created elsewhere. */
export function holdScratchDir(dir: string): void {
  held.add(dir);
}

/** Forgets a folder that was removed or moved into place. */
export function releaseScratchDir(dir: string): void {
  held.delete(dir);
}

/** Removes a registered folder and forgets it. */
export async function removeScratchDir(dir: string): Promise<void> {
  try {
    await fs.rm(dir, { recursive: true, force: true });
  } finally {
    held.delete(dir);
  }
}

/** Removes every registered folder now (synchronous: for exit paths). Returns how many. */
export function removeScratchDirsSync(): number {
  let removed = 0;
  for (const dir of held) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 });
      removed += 1;
    } catch {
      // best effort: the orphan sweep removes what is left
    }
  }
  held.clear();
  return removed;
}

/** The folders registered now (tests). */
export function heldScratchDirs(): string[] {
  return [...held];
}
