/**
 * Deletes raw uploads (raw/<call id>/... in the service's store: the STORAGE_DIR folder or the
 * STORAGE_URL bucket) whose newest object was written before a cutoff. Raw uploads are the only
 * place outside the vault that holds personal data, so retention removes them first.
 *
 * It goes through the storage interface only: a streamed listing of `raw/` (one page in memory,
 * whatever the number of calls; a call's objects are adjacent in key order) and `deletePrefix`
 * per expired call, so it is the same on a folder and on a bucket, without a lifecycle rule.
 * Published outputs are not raw data and are kept.
 */
import { listAll, type ObjectStore } from './store.js';

interface RawCall {
  id: string;
  /** newest object's write time */
  newest: number;
}

export async function deleteRawOlderThan(store: ObjectStore, cutoff: Date): Promise<number> {
  const limit = cutoff.getTime();
  let deleted = 0;
  const settle = async (call: RawCall | undefined): Promise<void> => {
    if (!call || call.newest >= limit) return;
    await store.deletePrefix(`raw/${call.id}/`);
    deleted++;
  };
  let current: RawCall | undefined;
  for await (const object of listAll(store, 'raw/')) {
    const parts = object.key.split('/');
    // raw/<id>/<file>; anything else (uploads in flight are hidden and never listed) is not a call
    if (parts.length < 3 || !parts[1]) continue;
    const id = parts[1];
    // an object without a time counts as new: never delete what cannot be dated
    const modified = object.modifiedMs ?? Number.POSITIVE_INFINITY;
    if (current?.id === id) {
      current.newest = Math.max(current.newest, modified);
      continue;
    }
    await settle(current);
    current = { id, newest: modified };
  }
  await settle(current);
  return deleted;
}
