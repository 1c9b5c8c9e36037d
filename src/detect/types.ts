import type { Candidate, EntityType, Word } from '../types.js';
import type { SpokenRuns } from '../transcript/spoken-view.js';

/** Everything a detector may look at for one call. Views are built once per call and shared. */
export interface DetectionContext {
  words: readonly Word[];
  /** the spoken numbers and letters of the call (runs of chunks, and the run of each word) */
  spoken: SpokenRuns;
  /** per word: lower-case, NFKC, surrounding punctuation stripped (see context.ts normaliseToken) */
  tokens: readonly string[];
  /** ISO 3166-1 alpha-2 region assumed for phone numbers said without a country code (policy.region) */
  region?: string;
}

/**
 * A detector proposes candidates for one or more entity types. Detectors are pure and
 * synchronous: no I/O, no state between calls. One detector per file under detectors/.
 */
export interface Detector {
  /** stable registry name, written into reports ("phone", "person-gazetteer", ...) */
  readonly name: string;
  readonly entityTypes: readonly EntityType[];
  detect(ctx: DetectionContext): Candidate[];
}
