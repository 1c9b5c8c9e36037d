/**
 * Streams one published artefact from the store with HTTP byte ranges (a player seeking in the
 * audio): 206 for one range, the whole object for none or several, 416 for an unsatisfiable one.
 */
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { NotFoundError } from '../errors.js';
import { artefactKey, readPublishedManifest, type ObjectStore } from '../storage/store.js';

export async function sendArtefact(
  req: Request,
  res: Response,
  store: ObjectStore,
  prefix: string,
  matches: (name: string) => boolean,
  options: { what: string; headers: (name: string) => Record<string, string> },
): Promise<void> {
  const manifest = await readPublishedManifest(store, prefix);
  const name = manifest && Object.keys(manifest.artefacts).find(matches);
  if (!manifest || !name) throw new NotFoundError(`no published ${options.what} for this call`);
  const size = manifest.artefacts[name]!.bytes;
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) {
    res.status(416).set('Content-Range', `bytes */${size}`).end();
    return;
  }
  const range =
    Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined;
  // opened before any header is sent, so a vanished object is still a clean 404
  const body = await store.get(artefactKey(prefix, manifest, name), range);
  res
    .status(range ? 206 : 200)
    .type(path.extname(name))
    .set({
      'Accept-Ranges': 'bytes',
      'Content-Length': String(range ? range.end - range.start + 1 : size),
      ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${size}` } : {}),
      ...options.headers(name),
    });
  await pipeline(body, res);
}
