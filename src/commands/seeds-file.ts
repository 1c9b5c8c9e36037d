import { z } from 'zod';
import type { Seed } from '../detect/seeds.js';
import { ENTITY_TYPES } from '../types.js';
import { readJsonFile } from './json-file.js';

const seedsSchema = z
  .array(z.object({ type: z.enum(ENTITY_TYPES), value: z.string().min(1).max(200) }).strict())
  .max(1000);

/** Reads known identifiers (from a CRM) to redact wherever they occur. */
export async function loadSeedsFile(file: string | undefined): Promise<Seed[] | undefined> {
  return file ? readJsonFile(file, seedsSchema, 'seeds') : undefined;
}
