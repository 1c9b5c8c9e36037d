import fs from 'node:fs/promises';
import { InputError } from '../errors.js';
import { type Policy, policySchema } from '../policy.js';

/** Reads and validates a policy JSON file; undefined path means the default policy. */
export async function loadPolicyFile(file: string | undefined): Promise<Policy | undefined> {
  if (!file) return undefined;
  const raw = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read policy (${err.code ?? 'error'})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: policy is not valid JSON`);
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${file}: policy ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
