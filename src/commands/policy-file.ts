import { type Policy, policySchema } from '../policy.js';
import { readJsonFile } from './json-file.js';

/** Reads and validates a policy JSON file; undefined path means the default policy. */
export async function loadPolicyFile(file: string | undefined): Promise<Policy | undefined> {
  return file ? readJsonFile(file, policySchema, 'policy') : undefined;
}
