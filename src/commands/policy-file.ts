import { InvalidArgumentError } from 'commander';
import { isSupportedCountry } from 'libphonenumber-js';
import { DEFAULT_POLICY, type Policy, policySchema } from '../policy.js';
import { readJsonFile } from './json-file.js';

/** Reads and validates a policy JSON file; undefined path means the default policy. */
export async function loadPolicyFile(file: string | undefined): Promise<Policy | undefined> {
  return file ? readJsonFile(file, policySchema, 'policy') : undefined;
}

/** Parses --region: an ISO 3166-1 alpha-2 code with a known phone numbering plan ("gb" -> "GB"). */
export function parseRegion(value: string): string {
  const region = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(region) || !isSupportedCountry(region)) {
    throw new InvalidArgumentError('expected an ISO 3166-1 alpha-2 region code such as US, GB, DE');
  }
  return region;
}

/** The policy with --region applied over its own `region` (the option wins); the default policy when none. */
export function withRegion(policy: Policy | undefined, region: string | undefined): Policy | undefined {
  if (region === undefined) return policy;
  return { ...(policy ?? DEFAULT_POLICY), region };
}
