/**
 * A call's published outputs, for data subject requests (src/calls/subject-requests.ts): the
 * report to list a subject's occurrences from, and the re-render an erasure needs. Two ways to
 * find them:
 * - `storeOutputs`: through the storage interface and the ledger (the API): the call's output
 *   prefix and the prefixes of its corrected versions, on a folder or a bucket alike;
 * - `folderOutputs`: output folders found by their manifests under some roots (the CLI's
 *   `--outputs`, which may name folders `callredact redact` wrote, unknown to the ledger).
 */
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { getCall } from '../calls/ledger.js';
import type { Db } from '../db/database.js';
import { readManifest } from './publish.js';
import { rerenderWithoutToken, rewriteReport, typeOfToken } from './rerender.js';
import { artefactKey, readPublishedManifest, readText, type ObjectStore } from './store.js';

export interface CallOutputs {
  /** report.json of the call's latest published version, or null when none is found */
  latestReport(callId: string): Promise<string | null>;
  /** Replaces the token by its type's placeholder in every published version: how many were re-published. */
  rerender(callId: string, token: string): Promise<number>;
}

export function folderOutputs(roots: readonly string[]): CallOutputs {
  let dirs: Promise<Map<string, string>> | undefined;
  return {
    latestReport: async (callId) => {
      dirs ??= outputDirs(roots);
      const dir = (await dirs).get(callId);
      return dir ? fs.readFile(path.join(dir, 'report.json'), 'utf8').catch(() => null) : null;
    },
    rerender: async (callId, token) => (await rerenderWithoutToken(roots, new Set([callId]), token)).length,
  };
}

/** Published output folders by call id (a later root's folder wins: versions come after outputs). */
async function outputDirs(roots: readonly string[]): Promise<Map<string, string>> {
  const dirs = new Map<string, string>();
  for (const root of roots) {
    const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const manifest = await readManifest(path.join(root, e.name));
      if (manifest) dirs.set(manifest.callId, path.join(root, e.name));
    }
  }
  return dirs;
}

/** The call's published prefixes, first version first (only calls of `tenant`). */
async function prefixesOf(db: Db, tenant: string, callId: string): Promise<string[]> {
  const row = await getCall(db, callId);
  if (!row || row.tenant !== tenant) return [];
  const versions = await db
    .selectFrom('call_versions')
    .select(['output_key'])
    .where('call_id', '=', callId)
    .where('state', '=', 'ready')
    .orderBy('version')
    .execute();
  return [row.output_key, ...versions.map((v) => v.output_key)];
}

export function storeOutputs(db: Db, store: ObjectStore, tenant: string): CallOutputs {
  return {
    latestReport: async (callId) => {
      for (const prefix of (await prefixesOf(db, tenant, callId)).reverse()) {
        const manifest = await readPublishedManifest(store, prefix);
        if (manifest?.artefacts['report.json'])
          return readText(store, artefactKey(prefix, manifest, 'report.json'));
      }
      return null;
    },
    rerender: async (callId, token) => {
      let done = 0;
      for (const prefix of await prefixesOf(db, tenant, callId)) {
        if (await rerenderPrefix(store, prefix, token)) done++;
      }
      return done;
    },
  };
}

/** Re-publishes the call under `prefix` with the token replaced; false when nothing is published there. */
async function rerenderPrefix(store: ObjectStore, prefix: string, token: string): Promise<boolean> {
  const manifest = await readPublishedManifest(store, prefix);
  if (!manifest) return false;
  const tokenText = `[${token}]`;
  const placeholder = `[${typeOfToken(token)}]`;
  const staged = await store.stage(prefix);
  try {
    for (const name of Object.keys(manifest.artefacts)) {
      const key = artefactKey(prefix, manifest, name);
      if (name === 'report.json') {
        await staged.write(name, rewriteReport(await readText(store, key), tokenText, placeholder));
      } else if (name.startsWith('transcript')) {
        await staged.write(name, (await readText(store, key)).split(tokenText).join(placeholder));
      } else {
        // audio: unchanged (bleeps do not depend on the operator), streamed across
        await pipeline(await store.get(key), createWriteStream(staged.pathFor(name)));
      }
    }
    await staged.publish(manifest.callId);
    return true;
  } catch (err) {
    await staged.discard();
    throw err;
  }
}
