import { DetectorRegistry } from '../registry.js';
import { personDetector } from './person.js';
import { spelledNameDetector } from './person-spelled.js';
import { emailDetector } from './email.js';
import { addressDetector } from './address.js';
import { phoneDetector } from './phone.js';
import { accountDetector } from './account.js';
import { ssnDetector } from './ssn.js';
import { dobDetector } from './dob.js';

/** The built-in detectors, in a fresh registry. */
export function defaultRegistry(): DetectorRegistry {
  return new DetectorRegistry([
    phoneDetector,
    accountDetector,
    ssnDetector,
    dobDetector,
    personDetector,
    spelledNameDetector,
    emailDetector,
    addressDetector,
  ]);
}
