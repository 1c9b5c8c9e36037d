/**
 * vitest global setup of `npm test`'s integration project: the same fresh build of dist/ as
 * test/global-build.ts, started here but not awaited, so it compiles while the unit project runs
 * (`sequence.groupOrder` in vitest.config.ts runs the integration files after the unit files).
 * Each integration file waits for it first (test/wait-for-build.ts, a setup file); the
 * outcome is written to the file named by CALLREDACT_TEST_BUILD_OUTCOME. A failed build fails
 * every integration file, and the run.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import buildDist from './global-build.js';
import { BUILD_OUTCOME_ENV } from './helpers/build-outcome.js';

export default function startBuild(): () => Promise<void> {
  const outcome = path.join(
    tmpdir(),
    `callredact-test-build-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  process.env[BUILD_OUTCOME_ENV] = outcome;
  const building = buildDist().then(
    () => writeFile(outcome, 'ok'),
    async (error: unknown) => {
      await writeFile(outcome, 'failed');
      throw error;
    },
  );
  // reported by the teardown (and by each integration file); not an unhandled rejection meanwhile
  building.catch(() => undefined);
  return async () => {
    try {
      await building;
    } finally {
      await rm(outcome, { force: true });
    }
  };
}
