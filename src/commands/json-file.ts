import fs from 'node:fs/promises';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { formatIssues } from '../schema-issues.js';

/**
 * Reads a JSON option file (policy, seeds) and validates it. Errors name the file and the path of
 * the bad field, never its content (a seeds file holds personal data).
 */
export async function readJsonFile<T extends z.ZodType>(
  file: string,
  schema: T,
  what: string,
): Promise<z.infer<T>> {
  const raw = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read ${what} (${err.code ?? 'error'})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: ${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${file}: ${what} ${formatIssues(parsed.error.issues.slice(0, 1))}`);
  }
  return parsed.data;
}
