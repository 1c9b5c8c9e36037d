/**
 * Setup file of `npm test`'s integration project: each integration file first waits for the build
 * of dist/ that test/global-build-background.ts started, and fails when it failed.
 */
import { waitForBuild } from './helpers/build-outcome.js';

await waitForBuild();
