import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests share one Redis and one Postgres; files run in parallel but each
    // test namespaces its own queue names / schemas.
    pool: 'forks',
  },
});
