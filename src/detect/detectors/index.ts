import { DetectorRegistry } from '../registry.js';
import { personDetector } from './person.js';
import { phoneDetector } from './phone.js';

/** The built-in detectors, in a fresh registry. */
export function defaultRegistry(): DetectorRegistry {
  return new DetectorRegistry([phoneDetector, personDetector]);
}
