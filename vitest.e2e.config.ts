import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: the slow end-to-end cases (test/e2e/), against a fresh build of dist/. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
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
