import fs from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { Seed } from '../detect/seeds.js';
import { ENTITY_TYPES } from '../types.js';

const seedsSchema = z
  .array(z.object({ type: z.enum(ENTITY_TYPES), value: z.string().min(1).max(200) }).strict())
  .max(1000);

/** Reads known identifiers (from a CRM) to redact wherever they occur. Never echoes values in errors. */
export async function loadSeedsFile(file: string | undefined): Promise<Seed[] | undefined> {
  if (!file) return undefined;
  const raw = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read seeds (${err.code ?? 'error'})`);
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: seeds file is not valid JSON`);
  }
  const parsed = seedsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${file}: seeds ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
