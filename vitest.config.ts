import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit tests next to the code (src/) and integration tests (test/integration/). The
 * slow end-to-end cases (crash recovery, Redis outage, archive runs through a worker, dataset
 * exports, the sample generator) are `npm run test:e2e` (vitest.e2e.config.ts).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests share one Redis and one Postgres; files run in parallel but each
    // test namespaces its own queue names / schemas.
    pool: 'forks',
    // two workers at least (vitest's default is one less than the cores: one on 2 cores). Test
    // files drop their Postgres schemas only when the run ends (test/global-schema-drops.ts): a
    // schema dropped while another file migrated failed that migration ('schema ... does not exist').
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // files share their worker's process (no unit test mocks a module or changes a global):
          // the detector lexicons load once per worker instead of once per file
          isolate: false,
          // test/eval-sets: the converters of the independent evaluation sets (scripts/eval-sets)
          include: ['src/**/*.test.ts', 'test/eval-sets/**/*.test.ts'],
          globalSetup: ['test/global-redis.ts', 'test/global-postgres.ts', 'test/global-schema-drops.ts'],
          // first: the integration files wait for the build of dist/
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // the CLI tests run dist/: built once per run (only when integration tests are in it),
        // after the unit files
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // dist/ compiles while the unit files run (the build is started, not awaited, by the
          // global setup; each integration file waits for it in its setup file)
          globalSetup: [
            'test/global-redis.ts',
            'test/global-postgres.ts',
            'test/global-schema-drops.ts',
            'test/global-build-background.ts',
          ],
          setupFiles: ['test/wait-for-build.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
