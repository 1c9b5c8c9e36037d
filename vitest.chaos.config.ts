import { defineConfig } from 'vitest/config';

/**
 * `npm run test:chaos`: the fault, bad-input and attack cases of issue 13 that need several
 * processes, signals or long waits (test/chaos/), against a fresh build of dist/. RELIABILITY.md
 * lists every case with how it is injected and what was observed.
 */
export default defineConfig({
  test: {
    include: ['test/chaos/**/*.test.ts'],
    globalSetup: [
      'test/global-redis.ts',
      'test/global-postgres.ts',
      'test/global-schema-drops.ts',
      'test/global-build.ts',
    ],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
