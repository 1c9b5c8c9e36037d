/**
 * Tags on calls: short labels an uploader gives a call at upload ("billing", "escalation",
 * "2026-q4"), stored per call and used to filter the calls list. A tag is an operational label,
 * not customer data: lower-case letters, digits and `._:/-`, at most 40 characters, at most 10 per
 * call (anything that could carry a name, a number or an address in free form is refused). The
 * same call uploaded again with other tags keeps the union.
 */
import type { Db } from '../db/database.js';
import { InputError } from '../errors.js';

export const MAX_TAGS = 10;
const TAG = /^[a-z0-9][a-z0-9._:/-]{0,39}$/;

export function isTag(tag: string): boolean {
  return TAG.test(tag);
}

/**
 * Tags from an upload's `tags` field: a comma-separated list ("billing, escalation") or a JSON
 * array of strings. Trimmed, lower-cased, de-duplicated; absent or blank: none.
 */
export function parseTags(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  let items: unknown[];
  const text = Array.isArray(raw) ? raw.join(',') : raw;
  if (text.trim().startsWith('[')) {
    try {
      items = JSON.parse(text) as unknown[];
    } catch {
      throw new InputError('tags: not valid JSON');
    }
    if (!Array.isArray(items) || items.some((t) => typeof t !== 'string'))
      throw new InputError('tags: a JSON array of strings or a comma-separated list');
  } else items = text.split(',');
  const tags = [...new Set((items as string[]).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const bad = tags.find((t) => !isTag(t));
  if (bad !== undefined)
    throw new InputError(
      'tags: each tag is 1-40 characters of a-z, 0-9 and ._:/- starting with a letter or digit',
    );
  if (tags.length > MAX_TAGS) throw new InputError(`tags: at most ${MAX_TAGS} per call`);
  return tags.sort();
}

/** Records the call's tags (existing ones stay). `createdAt` is the call's creation time. */
export async function addTags(
  db: Db,
  call: { id: string; tenant: string; created_at: string },
  tags: readonly string[],
): Promise<void> {
  if (tags.length === 0) return;
  await db
    .insertInto('call_tags')
    .values(tags.map((tag) => ({ call_id: call.id, tenant: call.tenant, tag, created_at: call.created_at })))
    .onConflict((oc) => oc.columns(['call_id', 'tag']).doNothing())
    .execute();
}

/** Tags of each of these calls (for a page of the list), sorted. */
export async function tagsOf(db: Db, callIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (callIds.length === 0) return out;
  const rows = await db
    .selectFrom('call_tags')
    .select(['call_id', 'tag'])
    .where('call_id', 'in', [...callIds])
    .orderBy('tag')
    .execute();
  for (const r of rows) {
    const list = out.get(r.call_id);
    if (list) list.push(r.tag);
    else out.set(r.call_id, [r.tag]);
  }
  return out;
}
