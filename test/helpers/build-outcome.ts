/**
 * The outcome of the build of dist/ that test/global-build-background.ts started: 'ok' or
 * 'failed' in the file named by CALLREDACT_TEST_BUILD_OUTCOME once it has ended.
 */
import { readFile } from 'node:fs/promises';

export const BUILD_OUTCOME_ENV = 'CALLREDACT_TEST_BUILD_OUTCOME';

/** Longer than any build seen on a loaded 2-core machine (~1 min); a hung tsc ends the wait. */
const BUILD_WAIT_MS = 600_000;

async function outcome(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Waits until the build has ended (at once outside such a run); throws when it failed. */
export async function waitForBuild(file: string | undefined = process.env[BUILD_OUTCOME_ENV]): Promise<void> {
  if (!file) return;
  const deadline = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    const state = await outcome(file);
    if (state === 'ok') return;
    if (state === 'failed')
      throw new Error('the build of dist/ failed (its errors are in the run output above)');
    if (Date.now() > deadline)
      throw new Error(`the build of dist/ did not end within ${BUILD_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
