/**
 * After an erasure the erased token can no longer be reversed, but published outputs still carry
 * it, and with it the linkage across calls. Re-rendering turns `[TYPE_XXXXXXXX]` into the type's
 * placeholder `[TYPE]` in the transcript and report artefacts of every affected call, keeps the
 * audio as it is (bleeps do not depend on the operator) and re-publishes the set atomically with a
 * new manifest.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readManifest, StagedOutput } from './publish.js';

interface ReportLike {
  entities?: { replacement?: string; operator?: string }[];
}

/** `PHONE_NUMBER_7F3K9QX2` -> `PHONE_NUMBER` */
export const typeOfToken = (token: string): string => token.slice(0, token.lastIndexOf('_'));

export function rewriteReport(raw: string, tokenText: string, placeholder: string): string {
  const report = JSON.parse(raw) as ReportLike;
  for (const entity of report.entities ?? []) {
    if (entity.replacement === tokenText) {
      entity.replacement = placeholder;
      entity.operator = 'placeholder';
    }
  }
  return JSON.stringify(report, null, 2) + '\n';
}

/** Re-renders the output folders (direct children of `roots`) whose manifest names one of `callIds`. */
export async function rerenderWithoutToken(
  roots: readonly string[],
  callIds: ReadonlySet<string>,
  token: string,
): Promise<string[]> {
  const tokenText = `[${token}]`;
  const placeholder = `[${typeOfToken(token)}]`;
  const done: string[] = [];
  for (const root of roots) {
    const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const dir = path.join(root, entry.name);
      const manifest = await readManifest(dir);
      if (!manifest || !callIds.has(manifest.callId)) continue;
      const staged = await StagedOutput.create(dir);
      try {
        for (const name of Object.keys(manifest.artefacts)) {
          const source = path.join(dir, name);
          if (name === 'report.json') {
            await staged.write(
              name,
              rewriteReport(await fs.readFile(source, 'utf8'), tokenText, placeholder),
            );
          } else if (name.startsWith('transcript')) {
            await staged.write(name, (await fs.readFile(source, 'utf8')).split(tokenText).join(placeholder));
          } else {
            await fs.copyFile(source, staged.pathFor(name));
          }
        }
        await staged.publish(manifest.callId);
        done.push(dir);
      } catch (err) {
        await staged.discard();
        throw err;
      }
    }
  }
  return done;
}

/** One call's re-render over output roots, for an erasure (src/vault/erasures.ts): folders changed. */
export function rerenderCallIn(roots: readonly string[]): (callId: string, token: string) => Promise<number> {
  return async (callId, token) => (await rerenderWithoutToken(roots, new Set([callId]), token)).length;
}
